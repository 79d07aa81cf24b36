import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './app';

let source: string | undefined;

/** One serious or critical axe finding, reduced to what a failure message needs. */
export interface Finding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}
declare const axe: { run(context: Document, options: object): Promise<AxeResults> };

/**
 * Runs axe-core on the whole page and returns its serious and critical violations.
 * The app's CSP forbids inline scripts, so the source is evaluated over CDP, which CSP does not govern.
 */
export async function seriousViolations(page: Page): Promise<Finding[]> {
  source ??= readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const results = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact!, help: v.help, targets: v.nodes.slice(0, 8).map((n) => n.target.map(String).join(' ')) }));
}

/** Findings as lines a person can act on: `view · rule (impact): help — targets`. */
export function describeFindings(byView: Record<string, readonly Finding[]>): string {
  return Object.entries(byView)
    .flatMap(([view, findings]) => findings.map((f) => `${view} · ${f.id} (${f.impact}): ${f.help}\n    ${f.targets.join('\n    ')}`))
    .join('\n');
}

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
  passes: unknown[];
}

/** What one axe run found: the serious/critical findings, plus counts for the summary. */
export interface Scan {
  readonly serious: Finding[];
  /** Rules violated, by impact. */
  readonly violated: Record<'critical' | 'serious' | 'moderate' | 'minor', number>;
  /** Rules that applied and passed. */
  readonly passed: number;
  /** Ids of the moderate and minor rules violated, for the summary. */
  readonly lesser: readonly string[];
}
declare const axe: { run(context: Document, options: object): Promise<AxeResults> };

/**
 * Runs axe-core (all rules, WCAG 2.x A/AA and best practice) on the whole page.
 * The app's CSP forbids inline scripts, so the source is evaluated over CDP, which CSP does not govern.
 */
export async function axeScan(page: Page): Promise<Scan> {
  source ??= readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const results = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  const violated = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of results.violations) if (v.impact && v.impact in violated) violated[v.impact as keyof typeof violated]++;
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact!, help: v.help, targets: v.nodes.slice(0, 8).map((n) => n.target.map(String).join(' ')) }));
  const lesser = results.violations
    .filter((v) => v.impact === 'moderate' || v.impact === 'minor')
    .map((v) => `${v.id}@${v.nodes.map((n) => n.target.map(String).join(' ')).join(',')}`);
  return { serious, violated, passed: results.passes.length, lesser };
}

/** Findings as lines a person can act on: `view · rule (impact): help — targets`. */
export function describeFindings(byView: Record<string, readonly Finding[]>): string {
  return Object.entries(byView)
    .flatMap(([view, findings]) => findings.map((f) => `${view} · ${f.id} (${f.impact}): ${f.help}\n    ${f.targets.join('\n    ')}`))
    .join('\n');
}

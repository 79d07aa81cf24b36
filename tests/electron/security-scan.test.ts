import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { electronVersion, runSecurityScan } from '../../build/security-scan';

const ROOT = join(import.meta.dirname, '..', '..');

/** A folder holding these files, to scan. */
function tree(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pizhu-scan-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Our own navigation limits and permission handler, so a bad window elsewhere is judged alone. */
const GUARDS = readFileSync(join(ROOT, 'electron/main/harden-web-contents.ts'), 'utf8');

const windowWith = (prefs: string) => `import { BrowserWindow } from 'electron';
export const open = () => new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, ${prefs} } });
`;

// Electronegativity loads slowly (and waits 1 s for translations it cannot fetch offline).
describe('security scan (Electronegativity)', { timeout: 60_000 }, () => {
  it('the real electron/ tree: every file parsed, no HIGH finding', async () => {
    const report = await runSecurityScan(join(ROOT, 'electron'));
    expect(report.tool).toBe('@doyensec/electronegativity 1.10.3');
    expect(report.checks).toBeGreaterThanOrEqual(40);
    expect(report.unparsed).toEqual([]);
    expect(report.findings.HIGH).toEqual([]);
    expect(report.failed).toBe(false);
  });

  it('a safe window behind the guards passes', async () => {
    const report = await runSecurityScan(tree({ 'guards.ts': GUARDS, 'window.ts': windowWith('webSecurity: true') }));
    expect(report.findings.HIGH).toEqual([]);
    expect(report.failed).toBe(false);
  });

  // One scan of six windows, each with one setting this app must never have.
  const BAD: readonly (readonly [string, string, string])[] = [
    ['contextIsolation off', 'contextIsolation: false', 'CONTEXT_ISOLATION_JS_CHECK'],
    ['web security off (MEDIUM in the tool)', 'webSecurity: false', 'WEB_SECURITY_JS_CHECK'],
    ['insecure content (MEDIUM in the tool)', 'allowRunningInsecureContent: true', 'INSECURE_CONTENT_JS_CHECK'],
    ['no sandbox (MEDIUM in the tool)', 'sandbox: false', 'SANDBOX_JS_CHECK'],
    ['experimental features (LOW in the tool)', 'experimentalFeatures: true', 'EXPERIMENTAL_FEATURES_JS_CHECK'],
    ['Blink features', "enableBlinkFeatures: 'CSSVariables'", 'BLINK_FEATURES_JS_CHECK'],
  ];
  it('each unsafe window setting is a HIGH finding at its line, and fails the scan', async () => {
    const files = Object.fromEntries(BAD.map(([, prefs], i) => [`window-${i}.ts`, windowWith(prefs)]));
    const report = await runSecurityScan(tree({ 'guards.ts': GUARDS, ...files }));
    const high = report.findings.HIGH.map((f) => `${f.check} ${f.file}:${f.line}`);
    BAD.forEach(([what, , check], i) => expect(high, what).toContain(`${check} window-${i}.ts:2`));
    expect(report.findings.HIGH.find((f) => f.check === 'WEB_SECURITY_JS_CHECK')?.toolSeverity).toBe('MEDIUM');
    expect(report.failed).toBe(true);
  });

  it('a tree without navigation limits or a permission handler fails', async () => {
    const report = await runSecurityScan(tree({ 'window.ts': windowWith('webSecurity: true') }));
    expect(report.findings.HIGH.map((f) => f.check).sort()).toEqual(['LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']);
  });

  it('a file it cannot parse fails the scan, named', async () => {
    const report = await runSecurityScan(tree({ 'guards.ts': GUARDS, 'broken.ts': 'const = ;; export {' }));
    expect(report.unparsed.map((e) => e.file)).toEqual([expect.stringMatching(/broken\.ts$/)]);
    expect(report.failed).toBe(true);
  });

  it('npm run security:scan exits 1 on a HIGH finding and prints it', async () => {
    const bad = tree({ 'guards.ts': GUARDS, 'window.ts': windowWith('contextIsolation: false') });
    const error = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'build/security-scan.ts', bad], { cwd: ROOT }).then(
      () => undefined,
      (e: { code: number; stdout: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stdout).toContain('"check": "CONTEXT_ISOLATION_JS_CHECK"');
  });

  it('scans for the Electron version the app ships', () => {
    expect(electronVersion(ROOT)).toMatch(/^4\d\.\d+\.\d+$/);
  });
});

/**
 * A focused static security scan of the Electron code (electron/**\/*.ts), in the spirit of
 * Electronegativity (not installed here): each rule is a pattern for one known Electron
 * misconfiguration. Prints JSON findings by severity; exits 1 on any HIGH finding.
 *
 *   npx tsx build/security-scan.ts [folder]
 *
 * Pattern matching over comment-stripped source is deliberately simple: our own code is small
 * and written to be obvious, and a rule that fires on a false positive is fixed by making the
 * code more explicit, not by weakening the rule.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW';

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly file: string;
  /** 1-based; 0 for findings about the whole tree. */
  readonly line: number;
  readonly message: string;
}

export interface SourceFile {
  readonly file: string;
  readonly text: string;
}

/** A rule that looks at one file; `test` returns the matching lines' indexes. */
interface FileRule {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly pattern: RegExp;
  /** A match is forgiven when this pattern occurs on the same line or up to 3 lines before. */
  readonly unlessNear?: RegExp;
}

/** A rule over the whole tree: fires when no file contains `required`. */
interface TreeRule {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly required: RegExp;
}

export const FILE_RULES: readonly FileRule[] = [
  { rule: 'node-integration', severity: 'HIGH', pattern: /\bnodeIntegration(InWorker|InSubFrames)?\s*:\s*true\b/, message: 'nodeIntegration gives page scripts full Node access' },
  { rule: 'context-isolation-off', severity: 'HIGH', pattern: /\bcontextIsolation\s*:\s*false\b/, message: 'contextIsolation: false lets the page reach preload internals' },
  { rule: 'sandbox-off', severity: 'HIGH', pattern: /\bsandbox\s*:\s*false\b/, message: 'sandbox: false runs the renderer without the OS sandbox' },
  { rule: 'web-security-off', severity: 'HIGH', pattern: /\bwebSecurity\s*:\s*false\b/, message: 'webSecurity: false disables the same-origin policy' },
  { rule: 'insecure-content', severity: 'HIGH', pattern: /\ballowRunningInsecureContent\s*:\s*true\b/, message: 'allowRunningInsecureContent loads http content into a secure page' },
  { rule: 'webview-tag', severity: 'HIGH', pattern: /\bwebviewTag\s*:\s*true\b/, message: '<webview> embeds arbitrary content with its own preferences' },
  { rule: 'experimental-features', severity: 'MEDIUM', pattern: /\bexperimentalFeatures\s*:\s*true\b/, message: 'experimental Chromium features are not security-reviewed' },
  { rule: 'blink-features', severity: 'MEDIUM', pattern: /\benableBlinkFeatures\s*:/, message: 'enableBlinkFeatures turns on unreviewed Blink features' },
  {
    rule: 'open-external-unchecked',
    severity: 'HIGH',
    pattern: /\bshell\s*\.\s*openExternal\b/,
    unlessNear: /\bisSafeExternalUrl\s*\(/,
    message: 'shell.openExternal without an isSafeExternalUrl check can launch programs (file:, smb:, custom schemes)',
  },
  { rule: 'file-protocol-load', severity: 'HIGH', pattern: /\bloadFile\s*\(|\bloadURL\s*\(\s*['"`]file:|['"`]file:\/\//, message: 'pages must come from pizhu://app, never file://' },
  {
    rule: 'generic-ipc-exposure',
    severity: 'HIGH',
    pattern: /exposeInMainWorld\s*\([^,]+,\s*(ipcRenderer\b\s*\)|\{[^}]*\bipcRenderer\b\s*[,}])|\b(invoke|send|sendSync|on)\s*:\s*\(\s*channel\b/,
    message: 'the page must get named functions, not ipcRenderer or a channel-taking passthrough',
  },
  { rule: 'remote-module', severity: 'HIGH', pattern: /@electron\/remote|enableRemoteModule\s*:\s*true/, message: 'the remote module gives the page main-process objects' },
];

export const TREE_RULES: readonly TreeRule[] = [
  { rule: 'missing-permission-handler', severity: 'HIGH', required: /\bsetPermissionRequestHandler\s*\(/, message: 'no session.setPermissionRequestHandler: Chromium grants permissions by default' },
  { rule: 'missing-permission-check-handler', severity: 'MEDIUM', required: /\bsetPermissionCheckHandler\s*\(/, message: 'no session.setPermissionCheckHandler' },
  { rule: 'missing-navigation-guard', severity: 'HIGH', required: /['"`]will-navigate['"`]/, message: "no 'will-navigate' handler: links could navigate the app window away" },
  { rule: 'missing-window-open-handler', severity: 'HIGH', required: /\bsetWindowOpenHandler\s*\(/, message: 'no setWindowOpenHandler: window.open creates windows' },
];

/**
 * Blanks out comments (keeping line breaks, so line numbers stay right). String contents are
 * skipped so `'https://…'` is not taken for a comment.
 */
export function stripComments(source: string): string {
  let out = '';
  let i = 0;
  let quote: string | undefined;
  while (i < source.length) {
    const c = source[i] ?? '';
    const next = source[i + 1] ?? '';
    if (quote !== undefined) {
      out += c;
      if (c === '\\') {
        out += next;
        i += 2;
        continue;
      }
      if (c === quote) quote = undefined;
      i += 1;
    } else if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i += 1;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      if (c === '"' || c === "'" || c === '`') quote = c;
      out += c;
      i += 1;
    }
  }
  return out;
}

/** Findings of the per-file rules in one source file. */
export function scanSource(file: string, text: string): Finding[] {
  const lines = stripComments(text).split('\n');
  const findings: Finding[] = [];
  lines.forEach((line, index) => {
    for (const rule of FILE_RULES) {
      if (!rule.pattern.test(line)) continue;
      const context = lines.slice(Math.max(0, index - 3), index + 1).join('\n');
      if (rule.unlessNear?.test(context)) continue;
      findings.push({ rule: rule.rule, severity: rule.severity, file, line: index + 1, message: rule.message });
    }
  });
  return findings;
}

/** Per-file findings of every file, plus tree rules (things some file must do). */
export function scanTree(files: readonly SourceFile[]): Finding[] {
  const findings = files.flatMap((f) => scanSource(f.file, f.text));
  const stripped = files.map((f) => stripComments(f.text));
  for (const rule of TREE_RULES) {
    if (!stripped.some((text) => rule.required.test(text))) {
      findings.push({ rule: rule.rule, severity: rule.severity, file: '(tree)', line: 0, message: rule.message });
    }
  }
  return findings;
}

export interface ScanReport {
  readonly scanned: number;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly findings: {
    readonly HIGH: readonly Finding[];
    readonly MEDIUM: readonly Finding[];
    readonly LOW: readonly Finding[];
  };
}

export function report(scanned: number, findings: readonly Finding[]): ScanReport {
  const of = (severity: Severity) => findings.filter((f) => f.severity === severity);
  return {
    scanned,
    counts: { HIGH: of('HIGH').length, MEDIUM: of('MEDIUM').length, LOW: of('LOW').length },
    findings: { HIGH: of('HIGH'), MEDIUM: of('MEDIUM'), LOW: of('LOW') },
  };
}

/** Reads every .ts file under `folder` (paths in findings are relative to `base`). */
export async function readSources(folder: string, base: string): Promise<SourceFile[]> {
  const entries = await readdir(folder, { recursive: true });
  const files = entries.filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts')).sort();
  return Promise.all(
    files.map(async (name) => ({ file: relative(base, join(folder, name)), text: await readFile(join(folder, name), 'utf8') })),
  );
}

export async function runSecurityScan(folder: string, base: string): Promise<ScanReport> {
  const sources = await readSources(folder, base);
  return report(sources.length, scanTree(sources));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  runSecurityScan(process.argv[2] ?? join(root, 'electron'), root)
    .then((result) => {
      console.log(JSON.stringify(result, null, 2));
      process.exit(result.counts.HIGH > 0 ? 1 : 0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(2);
    });
}

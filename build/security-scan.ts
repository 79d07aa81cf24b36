/**
 * The security scan of the Electron code: Doyensec's Electronegativity
 * (@doyensec/electronegativity, its 41 checks for known Electron misconfigurations) over the
 * TypeScript sources in electron/ (or a folder given on the command line). Prints the findings
 * by severity as JSON and exits 1 on any HIGH finding, or on a file it could not parse (a file
 * it cannot read is a file it did not check).
 *
 * Our severity, not always the tool's: the checks in RAISED_TO_HIGH report settings this app
 * must never have (webSecurity off, insecure content, no sandbox, …), which Electronegativity
 * grades MEDIUM or LOW; they count as HIGH here, as they did in the scan this one replaced.
 *
 *   npm run security:scan [-- folder]
 *
 * Offline: the check that downloads Electron's release list from GitHub
 * (AvailableSecurityFixesGlobalCheck) is excluded, the Electron version is the one pinned in
 * package.json, and the tool's attempt to fetch updated translations times out after 1 s and
 * falls back to its bundled English. A finding that is a false positive is fixed by writing
 * the code so the tool can see it is safe (see electron/main/main-window-options.ts), not by
 * excluding the check.
 */
import run, { type Issue, type ScanError } from '@doyensec/electronegativity';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
const SEVERITIES: readonly Severity[] = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

export interface Finding {
  readonly check: string;
  readonly severity: Severity;
  readonly confidence: string;
  readonly file: string;
  /** 1-based; 0 for findings about the whole tree. */
  readonly line: number;
  readonly message: string;
  readonly manualReview: boolean;
  /** The tool's own severity, when RAISED_TO_HIGH changed it. */
  readonly toolSeverity?: Severity;
}

export interface ScanReport {
  readonly tool: string;
  readonly checks: number;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly findings: Readonly<Record<Severity, readonly Finding[]>>;
  /** Files the tool could not parse: each one fails the scan. */
  readonly unparsed: readonly ScanError[];
  readonly failed: boolean;
}

/** Electronegativity checks whose findings fail the scan whatever severity the tool gives them. */
export const RAISED_TO_HIGH: readonly string[] = [
  'WEB_SECURITY_JS_CHECK',
  'INSECURE_CONTENT_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'EXPERIMENTAL_FEATURES_JS_CHECK',
  'BLINK_FEATURES_JS_CHECK',
  'REMOTE_MODULE_JS_CHECK',
  'SECURITY_WARNINGS_DISABLED_JS_CHECK',
  'CERTIFICATE_VERIFY_PROC_JS_CHECK',
  'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
];

/** Needs the network; everything else runs. */
export const EXCLUDED_CHECKS: readonly string[] = ['AvailableSecurityFixesGlobalCheck'];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function readJson(path: string): { version?: string; devDependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(path, 'utf8')) as { version?: string; devDependencies?: Record<string, string> };
}

/** The Electron version the app ships with (package.json pins it exactly). */
export function electronVersion(root = ROOT): string {
  const pinned = readJson(join(root, 'package.json')).devDependencies?.electron;
  if (!pinned || !/^\d+\.\d+\.\d+$/.test(pinned)) throw new Error(`package.json: expected an exact electron version, got ${JSON.stringify(pinned)}`);
  return pinned;
}

const toSeverity = (name: string): Severity => ((SEVERITIES as readonly string[]).includes(name) ? (name as Severity) : 'INFORMATIONAL');

function toFinding(issue: Issue): Finding {
  const severity = toSeverity(issue.severity.name);
  const raised = severity !== 'HIGH' && RAISED_TO_HIGH.includes(issue.id);
  return {
    check: issue.id,
    severity: raised ? 'HIGH' : severity,
    confidence: issue.confidence.name,
    file: issue.file,
    line: issue.location.line,
    message: issue.description,
    manualReview: issue.manualReview,
    ...(raised ? { toolSeverity: severity } : {}),
  };
}

export async function runSecurityScan(folder: string, version = electronVersion()): Promise<ScanReport> {
  // The tool says what it could not fetch on console.log; stdout is for the report.
  const log = console.log;
  console.log = (...args: unknown[]) => console.error(...args);
  let result;
  try {
    result = await run({ input: folder, electronVersionOverride: version, excludeFromScan: EXCLUDED_CHECKS, isRelative: true });
  } finally {
    console.log = log;
  }
  const findings = result.issues.map(toFinding);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s)])) as Record<Severity, Finding[]>;
  const unparsed = result.errors.filter((e) => !e.tolerable);
  return {
    tool: `@doyensec/electronegativity ${readJson(join(ROOT, 'node_modules/@doyensec/electronegativity/package.json')).version ?? '?'}`,
    checks: result.globalChecks + result.atomicChecks,
    counts: Object.fromEntries(SEVERITIES.map((s) => [s, bySeverity[s].length])) as Record<Severity, number>,
    findings: bySeverity,
    unparsed,
    failed: bySeverity.HIGH.length > 0 || unparsed.length > 0,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runSecurityScan(process.argv[2] ?? join(ROOT, 'electron'))
    .then((report) => {
      console.log(JSON.stringify(report, null, 2));
      process.exit(report.failed ? 1 : 0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(2);
    });
}

import type { Translate } from './index';

/**
 * Errors from the host (Electron's handlers, the browser host), from IndexedDB (through Dexie)
 * and from the IPC guards, in the user's language. The host speaks English strings (they are
 * logged too); each known shape is matched here and said again with its parts — file names,
 * folders, field paths, backup names — kept verbatim. What is not recognized is still wrapped
 * in the user's language, with the original as the detail.
 */

/** Node's file-system codes (`ENOSPC: no space left on device, write`) as a cause a user knows. */
const OS_CAUSES = {
  ENOSPC: 'errors.cause.diskFull',
  EDQUOT: 'errors.cause.diskFull',
  EACCES: 'errors.cause.denied',
  EPERM: 'errors.cause.denied',
  EROFS: 'errors.cause.readOnly',
  ENOENT: 'errors.cause.notFound',
  EBUSY: 'errors.cause.busy',
  EMFILE: 'errors.cause.tooManyFiles',
} as const;

/** IndexedDB / Dexie error names (at any depth of `inner` / `cause`). */
const STORAGE_CAUSES = {
  QuotaExceededError: 'errors.cause.storageFull',
  DatabaseClosedError: 'errors.storage.closed',
  ConstraintError: 'errors.storage.constraint',
  AbortError: 'errors.storage.aborted',
  TransactionInactiveError: 'errors.storage.aborted',
  InvalidStateError: 'errors.storage.aborted',
  VersionError: 'errors.storage.version',
  UpgradeError: 'errors.storage.version',
  OpenFailedError: 'errors.storage.openFailed',
  MissingAPIError: 'errors.storage.openFailed',
  DataCloneError: 'errors.storage.dataClone',
  TimeoutError: 'errors.storage.timeout',
} as const;

/** The cause inside a host message's tail (`…: ENOSPC: no space left…`), in the user's language, or the tail verbatim. */
function cause(t: Translate, detail: string): string {
  const code = /\b(E[A-Z]{2,})\b/.exec(detail)?.[1];
  if (code && code in OS_CAUSES) return t(OS_CAUSES[code as keyof typeof OS_CAUSES]);
  if (/QuotaExceeded|quota/i.test(detail)) return t('errors.cause.storageFull');
  return detail;
}

type Rule = readonly [RegExp, (t: Translate, m: RegExpExecArray) => string];

/** Every error string the hosts and guards produce (tests/renderer/i18n/describe-error.test.ts makes each real one). */
const HOST_RULES: readonly Rule[] = [
  [/^cannot write backup in this browser's storage: (.*)$/s, (t, m) => t('errors.host.browserBackupWrite', { cause: cause(t, m[1]!) })],
  [/^cannot write backup in (.+?): (.*)$/s, (t, m) => t('errors.host.backupWrite', { dir: m[1]!, cause: cause(t, m[2]!) })],
  [/^cannot list backups in (.+?): (.*)$/s, (t, m) => t('errors.host.backupList', { dir: m[1]!, cause: cause(t, m[2]!) })],
  [/^cannot read backup (.+?): (.*)$/s, (t, m) => t('errors.host.backupRead', { name: m[1]!, cause: cause(t, m[2]!) })],
  [/^(?:name: no backup named|No backup named) (.+)$/s, (t, m) => t('errors.host.noBackup', { name: m[1]! })],
  [/^name: not a backup file name: (.+)$/s, (t, m) => t('errors.host.notBackupName', { name: m[1]! })],
  [/^json: not valid JSON, backup not written: (.*)$/s, (t, m) => t('errors.host.backupNotJson', { detail: m[1]! })],
  [/^request\.checksum: (\S+) is not the backup's own checksum (\S+)$/s, (t, m) => t('errors.host.backupChecksum', { given: m[1]!, recorded: m[2]! })],
  [/^cannot render the PDF: (.*)$/s, (t, m) => t('errors.host.pdfRender', { cause: cause(t, m[1]!) })],
  [/^htmls\[(\d+)\]: cannot render: (.*)$/s, (t, m) => t('errors.host.pdfRenderPart', { path: `htmls[${m[1]!}]`, cause: cause(t, m[2]!) })],
  [/^cannot write (.+?): (.*)$/s, (t, m) => t('errors.host.fileWrite', { file: m[1]!, cause: cause(t, m[2]!) })],
  [/^page counts need the desktop app$/, (t) => t('errors.host.pageCounts')],
  [/^(\w+): refused: sender (.+) is not the app$/s, (t, m) => t('errors.host.refusedSender', { channel: m[1]!, sender: m[2]! })],
  [/^(\w+): expected (\d+) argument\(s\).*, got (\d+)$/s, (t, m) => t('errors.host.arguments', { channel: m[1]!, expected: Number(m[2]), got: Number(m[3]) })],
  [/^(\w+): ([\w.[\]"-]+): (.*)$/s, (t, m) => t('errors.host.invalidArgument', { channel: m[1]!, path: m[2]!, detail: m[3]! })],
];

/** A host's error string in the user's language (paths, names and channels verbatim). */
export function describeHostError(t: Translate, message: string): string {
  for (const [pattern, say] of HOST_RULES) {
    const m = pattern.exec(message);
    if (m) return say(t, m);
  }
  return t('errors.unexpected', { detail: message });
}

/** The storage error's name; a full disk anywhere in the chain wins (Dexie reports it as an abort around it). */
function storageCause(error: unknown): keyof typeof STORAGE_CAUSES | undefined {
  let first: keyof typeof STORAGE_CAUSES | undefined;
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return name;
    if (typeof name === 'string' && name in STORAGE_CAUSES) first ??= name as keyof typeof STORAGE_CAUSES;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return first;
}

/**
 * Any error a view may have to show (a thrown storage error, a host's error string, anything
 * else), in the user's language.
 */
export function describeError(t: Translate, error: unknown): string {
  if (typeof error === 'string') return describeHostError(t, error);
  const storage = storageCause(error);
  if (storage) return t(STORAGE_CAUSES[storage]);
  return describeHostError(t, error instanceof Error ? error.message : String(error));
}

/**
 * The gate every IPC call passes before a handler runs: the sender must be a frame of the app's
 * own origin, and the arguments must match the channel's zod schema. Failures are Result values
 * whose message names the channel and the field (`saveFile: request.mimeType: …`); a handler
 * that throws becomes a Result error too, so the renderer never sees a rejected promise.
 *
 * No Electron import at runtime: the registrar is injected (`ipcMain` in production, a fake in
 * tests).
 */
import { z } from 'zod';
import { err, type Result } from '../../corpus/model/result';
import { ipcChannelName, MAX_IMPORT_BYTES, type IpcChannel, type IpcContract } from './contract';
import { isAppUrl } from './csp';

/** Backups and PDFs can be large, but a runaway renderer must not exhaust main's memory. */
export const MAX_IPC_TEXT_CHARS = 200 * 1024 * 1024;
/** Names a file system accepts everywhere; no separators, no leading dot. */
export const MAX_FILE_NAME_CHARS = 200;

/** `pizhu-backup-<ISO time with : and . replaced by ->.json` (see `backupFileName`). */
export const BACKUP_NAME_PATTERN = /^pizhu-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:-\d{3})?Z(?:-\d+)?\.json$/;

const backupName = z
  .string()
  .max(MAX_FILE_NAME_CHARS)
  .regex(BACKUP_NAME_PATTERN, 'expected a backup file name like pizhu-backup-2026-11-26T11-40-00-123Z.json');

const writeBackupRequest = z.strictObject({
  checksum: z.string().regex(/^[0-9a-f]{16}$/, 'expected the 16 hex digits of backupChecksum'),
  pin: z.boolean(),
});

const suggestedName = z
  .string()
  .min(1)
  .max(MAX_FILE_NAME_CHARS)
  .refine((name) => !/[/\\\0]/.test(name), 'must not contain path separators or null bytes');

const saveFileRequest = z.strictObject({
  suggestedName,
  content: z.string().max(MAX_IPC_TEXT_CHARS),
  mimeType: z.enum(['text/markdown', 'application/json', 'text/plain']),
});

const savePdfRequest = z.strictObject({
  html: z.string().min(1).max(MAX_IPC_TEXT_CHARS),
  suggestedName,
  pageSize: z.enum(['A4', 'Letter']),
  lang: z.enum(['zh-CN', 'en']),
});

const countPagesRequest = z.strictObject({
  htmls: z.array(z.string().min(1).max(MAX_IPC_TEXT_CHARS)).min(1).max(64),
  pageSize: z.enum(['A4', 'Letter']),
  lang: z.enum(['zh-CN', 'en']),
});

type ArgsOf<C extends IpcChannel> = Parameters<IpcContract[C]>;
/** The `T` of a channel's `Promise<Result<T>>`. */
export type ValueOf<C extends IpcChannel> = IpcContract[C] extends (...args: never[]) => Promise<Result<infer T>> ? T : never;

/** Each channel's argument list as a zod tuple, checked against the contract's types. */
export const CHANNEL_ARGS: { readonly [C in IpcChannel]: z.ZodType<ArgsOf<C>> } = {
  getAppInfo: z.tuple([]),
  writeBackup: z.tuple([z.string().min(2).max(MAX_IPC_TEXT_CHARS), writeBackupRequest]),
  listBackups: z.tuple([]),
  readBackup: z.tuple([backupName]),
  saveFile: z.tuple([saveFileRequest]),
  savePdf: z.tuple([savePdfRequest]),
  countPdfPages: z.tuple([countPagesRequest]),
  openFiles: z.tuple([]),
  setTeamServer: z.tuple([z.string().min(1).max(500).nullable()]),
};

/** Parameter names for error messages: `request.mimeType` reads better than `[0].mimeType`. */
const PARAMETER_NAMES: { readonly [C in IpcChannel]: readonly string[] } = {
  getAppInfo: [],
  writeBackup: ['json', 'request'],
  listBackups: [],
  readBackup: ['name'],
  saveFile: ['request'],
  savePdf: ['request'],
  countPdfPages: ['request'],
  openFiles: [],
  setTeamServer: ['url'],
};

/** The limit a handler for `openFiles` enforces; re-exported so tests and handlers agree. */
export { MAX_IMPORT_BYTES };

/** The part of `IpcMainInvokeEvent` the guard reads. */
export interface GuardEvent {
  readonly senderFrame: { readonly url: string } | null;
}

/** A handler receives validated arguments and returns the contract's Result. */
export type GuardedHandler<C extends IpcChannel> = (...args: ArgsOf<C>) => Promise<Result<ValueOf<C>>>;

/** The listener registered with `ipcMain.handle`. */
export type IpcListener = (event: GuardEvent, ...args: unknown[]) => Promise<Result<unknown>>;

/** What `handle` registers with: `ipcMain` satisfies it. */
export interface IpcRegistrar {
  handle(channel: string, listener: IpcListener): void;
}

/** True when the sending frame is a document of `pizhu://app` (not a data:, file: or web page). */
export function isTrustedSender(event: GuardEvent): boolean {
  const url = event.senderFrame?.url;
  return url !== undefined && isAppUrl(url);
}

/** `request.mimeType`, `name`, `request` — the failing field, with parameter names. */
function fieldPath(channel: IpcChannel, path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'arguments';
  const [first, ...rest] = path;
  const head = typeof first === 'number' ? (PARAMETER_NAMES[channel][first] ?? `arguments[${first}]`) : String(first);
  return rest.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), head);
}

/** Validates raw IPC arguments; the error names the channel and every failing field. */
export function parseArgs<C extends IpcChannel>(channel: C, args: readonly unknown[]): Result<ArgsOf<C>> {
  const names = PARAMETER_NAMES[channel];
  // Arity first: zod reports a short tuple at the root, which would not name the parameter.
  if (args.length < names.length) return err(`${channel}: ${names[args.length] ?? 'argument'}: missing`);
  if (args.length > names.length) {
    return err(`${channel}: expected ${names.length} argument(s)${names.length ? ` (${names.join(', ')})` : ''}, got ${args.length}`);
  }
  const schema: z.ZodType<ArgsOf<C>> = CHANNEL_ARGS[channel];
  const parsed = schema.safeParse(args);
  if (parsed.success) return { ok: true, value: parsed.data };
  const details = parsed.error.issues.map((issue) => `${fieldPath(channel, issue.path)}: ${issue.message}`);
  return err(`${channel}: ${details.join('; ')}`);
}

/**
 * Wraps a handler with the sender check, argument validation and error capture. Exposed
 * separately from `handle` so tests can call the listener with forged events.
 */
export function guard<C extends IpcChannel>(channel: C, handler: GuardedHandler<C>): IpcListener {
  return async (event, ...rawArgs) => {
    if (!isTrustedSender(event)) {
      return err(`${channel}: refused: sender ${event.senderFrame?.url ?? '(no frame)'} is not the app`);
    }
    const args = parseArgs(channel, rawArgs);
    if (!args.ok) return args;
    try {
      return await handler(...args.value);
    } catch (error) {
      return err(`${channel}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** Returns `handle(channel, handler)`, registering guarded handlers as `pizhu:<channel>`. */
export function createHandle(registrar: IpcRegistrar) {
  return function handle<C extends IpcChannel>(channel: C, handler: GuardedHandler<C>): void {
    registrar.handle(ipcChannelName(channel), guard(channel, handler));
  };
}

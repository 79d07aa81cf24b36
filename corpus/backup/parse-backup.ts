import { err, ok, type Result } from '../model';
import { formatPath, importError, zodIssuesToImportErrors, type ImportError } from './import-error';
import { parseJsonText } from './parse-json';
import { BACKUP_FORMAT, BACKUP_VERSION, READABLE_BACKUP_VERSIONS, backupSchema, type Backup } from './schemas';
import { backupChecksum } from './serialize-backup';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Ids that occur twice in one list: `data.annotations[7].id: duplicate id "x" (first at [2])`. */
export function duplicateIdErrors(records: readonly { readonly id: string }[], path: string): ImportError[] {
  const first = new Map<string, number>();
  const errors: ImportError[] = [];
  records.forEach((r, i) => {
    const at = first.get(r.id);
    if (at === undefined) first.set(r.id, i);
    else errors.push(importError(`${path}[${i}].id`, { code: 'duplicate-id', params: { id: JSON.stringify(r.id), first: `${path}[${at}]` } }));
  });
  return errors;
}

/** What the identity check needs to know about an article: its id and the hash of its text. */
export interface ArticleIdentity {
  readonly id: string;
  readonly contentHash: string;
}

/**
 * Identity of imported-article records against the articles that already exist: an imported
 * record may never take a bundled article's id (it would shadow the bundled article and turn
 * its notes into "an imported article's notes" that a remove would put away), nor reuse the id
 * of another imported article whose text is different (it would silently swap the text under
 * that article's notes). Same id with the same text is the same article (a duplicate, fine).
 * Errors name the field: `data.importedArticles[0].id: …`. O(records + bundled).
 */
export function importedIdentityErrors(
  records: readonly ArticleIdentity[],
  bundledIds: ReadonlySet<string>,
  existing: ReadonlyMap<string, string> = new Map(),
  path = formatPath(['data', 'importedArticles']),
  /** Where the id sits in each record: `id`, or `article.id` for the article trash. */
  idField = 'id',
): ImportError[] {
  const errors: ImportError[] = [];
  records.forEach((r, i) => {
    if (bundledIds.has(r.id)) {
      errors.push(importError(`${path}[${i}].${idField}`, { code: 'id-of-bundled-article', params: { id: JSON.stringify(r.id) } }));
      return;
    }
    const hash = existing.get(r.id);
    if (hash !== undefined && hash !== r.contentHash) {
      errors.push(importError(`${path}[${i}].${idField}`, { code: 'id-taken', params: { id: JSON.stringify(r.id) } }));
    }
  });
  return errors;
}

/** Format marker and version, checked before the schema so the message says what the file is. */
function checkEnvelope(json: unknown): ImportError[] {
  if (!isRecord(json)) return [importError('', { code: 'not-an-object' })];
  if (!('format' in json)) return [importError('format', { code: 'format-missing', params: { expected: BACKUP_FORMAT } })];
  if (json.format !== BACKUP_FORMAT)
    return [importError('format', { code: 'format-wrong', params: { expected: BACKUP_FORMAT, got: JSON.stringify(json.format) ?? 'nothing' } })];
  if (typeof json.version === 'number' && Number.isInteger(json.version) && json.version > BACKUP_VERSION) {
    return [importError('version', { code: 'version-newer', params: { version: json.version, supported: BACKUP_VERSION } })];
  }
  if (typeof json.version !== 'number' || !READABLE_BACKUP_VERSIONS.includes(json.version)) {
    return [importError('version', { code: 'version-wrong', params: { expected: BACKUP_VERSION, got: JSON.stringify(json.version) ?? 'nothing' } })];
  }
  return [];
}

/**
 * An older backup in the current format. Version 1 → 2: the same data (the trash, article trash
 * and article versions it could not hold are simply absent), so the checksum still verifies.
 */
export function migrateBackup(json: Record<string, unknown>): Record<string, unknown> {
  return json.version === 1 ? { ...json, version: BACKUP_VERSION } : json;
}

/** Validates an already-parsed backup object: all records, duplicate ids and the checksum. */
export function validateBackup(json: unknown): Result<Backup, ImportError[]> {
  const envelope = checkEnvelope(json);
  if (envelope.length > 0) return err(envelope);
  const parsed = backupSchema.safeParse(migrateBackup(json as Record<string, unknown>));
  const errors = parsed.success ? [] : zodIssuesToImportErrors(parsed.error.issues);
  if (parsed.success) {
    const { data } = parsed.data;
    errors.push(
      ...duplicateIdErrors(data.annotations, formatPath(['data', 'annotations'])),
      ...duplicateIdErrors(data.articleNotes, formatPath(['data', 'articleNotes'])),
      ...duplicateIdErrors(data.importedArticles, formatPath(['data', 'importedArticles'])),
      ...duplicateIdErrors(data.trash ?? [], formatPath(['data', 'trash'])),
      ...duplicateIdErrors(data.articleTrash ?? [], formatPath(['data', 'articleTrash'])),
    );
  }
  const raw = json as Record<string, unknown>;
  if (typeof raw.checksum === 'string' && 'data' in raw && backupChecksum(raw.data) !== raw.checksum) {
    errors.push(importError('checksum', { code: 'checksum-mismatch' }));
  }
  // All or nothing: a single bad record rejects the whole file, never a partial backup.
  if (errors.length > 0 || !parsed.success) return err(errors);
  return ok(parsed.data);
}

/**
 * Parses a backup file. On failure every error names its field (`data.annotations[3].color:
 * expected "yellow" | …`); on success the data is complete and checksum-verified.
 */
export function parseBackup(text: string): Result<Backup, ImportError[]> {
  const json = parseJsonText(text);
  if (!json.ok) return err([json.error]);
  return validateBackup(json.value);
}

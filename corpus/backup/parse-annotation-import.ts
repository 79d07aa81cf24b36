import { fromAnnotationCollection } from '../export/w3c';
import { err, ok, type Annotation, type Result } from '../model';
import { importError, type ImportError } from './import-error';
import { validateBackup } from './parse-backup';
import { parseJsonText } from './parse-json';
import type { Backup } from './schemas';

/** What an import file turned out to be. */
export type AnnotationImport = { readonly kind: 'backup'; readonly backup: Backup } | { readonly kind: 'w3c'; readonly annotations: readonly Annotation[] };

/**
 * Parses a file chosen for import: a Pizhu backup (`format: "pizhu-backup"`) or a W3C
 * AnnotationCollection. All or nothing: a single error rejects the file, with field paths.
 */
export function parseAnnotationImport(text: string): Result<AnnotationImport, ImportError[]> {
  const json = parseJsonText(text);
  if (!json.ok) return err([json.error]);
  const value = json.value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if ('format' in record) {
      const backup = validateBackup(value);
      return backup.ok ? ok({ kind: 'backup', backup: backup.value }) : backup;
    }
    if (record.type === 'AnnotationCollection') {
      const annotations = fromAnnotationCollection(value);
      return annotations.ok ? ok({ kind: 'w3c', annotations: annotations.value }) : annotations;
    }
  }
  return err([importError('', { code: 'not-an-import-file' })]);
}

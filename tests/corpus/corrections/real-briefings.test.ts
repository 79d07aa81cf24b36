import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORRECTABLE_FIELDS, effectiveMeta, fieldsFromForm, LIST_JOINER, metaCorrectionSchema, type MetaForm } from '../../../corpus/corrections';
import { decodeBytes } from '../../../corpus/ingest/detect-encoding';
import { markdownDocument } from '../../../corpus/ingest/markdown';
import { textDocument } from '../../../corpus/ingest';
import type { ArticleMeta } from '../../../corpus/model';
import { normalizeDocument } from '../../../corpus/normalize';

const DIR = resolve(import.meta.dirname, '../../../../shared/real-briefings');

interface Expected {
  readonly file: string;
  readonly format: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly authors: readonly string[] | null;
  readonly date: string | null;
  readonly places: readonly string[] | null;
}

const expected = (): Expected[] => (JSON.parse(readFileSync(resolve(DIR, 'expected.json'), 'utf-8')) as Expected[]).filter((e) => e.title);

/** What a user would type to make the metadata right: the expected values, in the dialog's inputs. */
const formOf = (e: Expected): MetaForm => ({
  title: e.title ?? '',
  source: e.source ?? '',
  date: e.date ?? '',
  authors: (e.authors ?? []).join(LIST_JOINER),
  places: (e.places ?? []).join(LIST_JOINER),
});

/** Text formats the pure pipeline reads in Node (HTML, docx and PDF need the renderer's extractors). */
function inferred(e: Expected): ArticleMeta | undefined {
  if (e.format !== 'txt' && e.format !== 'md') return undefined;
  const decoded = decodeBytes(new Uint8Array(readFileSync(resolve(DIR, e.file))));
  if (!decoded.ok) return undefined;
  const document = e.format === 'md' ? markdownDocument(decoded.value.text) : textDocument(decoded.value.text);
  return normalizeDocument({ fileName: e.file, document, origin: 'imported' }).article.meta;
}

const BLANK: ArticleMeta = { title: '未命名', authors: [], places: [] };

describe.skipIf(!existsSync(DIR))('corrections on the real briefings (../shared/real-briefings)', () => {
  it('every expected record can be typed into the dialog and, once saved, is exactly what every view shows', () => {
    const changed = new Map<string, number>();
    let files = 0;
    for (const e of expected()) {
      const meta = inferred(e) ?? BLANK;
      const result = fieldsFromForm(formOf(e), meta);
      expect(result, e.file).toMatchObject({ ok: true });
      if (!result.ok) continue;
      files++;
      // The store's schema accepts what the dialog produced.
      expect(
        metaCorrectionSchema.safeParse({ articleId: 'imp-x', fileName: e.file, fields: result.value, modified: '2026-01-01T00:00:00.000Z' }).success,
        e.file,
      ).toBe(true);
      const shown = effectiveMeta(meta, result.value);
      expect(shown.title, e.file).toBe(e.title);
      expect(shown.source, e.file).toBe(e.source ?? undefined);
      expect(shown.date ?? shown.year?.toString(), e.file).toBe(e.date ?? undefined);
      expect(shown.authors, e.file).toEqual(e.authors ?? []);
      expect(shown.places, e.file).toEqual(e.places ?? []);
      if (inferred(e)) for (const field of Object.keys(result.value)) changed.set(field, (changed.get(field) ?? 0) + 1);
    }
    expect(files).toBeGreaterThanOrEqual(30);
    // Printed for the record: how many fields of the txt/md briefings a reader would have to correct today.
    console.info(
      `corrections: ${files} records accepted; txt/md fields differing from inference: ${CORRECTABLE_FIELDS.map((f) => `${f} ${changed.get(f) ?? 0}`).join(', ')}`,
    );
    // Normalizes some thirty real files: about 2 s alone, more on a loaded 2-core machine.
  }, 60_000);
});

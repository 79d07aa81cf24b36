import { err, ok, type ArticleMeta, type Result } from '../model';
import { checkCorrectionFields, type FieldProblem } from './correction-checks';
import { CORRECTABLE_FIELDS, type CorrectableField, type MetaCorrectionFields } from './meta-correction';

/** The dialog's text inputs, one string per correctable field. */
export type MetaForm = Readonly<Record<CorrectableField, string>>;

/** The list separator shown when a list is put back into one input. */
export const LIST_JOINER = '、';

/**
 * Names typed into one input: split at commas (full- and half-width), 、, semicolons and line
 * breaks, trimmed (inner spaces kept: `Emily Holder`), empties and repeats dropped, order kept.
 */
export function splitNames(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[,，、;；\n]/)) {
    const name = part.trim();
    if (name) seen.add(name);
  }
  return [...seen];
}

/** The date as the dialog shows it: the full date when known, else the year, else nothing. */
export function dateText(meta: Pick<ArticleMeta, 'date' | 'year'>): string {
  return meta.date ?? meta.year?.toString() ?? '';
}

/** The inputs filled with a meta's values (the effective meta when the dialog opens). */
export function formFromMeta(meta: ArticleMeta): MetaForm {
  return {
    title: meta.title,
    source: meta.source ?? '',
    date: dateText(meta),
    authors: meta.authors.join(LIST_JOINER),
    places: meta.places.join(LIST_JOINER),
  };
}

/**
 * Each field's typed value in its stored shape: trimmed text, split lists. Inner spaces are
 * kept as typed: a full-width space (U+3000) separates the parts of many Chinese headlines.
 */
function typedValues(form: MetaForm): Required<MetaCorrectionFields> {
  return {
    title: form.title.trim(),
    source: form.source.trim(),
    date: form.date.trim(),
    authors: splitNames(form.authors),
    places: splitNames(form.places),
  };
}

const same = (a: string | readonly string[], b: string | readonly string[]): boolean =>
  typeof a === 'string' || typeof b === 'string' ? a === b : a.length === b.length && a.every((x, i) => x === b[i]);

/** The fields whose typed value differs from the inferred one (the dialog marks them "edited"). */
export function changedFields(form: MetaForm, inferred: ArticleMeta): CorrectableField[] {
  const typed = typedValues(form);
  const original = typedValues(formFromMeta(inferred));
  return CORRECTABLE_FIELDS.filter((field) => !same(typed[field], original[field]));
}

/**
 * What the user corrected: every field whose typed value differs from the inferred one. A
 * field typed back to the inferred value is not a correction (that is how "reset" works), so
 * a later, better inference for that field is not masked. Problems name their fields.
 */
export function fieldsFromForm(form: MetaForm, inferred: ArticleMeta): Result<MetaCorrectionFields, FieldProblem[]> {
  const typed = typedValues(form);
  const fields: Record<string, string | readonly string[]> = {};
  for (const field of changedFields(form, inferred)) fields[field] = typed[field];
  // The title is required even when it is the inferred one (an inferred empty title is fixed here).
  const problems = checkCorrectionFields({ ...fields, title: typed.title });
  return problems.length > 0 ? err(problems) : ok(fields as MetaCorrectionFields);
}

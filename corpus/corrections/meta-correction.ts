import type { ArticleMeta } from '../model';

/** The metadata fields a reader can correct, in the order the dialog shows them. */
export const CORRECTABLE_FIELDS = ['title', 'source', 'date', 'authors', 'places'] as const;

export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const TITLE_MAX = 200;
export const SOURCE_MAX = 200;
export const LIST_ITEM_MAX = 100;
export const LIST_MAX = 50;

/**
 * What the user typed, for the fields they set: a key that is present is a correction, an
 * absent key means "as inferred". An empty `source` or `date` and an empty list are
 * corrections too ("the article has none"), which is why presence, not truthiness, counts.
 */
export interface MetaCorrectionFields {
  readonly title?: string;
  readonly source?: string;
  /** `YYYY-MM-DD`, `YYYY`, or `''` for "no date". */
  readonly date?: string;
  readonly authors?: readonly string[];
  readonly places?: readonly string[];
}

/**
 * The user's correction of one article's inferred metadata, stored apart from the article so
 * the inference stays visible (and resettable) and a re-import keeps the correction.
 */
export interface MetaCorrection {
  /** The corrected article (`imp-<contentHash>`): the same file always gets the same id. */
  readonly articleId: string;
  /** The file it came from: a re-import of changed text (a new hash) finds the correction by this. */
  readonly fileName: string;
  readonly fields: MetaCorrectionFields;
  /** ISO timestamp of the last change. */
  readonly modified: string;
}

/** The fields a correction sets, in dialog order. */
export function editedFields(fields: MetaCorrectionFields | undefined): CorrectableField[] {
  if (!fields) return [];
  return CORRECTABLE_FIELDS.filter((f) => fields[f] !== undefined);
}

/** `YYYY` → year only; `YYYY-MM-DD` → date and its year; `''` → neither. */
function datePart(date: string): Pick<ArticleMeta, 'date' | 'year'> {
  if (date === '') return {};
  const year = Number(date.slice(0, 4));
  return date.length === 4 ? { year } : { date, year };
}

/**
 * The metadata every view shows: the inferred meta with the user's fields laid over it.
 * Fields the user did not set (subtitle, kicker, language, and any uncorrected field) stay
 * as inferred. Pure; O(fields).
 */
export function effectiveMeta(inferred: ArticleMeta, fields: MetaCorrectionFields | undefined): ArticleMeta {
  if (!fields || editedFields(fields).length === 0) return inferred;
  const { source: _source, date: _date, year: _year, ...rest } = inferred;
  const source = fields.source ?? inferred.source;
  const dates = fields.date !== undefined ? datePart(fields.date) : { date: inferred.date, year: inferred.year };
  return {
    ...rest,
    title: fields.title ?? inferred.title,
    ...(source ? { source } : {}),
    ...(dates.date !== undefined ? { date: dates.date } : {}),
    ...(dates.year !== undefined ? { year: dates.year } : {}),
    authors: fields.authors ?? inferred.authors,
    places: fields.places ?? inferred.places,
  };
}

/** The article as every view should see it; the same object when nothing is corrected. */
export function withCorrection<A extends { readonly meta: ArticleMeta }>(article: A, fields: MetaCorrectionFields | undefined): A {
  const meta = effectiveMeta(article.meta, fields);
  return meta === article.meta ? article : { ...article, meta };
}

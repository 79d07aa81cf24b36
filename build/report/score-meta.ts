/**
 * Scores inferred metadata against a human `expected.json` (the format of
 * `../shared/real-briefings/expected.json`), tolerantly: titles and sources compared on
 * letters and digits with containment, dates by day (±1 for datelines) or by year when only
 * the year is knowable, authors and places as sets.
 */
import type { ArticleMeta } from '../../corpus/model';

export interface ExpectedMeta {
  readonly file: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly authors: readonly string[];
  readonly date: string | null;
  readonly places: readonly string[];
  readonly language: string;
}

export interface FieldScores {
  /** undefined: the field is not scored for this file (expected says nothing is knowable). */
  readonly title?: boolean;
  readonly source?: boolean;
  readonly date?: boolean;
  readonly language: boolean;
  readonly authorsExpected: number;
  readonly authorsFound: number;
  readonly authorsExtra: number;
  readonly placesExpected: number;
  readonly placesFound: number;
  readonly placesExtra: number;
  /** Places right for the file: at least half of the expected ones found and the first inferred one expected (or both empty). */
  readonly places: boolean;
}

const key = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

/** Same text, or one contains the other and covers most of it. */
export function similarText(a: string, b: string, cover = 0.6): boolean {
  const x = key(a);
  const y = key(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length >= long.length * cover;
}

function dayDiff(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Dates agree: same day (a dateline may precede publication by a day), or the same year when only that is expected. */
export function sameDate(inferred: Pick<ArticleMeta, 'date' | 'year'>, expected: string): boolean {
  if (/^\d{4}$/.test(expected)) return inferred.year === Number(expected) || inferred.date?.slice(0, 4) === expected;
  return inferred.date !== undefined && dayDiff(inferred.date, expected) <= 1;
}

const nameKey = (s: string): string => s.replace(/[\s\u3000·•]/gu, '').toLowerCase();

function overlap(inferred: readonly string[], expected: readonly string[], match: (a: string, b: string) => boolean): { found: number; extra: number } {
  const found = expected.filter((e) => inferred.some((i) => match(i, e))).length;
  const extra = inferred.filter((i) => !expected.some((e) => match(i, e))).length;
  return { found, extra };
}

/** Chinese place names: `遂宁` matches `遂宁市`, Simplified matches itself only. */
const samePlace = (a: string, b: string): boolean => {
  const strip = (s: string): string => s.replace(/(?:省|市|自治区|特别行政区|地区)$/u, '');
  return strip(a) === strip(b);
};

/** Scores one article's inferred metadata against the expected record. */
export function scoreMeta(meta: ArticleMeta, expected: ExpectedMeta): FieldScores {
  const authors = overlap(meta.authors, expected.authors, (a, b) => nameKey(a) === nameKey(b));
  const places = overlap(meta.places, expected.places, samePlace);
  const placesRight =
    expected.places.length === 0
      ? meta.places.length === 0
      : places.found * 2 >= expected.places.length && meta.places.length > 0 && expected.places.some((p) => samePlace(p, meta.places[0]!));
  return {
    ...(expected.title ? { title: similarText(meta.title, expected.title, 0.75) } : {}),
    ...(expected.source ? { source: meta.source !== undefined && similarText(meta.source, expected.source, 0.3) } : {}),
    ...(expected.date ? { date: sameDate(meta, expected.date) } : {}),
    language: (meta.language ?? 'zh-Hans') === expected.language,
    authorsExpected: expected.authors.length,
    authorsFound: authors.found,
    authorsExtra: authors.extra,
    placesExpected: expected.places.length,
    placesFound: places.found,
    placesExtra: places.extra,
    places: placesRight,
  };
}

import type { ImportErrorDetail } from '../backup/import-error';
import { LIST_ITEM_MAX, LIST_MAX, SOURCE_MAX, TITLE_MAX, type CorrectableField, type MetaCorrectionFields } from './meta-correction';

/** Why a corrected field is not accepted; the UI turns the code into the user's language. */
export type FieldProblemCode = 'title-empty' | 'too-long' | 'date-format' | 'date-invalid' | 'list-item-too-long' | 'list-too-long';

export interface FieldProblem {
  readonly field: CorrectableField;
  readonly code: FieldProblemCode;
  /** The limit a `too-long` problem broke. */
  readonly limit?: number;
}

/** The import-error detail of a problem: stored records and backups report it by code, said in the user's language. */
export function problemDetail(problem: FieldProblem): ImportErrorDetail {
  switch (problem.code) {
    case 'title-empty':
    case 'date-format':
    case 'date-invalid':
      return { code: problem.code };
    case 'too-long':
      return { code: 'too-long', params: { limit: problem.limit ?? 0 } };
    case 'list-item-too-long':
      return { code: 'name-too-long', params: { limit: LIST_ITEM_MAX } };
    case 'list-too-long':
      return { code: 'too-many-names', params: { limit: LIST_MAX } };
  }
}

/** English text for a problem, used where no UI language is at hand (backup and store errors). */
export function problemText(problem: FieldProblem): string {
  switch (problem.code) {
    case 'title-empty':
      return 'expected a non-empty title';
    case 'too-long':
      return `expected at most ${problem.limit} characters`;
    case 'date-format':
      return 'expected YYYY-MM-DD or YYYY';
    case 'date-invalid':
      return 'expected a real calendar date';
    case 'list-item-too-long':
      return `expected names of at most ${LIST_ITEM_MAX} characters`;
    case 'list-too-long':
      return `expected at most ${LIST_MAX} names`;
  }
}

/** A calendar date check without Date parsing quirks: 2025-02-29 is refused, 2024-02-29 kept. */
function isRealDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}

function checkList(field: 'authors' | 'places', list: readonly string[] | undefined): FieldProblem[] {
  if (!list) return [];
  if (list.length > LIST_MAX) return [{ field, code: 'list-too-long', limit: LIST_MAX }];
  return list.some((name) => name.length > LIST_ITEM_MAX) ? [{ field, code: 'list-item-too-long', limit: LIST_ITEM_MAX }] : [];
}

/**
 * Every rule a stored or typed correction must satisfy, one problem per field at most, in
 * dialog order. The same checks run when the dialog saves, when the store writes and when it
 * reads back, and when a backup is parsed.
 */
export function checkCorrectionFields(fields: MetaCorrectionFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fields.title !== undefined) {
    if (fields.title.trim() === '') problems.push({ field: 'title', code: 'title-empty' });
    else if ([...fields.title].length > TITLE_MAX) problems.push({ field: 'title', code: 'too-long', limit: TITLE_MAX });
  }
  if (fields.source !== undefined && [...fields.source].length > SOURCE_MAX) problems.push({ field: 'source', code: 'too-long', limit: SOURCE_MAX });
  if (fields.date !== undefined && fields.date !== '') {
    if (!/^\d{4}(?:-\d{2}-\d{2})?$/.test(fields.date)) problems.push({ field: 'date', code: 'date-format' });
    else if (fields.date.length === 10 && !isRealDate(fields.date)) problems.push({ field: 'date', code: 'date-invalid' });
  }
  problems.push(...checkList('authors', fields.authors), ...checkList('places', fields.places));
  return problems;
}

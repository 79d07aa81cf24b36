import type { z } from 'zod/mini';

/**
 * Why an import file (or a field of it) was refused: a code plus its parameters, so the UI can
 * say it in the user's language. Parameter values are taken from the file or the format
 * (ids, paths, quoted values) and are shown verbatim in every language.
 */
export type ImportErrorDetail =
  | { readonly code: 'file-empty' }
  | { readonly code: 'file-truncated' }
  | { readonly code: 'json-syntax'; readonly params: { readonly reason: string } }
  | { readonly code: 'json-syntax-at'; readonly params: { readonly line: number; readonly column: number; readonly reason: string } }
  | { readonly code: 'not-an-object' }
  | { readonly code: 'not-an-import-file' }
  | { readonly code: 'format-missing'; readonly params: { readonly expected: string } }
  | { readonly code: 'format-wrong'; readonly params: { readonly expected: string; readonly got: string } }
  | { readonly code: 'version-newer'; readonly params: { readonly version: number; readonly supported: number } }
  | { readonly code: 'version-wrong'; readonly params: { readonly expected: number; readonly got: string } }
  | { readonly code: 'checksum-mismatch' }
  | { readonly code: 'duplicate-id'; readonly params: { readonly id: string; readonly first: string } }
  | { readonly code: 'id-of-bundled-article' | 'id-taken'; readonly params: { readonly id: string } }
  | { readonly code: 'duplicate-article'; readonly params: { readonly articleId: string; readonly first: string } }
  | { readonly code: 'selectors-missing' }
  | { readonly code: 'end-before-start'; readonly params: { readonly start: number } }
  | { readonly code: 'content-hash-mismatch' }
  /** A corrected article field (`corpus/corrections`): its rule, said in the user's language. */
  | { readonly code: 'title-empty' | 'date-format' | 'date-invalid' }
  | { readonly code: 'name-too-long' | 'too-many-names'; readonly params: { readonly limit: number } }
  | { readonly code: 'expected-type'; readonly params: { readonly expected: string } }
  | { readonly code: 'expected-values'; readonly params: { readonly values: string } }
  | { readonly code: 'too-few-items' | 'too-many-items' | 'too-short' | 'too-long'; readonly params: { readonly limit: number } }
  | { readonly code: 'number-bound'; readonly params: { readonly op: '≥' | '>' | '≤' | '<'; readonly limit: number } }
  | { readonly code: 'multiple-of'; readonly params: { readonly divisor: number } }
  | { readonly code: 'expected-datetime' | 'expected-date' | 'expected-pattern' | 'no-matching-shape' }
  | { readonly code: 'expected-format'; readonly params: { readonly format: string } }
  | { readonly code: 'unexpected-fields'; readonly params: { readonly fields: string; readonly count: number } }
  /** A file that could not be read at all (the host's own words, e.g. a file-system error). */
  | { readonly code: 'unreadable'; readonly params: { readonly detail: string } }
  /** A rule from elsewhere in the core with its own (English) wording. */
  | { readonly code: 'invalid'; readonly params: { readonly detail: string } };

export type ImportErrorCode = ImportErrorDetail['code'];

/** One reason an import file was rejected: where (`items[12].target.selector[0].exact`) and why. */
export type ImportError = { readonly path: string } & ImportErrorDetail;

/** Builds an import error; `path` is `''` for the file as a whole. */
export const importError = (path: string, detail: ImportErrorDetail): ImportError => ({ path, ...detail });

/**
 * English wording of every code, with `{name}` placeholders for the parameters and
 * `{name|one|other}` plural choices: for logs, the command line and tests. The UI renders
 * the same codes through its catalogs (`renderer/app/i18n`), whose English entries are these.
 */
export const IMPORT_ERROR_EN: Readonly<Record<ImportErrorCode, string>> = {
  'file-empty': 'the file is empty',
  'file-truncated': 'the file is truncated: the JSON ends before it is complete',
  'json-syntax': 'not valid JSON: {reason}',
  'json-syntax-at': 'not valid JSON at line {line}, column {column}: {reason}',
  'not-an-object': 'expected a JSON object (a Pizhu backup)',
  'not-an-import-file': 'not a Pizhu backup ("format": "pizhu-backup") or a W3C AnnotationCollection ("type": "AnnotationCollection")',
  'format-missing': 'missing: this is not a Pizhu backup (expected "{expected}")',
  'format-wrong': 'expected "{expected}", got {got}',
  'version-newer': 'version {version} was written by a newer Pizhu; this one reads version {supported}: update Pizhu to import it',
  'version-wrong': 'expected {expected}, got {got}',
  'checksum-mismatch': 'does not match the data: the file was edited or damaged after it was written',
  'duplicate-id': 'duplicate id {id} (first at {first})',
  'id-of-bundled-article': '{id} is the id of a bundled article: an imported article cannot take it',
  'id-taken': '{id} is already the id of a different article in the library (its text differs)',
  'duplicate-article': 'duplicate article {articleId} (first at {first})',
  'selectors-missing': 'expected a TextQuoteSelector and a TextPositionSelector',
  'end-before-start': 'expected end ≥ start ({start})',
  'content-hash-mismatch': 'does not match the hash of the article text',
  'title-empty': 'expected a non-empty title',
  'date-format': 'expected YYYY-MM-DD or YYYY',
  'date-invalid': 'expected a real calendar date',
  'name-too-long': 'expected names of at most {limit} characters',
  'too-many-names': 'expected at most {limit} names',
  'expected-type': 'expected {expected}',
  'expected-values': 'expected {values}',
  'too-few-items': 'expected at least {limit} {limit|item|items}',
  'too-many-items': 'expected at most {limit} {limit|item|items}',
  'too-short': 'expected at least {limit} {limit|character|characters}',
  'too-long': 'expected at most {limit} {limit|character|characters}',
  'number-bound': 'expected a number {op} {limit}',
  'multiple-of': 'expected a multiple of {divisor}',
  'expected-datetime': 'expected an ISO date-time (e.g. 2025-03-01T09:30:00.000Z)',
  'expected-date': 'expected an ISO date (YYYY-MM-DD)',
  'expected-pattern': 'expected a matching string',
  'expected-format': 'expected {format}',
  'unexpected-fields': 'unexpected {count|field|fields} {fields}',
  'no-matching-shape': 'does not match any allowed shape',
  unreadable: 'the file could not be read: {detail}',
  invalid: '{detail}',
};

/** The parameters of an error (none for codes without any). */
export const importErrorParams = (error: ImportErrorDetail): Readonly<Record<string, string | number>> => ('params' in error ? error.params : {});

/** Fills `{name}` and `{name|one|other}` (English plurals: 1 is singular) from `params`. */
function fillEnglish(template: string, params: Readonly<Record<string, string | number>>): string {
  return template
    .replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) => {
      const value = params[name];
      return typeof value === 'number' ? (value === 1 ? one : other) : whole;
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : String(value);
    });
}

/** The English text of an error without its path. */
export const importErrorMessage = (error: ImportErrorDetail): string => fillEnglish(IMPORT_ERROR_EN[error.code], importErrorParams(error));

/** `items[12].target.selector[0].exact`: the notation users see in import errors. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$@][\w$:@-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** "path: message" in English, or just the message for whole-file errors. */
export function formatImportError(error: ImportError): string {
  const message = importErrorMessage(error);
  return error.path ? `${error.path}: ${message}` : message;
}

const quoteAll = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(' | ');

function bound(origin: string, limit: number | bigint, inclusive: boolean | undefined, min: boolean): ImportErrorDetail {
  const n = Number(limit);
  switch (origin) {
    case 'array':
    case 'set':
      return { code: min ? 'too-few-items' : 'too-many-items', params: { limit: n } };
    case 'string':
      return { code: min ? 'too-short' : 'too-long', params: { limit: n } };
    default:
      return { code: 'number-bound', params: { op: min ? (inclusive === false ? '>' : '≥') : inclusive === false ? '<' : '≤', limit: n } };
  }
}

function formatDetail(format: string): ImportErrorDetail {
  switch (format) {
    case 'datetime':
      return { code: 'expected-datetime' };
    case 'date':
      return { code: 'expected-date' };
    case 'regex':
      return { code: 'expected-pattern' };
    default:
      return { code: 'expected-format', params: { format } };
  }
}

/**
 * A schema's own refinement names its code in the issue's params (`{ importError: detail }`):
 * `ctx.addIssue({ code: 'custom', path, message, params: importErrorIssueParams(detail) })`.
 */
export const importErrorIssueParams = (detail: ImportErrorDetail): { importError: ImportErrorDetail } => ({ importError: detail });

function customDetail(issue: { readonly message: string; readonly params?: Record<string, unknown> | undefined }): ImportErrorDetail {
  const carried = issue.params?.importError as ImportErrorDetail | undefined;
  return carried && typeof carried.code === 'string' && carried.code in IMPORT_ERROR_EN ? carried : { code: 'invalid', params: { detail: issue.message } };
}

/** A stable code for a zod issue (zod's own wording changes between versions). */
function issueDetail(issue: z.core.$ZodIssue): ImportErrorDetail {
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'expected-type', params: { expected: issue.expected } };
    case 'too_small':
      return bound(issue.origin, issue.minimum, issue.inclusive, true);
    case 'too_big':
      return bound(issue.origin, issue.maximum, issue.inclusive, false);
    case 'invalid_value':
      return { code: 'expected-values', params: { values: quoteAll(issue.values) } };
    case 'invalid_format':
      return formatDetail(issue.format);
    case 'unrecognized_keys':
      return { code: 'unexpected-fields', params: { fields: quoteAll(issue.keys), count: issue.keys.length } };
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options) return { code: 'expected-values', params: { values: quoteAll(options) } };
      const expected = [...new Set(issue.errors.flatMap((e) => e.filter((i) => i.code === 'invalid_type').map((i) => (i as { expected: string }).expected)))];
      return expected.length > 0 ? { code: 'expected-type', params: { expected: expected.join(' | ') } } : { code: 'no-matching-shape' };
    }
    case 'not_multiple_of':
      return { code: 'multiple-of', params: { divisor: Number(issue.divisor) } };
    case 'custom':
      return customDetail(issue);
    case 'invalid_key':
    case 'invalid_element':
      return { code: 'invalid', params: { detail: issue.message } };
  }
}

/** Maps zod issues to import errors, with paths under `prefix` (e.g. `['data']`). */
export function zodIssuesToImportErrors(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): ImportError[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    // A union (e.g. "one selector or an array of them") reports each alternative's issues.
    // The alternative whose shape matched (no type error at its root) is the one the
    // author meant: report its issues, which name the exact field.
    if (issue.code === 'invalid_union' && !('options' in issue)) {
      const meant = issue.errors.find((branch) => branch.length > 0 && !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (meant) return zodIssuesToImportErrors(meant, path);
    }
    return [importError(formatPath(path), issueDetail(issue))];
  });
}

/** Line and column (1-based) of a UTF-16 offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

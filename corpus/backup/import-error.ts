import type { z } from 'zod';

/** One reason an import file was rejected: where (`items[12].target.selector[0].exact`) and what. */
export interface ImportError {
  /** Field path in the file, `''` for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

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

/** "path: message", or just the message for whole-file errors. */
export function formatImportError(error: ImportError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

const quoteAll = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(' | ');

function bound(origin: string, limit: number | bigint, inclusive: boolean | undefined, min: boolean): string {
  const op = min ? (inclusive === false ? '>' : '≥') : inclusive === false ? '<' : '≤';
  switch (origin) {
    case 'array':
    case 'set':
      return `expected ${min ? 'at least' : 'at most'} ${limit} item${Number(limit) === 1 ? '' : 's'}`;
    case 'string':
      return `expected ${min ? 'at least' : 'at most'} ${limit} character${Number(limit) === 1 ? '' : 's'}`;
    default:
      return `expected a number ${op} ${limit}`;
  }
}

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  datetime: 'an ISO date-time (e.g. 2025-03-01T09:30:00.000Z)',
  date: 'an ISO date (YYYY-MM-DD)',
  regex: 'a matching string',
};

/** A short, stable message for a zod issue (zod's own wording changes between versions). */
function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return bound(issue.origin, issue.minimum, issue.inclusive, true);
    case 'too_big':
      return bound(issue.origin, issue.maximum, issue.inclusive, false);
    case 'invalid_value':
      return `expected ${quoteAll(issue.values)}`;
    case 'invalid_format':
      return `expected ${FORMAT_NAMES[issue.format] ?? issue.format}`;
    case 'unrecognized_keys':
      return `unexpected field${issue.keys.length === 1 ? '' : 's'} ${quoteAll(issue.keys)}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options) return `expected ${quoteAll(options)}`;
      const expected = [...new Set(issue.errors.flatMap((e) => e.filter((i) => i.code === 'invalid_type').map((i) => (i as { expected: string }).expected)))];
      return expected.length > 0 ? `expected ${expected.join(' | ')}` : 'does not match any allowed shape';
    }
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}`;
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
      return issue.message;
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
    return [{ path: formatPath(path), message: issueMessage(issue) }];
  });
}

/** Line and column (1-based) of a UTF-16 offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

import { normalizeForSearch } from './normalize-text';
import { queryTokens } from './tokenizer';

/** Queries longer than this (in characters, before normalization) return no results. */
export const MAX_QUERY_LENGTH = 1000;
/** More terms than this are ignored (each one costs a postings lookup). */
export const MAX_QUERY_TERMS = 32;

/** A parsed query; every string is already normalized (NFKC + lowercase). */
export interface ParsedQuery {
  /** Every one must occur verbatim (spaces = AND; a "…" phrase is one term). */
  readonly include: readonly string[];
  /** None may occur (`-word`, `-"…"`). */
  readonly exclude: readonly string[];
}

const EMPTY: ParsedQuery = { include: [], exclude: [] };

/**
 * Parses the search box syntax: spaces mean AND, `"…"` is a phrase, `-word` excludes. Never
 * throws: regex or lunr syntax characters are plain text here, an unclosed quote runs to the
 * end, terms without any letter or digit are dropped (they cannot be looked up), and an
 * over-long query parses to nothing. O(n) in the query length.
 */
export function parseQuery(raw: string): ParsedQuery {
  if (typeof raw !== 'string' || raw.length > MAX_QUERY_LENGTH) return EMPTY;
  const text = normalizeForSearch(raw).replace(/\s+/gu, ' ').trim();
  const include: string[] = [];
  const exclude: string[] = [];
  let i = 0;
  while (i < text.length && include.length + exclude.length < MAX_QUERY_TERMS) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    let negate = false;
    if (text[i] === '-' && i + 1 < text.length && text[i + 1] !== ' ') {
      negate = true;
      i++;
    }
    let term: string;
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      const end = close < 0 ? text.length : close;
      term = text.slice(i + 1, end).trim();
      i = end + 1;
    } else {
      const space = text.indexOf(' ', i);
      const end = space < 0 ? text.length : space;
      term = text.slice(i, end);
      i = end;
    }
    if (queryTokens(term).length === 0) continue;
    const into = negate ? exclude : include;
    if (!into.includes(term)) into.push(term);
  }
  return { include, exclude };
}

import type { Annotation, ArticleNote } from '../model';
import { normalizeForSearch } from './normalize-text';
import { parseQuery } from './query-parser';

/** Where in a note the query matched. */
export type NoteField = 'note' | 'tags' | 'quote';

/** A matching annotation or article note, labelled so the UI can show it as a note. */
export interface NoteHit {
  readonly label: 'note';
  readonly noteId: string;
  readonly articleId: string;
  readonly kind: Annotation['kind'] | ArticleNote['kind'];
  /** Fields containing at least one query term, in the order note, tags, quote. */
  readonly fields: readonly NoteField[];
  /** Total occurrences of the query terms over all fields. */
  readonly hitCount: number;
}

function fieldsOf(n: Annotation | ArticleNote): Record<NoteField, string> {
  return {
    note: normalizeForSearch(n.body.note),
    tags: normalizeForSearch(n.body.tags.join('\n')),
    quote: n.kind === 'highlight' ? normalizeForSearch(n.target.selector[0].exact) : '',
  };
}

const count = (text: string, term: string): number => {
  let c = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) c++;
  return c;
};

/**
 * Searches notes, tags and highlighted quotes with the search box syntax (every term must
 * occur in some field; excluded terms in none). A linear scan: a reader's notes number in
 * the thousands at most. Sorted by hit count, then most recently modified. Never throws.
 */
export function searchNotes(notes: readonly (Annotation | ArticleNote)[], query: string): NoteHit[] {
  const { include, exclude } = parseQuery(query);
  if (include.length === 0) return [];
  const hits: (NoteHit & { readonly modified: string })[] = [];
  for (const n of notes) {
    const f = fieldsOf(n);
    const all = `${f.note}\n${f.tags}\n${f.quote}`;
    if (exclude.some((t) => all.includes(t)) || !include.every((t) => all.includes(t))) continue;
    const fields = (['note', 'tags', 'quote'] as const).filter((k) => include.some((t) => f[k].includes(t)));
    const hitCount = include.reduce((sum, t) => sum + count(all, t), 0);
    const articleId = n.kind === 'highlight' ? n.target.source : n.articleId;
    hits.push({ label: 'note', noteId: n.id, articleId, kind: n.kind, fields, hitCount, modified: n.modified });
  }
  hits.sort((a, b) => b.hitCount - a.hitCount || b.modified.localeCompare(a.modified));
  return hits.map(({ modified: _modified, ...hit }) => hit);
}

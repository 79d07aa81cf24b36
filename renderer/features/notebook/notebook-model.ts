import { anchorArticle, type EarlierText } from '../../../corpus/anchoring';
import { blockIndexAt, blockStarts, COLORS, type Article, type HighlightColor } from '../../../corpus/model';
import { normalizeForSearch } from '../../../corpus/search';
import type { StoredAnnotation, TeamNote } from '../../store/records';

/** How the notebook groups its entries. */
export type NotebookGrouping = 'article' | 'tag' | 'color';
export const GROUPINGS: readonly NotebookGrouping[] = ['article', 'tag', 'color'];

/** The article an entry belongs to, as far as the notebook needs it. */
export interface EntryArticle {
  readonly id: string;
  readonly title: string;
  /** Position in the library (bundled first, then imported), for ordering groups. */
  readonly order: number;
}

/** One annotation as the notebook shows it. */
export interface NotebookEntry {
  readonly annotation: StoredAnnotation;
  /** Absent when the article was removed: the annotation is still listed, never hidden. */
  readonly article: EntryArticle | undefined;
  /** Quote, note and tags joined, as typed: what the text filter looks in, once folded (`SearchKeys`). */
  readonly searchText: string;
  /** A colleague's note (read-only, from a shared pack); absent for the user's own. */
  readonly author?: EntryAuthor | undefined;
}

/** Who wrote a colleague's note. */
export interface EntryAuthor {
  readonly id: string;
  readonly name: string;
}

/** Author filter: only the user's own notes, or one colleague's (by author id). Absent keeps everyone's. */
export type AuthorFilter = { readonly kind: 'me' } | { readonly kind: 'colleague'; readonly id: string };

/** Tag filter: a tag, or only annotations without tags. */
export type TagFilter = { readonly kind: 'tag'; readonly tag: string } | { readonly kind: 'untagged' };

export interface NotebookFilter {
  /** Keep these colours; empty keeps all. */
  readonly colors: readonly HighlightColor[];
  readonly tag?: TagFilter | undefined;
  /** Words typed by the user; every word must occur (NFKC- and case-insensitive). */
  readonly text: string;
  readonly author?: AuthorFilter | undefined;
}

export type GroupKey =
  | { readonly kind: 'article'; readonly article: EntryArticle }
  | { readonly kind: 'removed' }
  | { readonly kind: 'tag'; readonly tag: string }
  | { readonly kind: 'untagged' }
  | { readonly kind: 'color'; readonly color: HighlightColor };

export interface NotebookGroup {
  /** Unique among groups, stable across renders (React keys, scroll anchoring). */
  readonly id: string;
  readonly key: GroupKey;
  readonly entries: readonly NotebookEntry[];
}

const searchTextOf = (a: StoredAnnotation): string => [a.target.selector[0].exact, a.body.note, ...a.body.tags].join('\n');

/**
 * The folded search text of each entry (NFKC, lowercase, Han variants folded: `normalizeForSearch`),
 * computed once per distinct text and kept while the notebook is open, so a rebuilt entry list
 * (a note saved, an import) folds only what changed. Folding is the costly part of the text
 * filter (5,000 entries ≈ 60 ms); the notebook folds in idle time after its first paint
 * (`warm`), so neither the first paint nor a keystroke waits for it.
 */
export class SearchKeys {
  private readonly keys = new Map<string, string>();

  /** The folded text of one entry. O(text) the first time, O(1) after. */
  keyOf(entry: Pick<NotebookEntry, 'searchText'>): string {
    let key = this.keys.get(entry.searchText);
    if (key === undefined) {
      key = normalizeForSearch(entry.searchText);
      this.keys.set(entry.searchText, key);
    }
    return key;
  }

  /**
   * Folds the entries from `from` on until `more()` says to stop (checked every 64 entries).
   * Returns where to go on next time, `entries.length` when every entry is folded.
   */
  warm(entries: readonly NotebookEntry[], from: number, more: () => boolean): number {
    let i = from;
    while (i < entries.length) {
      this.keyOf(entries[i]!);
      i += 1;
      if (i % 64 === 0 && !more()) break;
    }
    return i;
  }

  /** Forgets texts no entry still holds (edited or deleted notes), once they outnumber the live ones. */
  prune(entries: readonly NotebookEntry[]): void {
    if (this.keys.size <= 2 * entries.length + 64) return;
    const live = new Set(entries.map((e) => e.searchText));
    for (const text of this.keys.keys()) if (!live.has(text)) this.keys.delete(text);
  }
}

/** What an entry needs of its article: the id and the title shown (a full article, or a summary's). */
export interface TitledArticle {
  readonly id: string;
  readonly meta: { readonly title: string };
}

/**
 * Joins annotations with the library. Entries come in reading order per article (by stored
 * position; resolving every anchor here would cost more than the notebook needs). O(n log n);
 * nothing is folded here (see `SearchKeys`).
 */
export function buildEntries(
  annotations: readonly StoredAnnotation[],
  articles: readonly TitledArticle[],
  colleagues: readonly TeamNote[] = [],
): NotebookEntry[] {
  const byId = new Map<string, EntryArticle>();
  articles.forEach((a, order) => byId.set(a.id, { id: a.id, title: a.meta.title, order }));
  const own: NotebookEntry[] = annotations.map((annotation) => ({ annotation, article: byId.get(annotation.articleId), searchText: searchTextOf(annotation) }));
  // A colleague's note keeps its team id (`<pack>/<author>/<annotation>`) so it never collides with one of mine.
  const theirs: NotebookEntry[] = colleagues.map((n) => {
    const annotation: StoredAnnotation = { ...n.annotation, id: n.id, articleId: n.articleId };
    return { annotation, article: byId.get(n.articleId), searchText: searchTextOf(annotation), author: { id: n.authorId, name: n.authorName } };
  });
  return (theirs.length === 0 ? own : own.concat(theirs)).sort(compareEntries);
}

/** The colleagues with notes among the entries, by name (zh collation); empty without a team. */
export function entryAuthors(entries: readonly NotebookEntry[]): EntryAuthor[] {
  const byId = new Map<string, EntryAuthor>();
  for (const { author } of entries) if (author && !byId.has(author.id)) byId.set(author.id, author);
  return [...byId.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** Whether an entry's author passes the filter (absent filter: everyone). O(1). */
export function matchesAuthor(author: EntryAuthor | undefined, filter: AuthorFilter | undefined): boolean {
  if (!filter) return true;
  return filter.kind === 'me' ? author === undefined : author?.id === filter.id;
}

function compareEntries(a: NotebookEntry, b: NotebookEntry): number {
  const orderA = a.article?.order ?? Number.MAX_SAFE_INTEGER;
  const orderB = b.article?.order ?? Number.MAX_SAFE_INTEGER;
  if (orderA !== orderB) return orderA - orderB;
  if (a.annotation.articleId !== b.annotation.articleId) return a.annotation.articleId < b.annotation.articleId ? -1 : 1;
  const startA = a.annotation.target.selector[1].start;
  const startB = b.annotation.target.selector[1].start;
  return startA - startB || (a.annotation.created < b.annotation.created ? -1 : a.annotation.created > b.annotation.created ? 1 : 0);
}

/** The words of a filter text, folded like the entries' search texts. */
export function queryWords(text: string): string[] {
  // An empty box folds nothing (the folding tables are built on first real use, not at first paint).
  if (text.trim() === '') return [];
  return normalizeForSearch(text).split(/\s+/).filter(Boolean);
}

/** Whether an entry passes the filter (colour and tag first: they cost nothing, the text may need folding). */
export function matchesNotebookFilter(entry: NotebookEntry, filter: NotebookFilter, words = queryWords(filter.text), keys = new SearchKeys()): boolean {
  const { annotation } = entry;
  if (!matchesAuthor(entry.author, filter.author)) return false;
  if (filter.colors.length > 0 && !filter.colors.includes(annotation.color)) return false;
  if (filter.tag) {
    if (filter.tag.kind === 'untagged' ? annotation.body.tags.length > 0 : !annotation.body.tags.includes(filter.tag.tag)) return false;
  }
  if (words.length === 0) return true;
  const key = keys.keyOf(entry);
  return words.every((w) => key.includes(w));
}

/** The entries that pass the filter, order kept. O(n · words) once `keys` holds every entry's folded text. */
export function filterEntries(entries: readonly NotebookEntry[], filter: NotebookFilter, keys = new SearchKeys()): NotebookEntry[] {
  const words = queryWords(filter.text);
  if (filter.colors.length === 0 && !filter.tag && !filter.author && words.length === 0) return [...entries];
  return entries.filter((e) => matchesNotebookFilter(e, filter, words, keys));
}

const collator = new Intl.Collator('zh-CN');

/**
 * Groups entries, keeping their order inside each group.
 * - article: library order; annotations of removed articles gather in one last group.
 * - tag: one group per tag (an entry with two tags appears in both), tags in collation order, untagged last.
 * - color: the toolbar's colour order.
 * Empty groups are left out.
 */
export function groupEntries(entries: readonly NotebookEntry[], grouping: NotebookGrouping): NotebookGroup[] {
  switch (grouping) {
    case 'article': {
      // Keyed by the entry's article object (one per article, from buildEntries): no string per entry.
      const groups = new Map<EntryArticle | undefined, NotebookEntry[]>();
      for (const entry of entries) {
        const list = groups.get(entry.article);
        if (list) list.push(entry);
        else groups.set(entry.article, [entry]);
      }
      const order = (article: EntryArticle | undefined) => article?.order ?? Number.MAX_SAFE_INTEGER;
      return [...groups]
        .sort(([a], [b]) => order(a) - order(b))
        .map(([article, list]) =>
          article
            ? { id: `article:${article.id}`, key: { kind: 'article', article }, entries: list }
            : { id: 'removed', key: { kind: 'removed' }, entries: list },
        );
    }
    case 'tag': {
      const byTag = new Map<string, NotebookEntry[]>();
      const untagged: NotebookEntry[] = [];
      for (const entry of entries) {
        const tags = entry.annotation.body.tags;
        if (tags.length === 0) untagged.push(entry);
        for (const tag of new Set(tags)) {
          const list = byTag.get(tag);
          if (list) list.push(entry);
          else byTag.set(tag, [entry]);
        }
      }
      const groups: NotebookGroup[] = [...byTag]
        .sort(([a], [b]) => collator.compare(a, b))
        .map(([tag, list]) => ({ id: `tag:${tag}`, key: { kind: 'tag', tag }, entries: list }));
      if (untagged.length > 0) groups.push({ id: 'untagged', key: { kind: 'untagged' }, entries: untagged });
      return groups;
    }
    case 'color':
      return COLORS.map((color) => ({
        id: `color:${color}`,
        key: { kind: 'color', color } as const,
        entries: entries.filter((e) => e.annotation.color === color),
      })).filter((g) => g.entries.length > 0);
    default: {
      const unknown: never = grouping;
      throw new Error(`unknown grouping: ${String(unknown)}`);
    }
  }
}

export interface TagCount {
  readonly tag: string;
  readonly count: number;
}

/** Every tag with how many annotations carry it, most used first; and how many have none. */
export function tagCounts(entries: readonly NotebookEntry[]): { tags: TagCount[]; untagged: number } {
  const counts = new Map<string, number>();
  let untagged = 0;
  for (const { annotation } of entries) {
    if (annotation.body.tags.length === 0) untagged += 1;
    for (const tag of new Set(annotation.body.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const tags = [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
  return { tags, untagged };
}

/**
 * The id of the block where an annotation starts in the article's current text: the resolved
 * anchor when it still attaches, else the stored position (clamped), so an orphan still opens
 * the reader near where it was. O(text) for the resolve, then O(log blocks).
 */
export function blockOfAnnotation(
  article: Pick<Article, 'blocks' | 'contentHash'>,
  annotation: Pick<StoredAnnotation, 'target'>,
  earlier: readonly EarlierText[] = [],
): string | undefined {
  if (article.blocks.length === 0) return undefined;
  const { text, anchored } = anchorArticle(article, [annotation], undefined, earlier);
  const start = anchored[0]?.start ?? Math.min(Math.max(0, annotation.target.selector[1].start), text.length);
  return article.blocks[blockIndexAt(blockStarts(article.blocks), start)]!.id;
}

/**
 * Ids of the annotations that no longer attach to their article's current text (orphans), so
 * the notebook can mark them. A target made on the article's current text (same content hash)
 * attaches by position and costs nothing; only the others are anchored (`anchorArticle`), once
 * per article, through the earlier texts they were made on (`earlierByArticle`, see
 * `useEarlierTextsByArticle`), so a note an update left unanchored is marked as such.
 */
export function unanchoredIds(
  annotations: readonly StoredAnnotation[],
  articleById: ReadonlyMap<string, Pick<Article, 'blocks' | 'contentHash'>>,
  cache: UnanchoredCache = new Map(),
  earlierByArticle: ReadonlyMap<string, readonly EarlierText[]> = new Map(),
): Set<string> {
  const changed = new Map<string, StoredAnnotation[]>();
  for (const annotation of annotations) {
    const article = articleById.get(annotation.articleId);
    if (!article || annotation.target.contentHash === article.contentHash) continue;
    const list = changed.get(annotation.articleId);
    if (list) list.push(annotation);
    else changed.set(annotation.articleId, [annotation]);
  }
  const out = new Set<string>();
  for (const [articleId, list] of changed) {
    const article = articleById.get(articleId)!;
    const earlier = earlierByArticle.get(articleId) ?? [];
    const key = `${article.contentHash}\u0000${earlier.map((e) => e.hash).join(',')}\u0000${list.map(targetKey).join('\u0000')}`;
    let orphans = cache.get(articleId);
    if (orphans?.key !== key) {
      orphans = { key, ids: anchorArticle(article, list, undefined, earlier).orphans.map((o) => o.annotation.id) };
      cache.set(articleId, orphans);
    }
    for (const id of orphans.ids) out.add(id);
  }
  for (const articleId of cache.keys()) if (!changed.has(articleId)) cache.delete(articleId);
  return out;
}

/**
 * Per article, the orphans found last time and what they were found on (its text's hash and the
 * targets), so `unanchoredIds` anchors again only the articles whose text or notes changed.
 */
export type UnanchoredCache = Map<string, { readonly key: string; readonly ids: readonly string[] }>;

/** Everything anchoring reads from an annotation, as one string. */
const targetKey = (a: StoredAnnotation): string => {
  const [quote, position] = a.target.selector;
  return JSON.stringify([a.id, a.target.contentHash, quote.exact, quote.prefix, quote.suffix, position.start, position.end]);
};

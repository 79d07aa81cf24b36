import { useCallback, useEffect, useMemo, useState } from 'react';
import { COLORS, type Article, type HighlightColor } from '../../../corpus/model';
import { useI18n, type Translate } from '../../ui/i18n';
import { navigate } from '../../ui/router';
import { useAllAnnotations } from '../../store/annotations-repo';
import { useEarlierTextsByArticle } from '../../store/article-versions-repo';
import { useLibrary } from '../../store/library-repo';
import { useNotebookSummary } from '../../store/live-data';
import type { StoredAnnotation, TeamNote } from '../../store/records';
import { useTeamNotes } from '../../store/team/team-service';
import { useColorNames } from '../../ui/color-names';
import {
  blockOfAnnotation,
  buildEntries,
  type TitledArticle,
  entryAuthors,
  filterEntries,
  groupEntries,
  tagCounts,
  type AuthorFilter,
  type GroupKey,
  type NotebookEntry,
  type NotebookGrouping,
  SearchKeys,
  type TagFilter,
  unanchoredIds,
  type UnanchoredCache,
} from './notebook-model';
import { memoizeLast } from '../../ui/memoize-last';
import { VirtualList } from '../../ui/VirtualList';
import { EntryCard, estimateEntryHeight } from './EntryCard';
import { ME_VALUE, NotebookFilters, UNTAGGED_VALUE } from './NotebookFilters';
import { useWarmSearchKeys } from './use-warm-search-keys';
import { useKeepNotebookSummary } from './use-notebook-summary';

type Row =
  | { readonly kind: 'group'; readonly id: string; readonly key: GroupKey; readonly count: number }
  | { readonly kind: 'entry'; readonly id: string; readonly entry: NotebookEntry };

const NO_COLLEAGUE_NOTES: readonly TeamNote[] = [];

function groupLabel(key: GroupKey, t: Translate, colorNames: Record<HighlightColor, string>): string {
  switch (key.kind) {
    case 'article':
      return key.article.title;
    case 'removed':
      return t('notebook.removed');
    case 'tag':
      return `#${key.tag}`;
    case 'untagged':
      return t('notebook.untagged');
    case 'color':
      return colorNames[key.color];
  }
}

// Row height guesses (px) until measured.
const estimateRow = (row: Row): number => (row.kind === 'group' ? 52 : estimateEntryHeight(row.entry));

/** No orphan marked while the earlier texts are read (a moment, and only after an update). */
const NO_ORPHANS: ReadonlySet<string> = new Set();

/**
 * Kept from one visit of the notebook to the next (the shared data arrays are the same objects
 * until something changes): the folded search texts and the unanchored-note verdicts are keyed
 * by content, the entry list by its inputs, so coming back from the library rebuilds nothing.
 */
const SEARCH_KEYS = new SearchKeys();
const ORPHAN_CACHE: UnanchoredCache = new Map();
const NO_ANNOTATIONS: readonly StoredAnnotation[] = [];
const entriesOf = memoizeLast(buildEntries);

/** Every annotation across all briefings: grouped, filtered, one click from its passage. */
export function NotebookView() {
  const { t } = useI18n();
  const colorNames = useColorNames();
  const annotations = useAllAnnotations();
  const { articles, loaded } = useLibrary();
  const [grouping, setGrouping] = useState<NotebookGrouping>('article');
  const [colors, setColors] = useState<readonly HighlightColor[]>([]);
  const [tagValue, setTagValue] = useState('');
  const [authorValue, setAuthorValue] = useState('');
  const teamNotes = useTeamNotes(undefined);
  // Applied on every keystroke: the folded search texts are ready (`useWarmSearchKeys`), so
  // filtering 5,000 entries is a few milliseconds and needs no debounce.
  const [text, setText] = useState('');
  const keys = SEARCH_KEYS;
  const orphanCache = ORPHAN_CACHE;

  const articleById = useMemo(() => new Map<string, Article>(articles.map((a) => [a.id, a])), [articles]);
  // The texts an update replaced, for the notes made on them (none read when every note is on its article's text).
  const earlierTexts = useEarlierTextsByArticle(articles, annotations);
  const live = annotations !== undefined && loaded;
  // Opening cold on the notebook: its one-record summary (checked current by its change stamps)
  // is shown until the full read arrives, moments later, and replaces it.
  const summary = useNotebookSummary();
  const preview = live ? undefined : summary;
  const summaryArticles = useMemo<readonly TitledArticle[]>(() => summary?.articles.map((a) => ({ id: a.id, meta: { title: a.title } })) ?? [], [summary]);
  const summaryOrphans = useMemo<ReadonlySet<string>>(() => new Set(summary?.unanchored ?? []), [summary]);
  const liveOrphans = useMemo(
    () => (earlierTexts === undefined ? undefined : unanchoredIds(annotations ?? [], articleById, orphanCache, earlierTexts)),
    [annotations, articleById, orphanCache, earlierTexts],
  );
  const orphanIds = preview ? summaryOrphans : (liveOrphans ?? (summary ? summaryOrphans : NO_ORPHANS));
  // Without a team (no colleagues' notes) the same empty list throughout, so the entries are not rebuilt when the query settles.
  const colleagueNotes = teamNotes && teamNotes.length > 0 ? teamNotes : NO_COLLEAGUE_NOTES;
  const entries = useMemo(
    () => (preview ? entriesOf(preview.annotations, summaryArticles, colleagueNotes) : entriesOf(annotations ?? NO_ANNOTATIONS, articles, colleagueNotes)),
    [preview, summaryArticles, annotations, articles, colleagueNotes],
  );
  useKeepNotebookSummary(
    useMemo(() => (live && liveOrphans ? { annotations, articles, unanchored: liveOrphans } : undefined), [live, annotations, articles, liveOrphans]),
    summary,
  );
  const authors = useMemo(() => entryAuthors(entries), [entries]);
  const author = useMemo<AuthorFilter | undefined>(
    () => (authorValue === '' ? undefined : authorValue === ME_VALUE ? { kind: 'me' } : { kind: 'colleague', id: authorValue }),
    [authorValue],
  );
  const ready = live || preview !== undefined;
  // Once the list has what its first paint needs (not on each partial read during start-up).
  useWarmSearchKeys(keys, entries, ready);
  const tags = useMemo(() => tagCounts(entries), [entries]);
  const tag = useMemo<TagFilter | undefined>(
    () => (tagValue === '' ? undefined : tagValue === UNTAGGED_VALUE ? { kind: 'untagged' } : { kind: 'tag', tag: tagValue }),
    [tagValue],
  );
  const filtered = useMemo(() => filterEntries(entries, { colors, text, tag, author }, keys), [entries, colors, text, tag, author, keys]);
  const rows = useMemo(() => {
    const out: Row[] = [];
    for (const group of groupEntries(filtered, grouping)) {
      out.push({ kind: 'group', id: group.id, key: group.key, count: group.entries.length });
      for (const entry of group.entries) out.push({ kind: 'entry', id: `${group.id}\u0000${entry.annotation.id}`, entry });
    }
    return out;
  }, [filtered, grouping]);

  // A passage clicked while the summary is shown opens as soon as its article's text is read.
  const [pending, setPending] = useState<NotebookEntry | undefined>(undefined);
  const open = useCallback(
    (entry: NotebookEntry) => {
      if (!live) return setPending(entry);
      const article = articleById.get(entry.annotation.articleId);
      if (!article) return;
      const block = blockOfAnnotation(article, entry.annotation, earlierTexts?.get(article.id));
      navigate({ name: 'reader', articleId: article.id, ...(block ? { block } : {}) });
    },
    [live, articleById, earlierTexts],
  );
  useEffect(() => {
    if (!live || !pending) return;
    setPending(undefined);
    open(pending);
  }, [live, pending, open]);

  const renderRow = useCallback(
    (row: Row) => {
      if (row.kind === 'group') {
        return (
          <h2 className="notebook-group-title">
            {row.key.kind === 'color' && <span className={`color-chip chip-${row.key.color}`} aria-hidden="true" />}
            <span>{groupLabel(row.key, t, colorNames)}</span>
            <span className="notebook-group-count"> · {t('notebook.count', { count: row.count })}</span>
          </h2>
        );
      }
      return <EntryCard entry={row.entry} unanchored={orphanIds.has(row.entry.annotation.id)} colorNames={colorNames} onOpen={open} />;
    },
    [t, colorNames, open, orphanIds],
  );

  const toggleColor = (color: HighlightColor) =>
    setColors((current) => (current.includes(color) ? current.filter((c) => c !== color) : COLORS.filter((c) => c === color || current.includes(c))));

  const total = entries.length;
  return (
    <main className="notebook" aria-labelledby="notebook-title">
      <header className="view-header">
        <h1 id="notebook-title">{t('notebook.title')}</h1>
        <p className="view-subtitle" role="status">
          {!ready
            ? t('notebook.loading')
            : filtered.length === total
              ? t('notebook.count', { count: total })
              : t('notebook.countOf', { count: filtered.length, total })}
        </p>
      </header>
      <NotebookFilters
        grouping={grouping}
        onGrouping={setGrouping}
        colors={colors}
        colorNames={colorNames}
        onToggleColor={toggleColor}
        tagValue={tagValue}
        tags={tags}
        onTag={setTagValue}
        authorValue={authorValue}
        authors={authors}
        onAuthor={setAuthorValue}
        text={text}
        onText={setText}
      />
      {ready && total === 0 && <p className="empty-state">{t('notebook.empty')}</p>}
      {ready && total > 0 && filtered.length === 0 && <p className="empty-state">{t('notebook.noMatch')}</p>}
      {ready && filtered.length > 0 && (
        <VirtualList
          items={rows}
          itemKey={rowKey}
          estimate={estimateRow}
          renderItem={renderRow}
          label={t('notebook.groups')}
          resetKey={`${grouping}|${colors.join()}|${tagValue}|${authorValue}|${text}`}
          className="notebook-list"
        />
      )}
    </main>
  );
}

const rowKey = (row: Row): string => row.id;

import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { COLORS, type Article, type HighlightColor } from '../../../corpus/model';
import { useI18n, type Translate } from '../../ui/i18n';
import { navigate } from '../../ui/router';
import { useAllAnnotations } from '../../store/annotations-repo';
import { useEarlierTextsByArticle } from '../../store/article-versions-repo';
import { useLibrary } from '../../store/library-repo';
import type { TeamNote } from '../../store/records';
import { useTeamNotes } from '../../store/team/team-service';
import { initialsOf } from '../../../corpus/sync/team-docs';
import { NoteMarkdown } from '../../ui/NoteMarkdown';
import { useColorNames } from '../../ui/color-names';
import {
  blockOfAnnotation,
  buildEntries,
  entryAuthors,
  filterEntries,
  GROUPINGS,
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
import { VirtualList } from '../../ui/VirtualList';

type Row =
  | { readonly kind: 'group'; readonly id: string; readonly key: GroupKey; readonly count: number }
  | { readonly kind: 'entry'; readonly id: string; readonly entry: NotebookEntry };

const UNTAGGED_VALUE = '\u0000untagged';
/** The author select's value for the user's own notes ('' is everyone, any other value an author id). */
const ME_VALUE = '\u0000me';
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

// Row height guesses (px) until measured: quote up to 3 lines, a note, tags, footer. Kept per
// annotation object (the list asks for every row's guess after each measuring pass).
const estimates = new WeakMap<NotebookEntry['annotation'], number>();
function estimateRow(row: Row): number {
  if (row.kind === 'group') return 52;
  const { annotation } = row.entry;
  const known = estimates.get(annotation);
  if (known !== undefined) return known;
  const estimate = estimateAnnotation(annotation);
  estimates.set(annotation, estimate);
  return estimate;
}

function estimateAnnotation(annotation: NotebookEntry['annotation']): number {
  const quoteLines = Math.min(3, Math.ceil(annotation.target.selector[0].exact.length / 40));
  const noteLines = annotation.body.note ? Math.min(6, annotation.body.note.split('\n').length + Math.floor(annotation.body.note.length / 60)) : 0;
  return 48 + quoteLines * 26 + noteLines * 22 + (annotation.body.tags.length > 0 ? 28 : 0);
}

// Memoized: a filter change re-renders only the rows that are new on screen.
const EntryCard = memo(function EntryCard({
  entry,
  unanchored,
  colorNames,
  onOpen,
}: {
  entry: NotebookEntry;
  unanchored: boolean;
  colorNames: Record<HighlightColor, string>;
  onOpen: (entry: NotebookEntry) => void;
}) {
  const { t, formatDate } = useI18n();
  const { annotation, article, author } = entry;
  const { note, tags } = annotation.body;
  return (
    <div className={author ? 'notebook-entry notebook-entry-colleague' : 'notebook-entry'} data-annotation-id={annotation.id}>
      {author && (
        <p className="notebook-author">
          <span className="colleague-marker-inline" aria-hidden="true">
            {initialsOf(author.name)}
          </span>
          <span>{t('team.noteBy', { name: author.name })}</span>
        </p>
      )}
      <button type="button" className="annotation-quote" onClick={() => onOpen(entry)} disabled={!article}>
        <span className={`color-chip chip-${annotation.color}`} role="img" aria-label={colorNames[annotation.color]} />
        <span className="quote-text">{annotation.target.selector[0].exact}</span>
        {unanchored && <span className="badge badge-unanchored">{t('notebook.unanchored')}</span>}
      </button>
      {note && <NoteMarkdown text={note} />}
      {tags.length > 0 && (
        <ul className="tag-list" aria-label={t('note.tags')}>
          {tags.map((tag) => (
            <li key={tag} className="tag">
              #{tag}
            </li>
          ))}
        </ul>
      )}
      <p className="annotation-footer">
        <span className="notebook-color-name">{colorNames[annotation.color]}</span>
        <span className="notebook-article-title">{article?.title ?? t('notebook.removed')}</span>
        <time dateTime={annotation.modified}>{formatDate(annotation.modified)}</time>
      </p>
    </div>
  );
});

/** Time given to folding search texts per idle slice, so the page stays responsive meanwhile. */
const WARM_SLICE_MS = 8;

/**
 * Folds every entry's search text in slices after the list is on screen, so the first paint
 * does not wait for it and the first keystroke finds it done. The first slice waits for an idle
 * moment (at most half a second): it also builds the folding tables once per start, about 50 ms,
 * which must not land before the first paint. Typing before it finishes folds the rest on demand.
 */
function useWarmSearchKeys(keys: SearchKeys, entries: readonly NotebookEntry[], ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    keys.prune(entries);
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const until = performance.now() + WARM_SLICE_MS;
      next = keys.warm(entries, next, () => performance.now() < until);
      if (next < entries.length) timer = setTimeout(slice, 0);
    };
    if (typeof requestIdleCallback !== 'function') timer = setTimeout(slice, 0);
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(slice, { timeout: 500 }) : undefined;
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [keys, entries, ready]);
}

/** No orphan marked while the earlier texts are read (a moment, and only after an update). */
const NO_ORPHANS: ReadonlySet<string> = new Set();

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
  const keys = useRef(new SearchKeys()).current;
  const orphanCache = useRef<UnanchoredCache>(new Map()).current;

  const articleById = useMemo(() => new Map<string, Article>(articles.map((a) => [a.id, a])), [articles]);
  // The texts an update replaced, for the notes made on them (none read when every note is on its article's text).
  const earlierTexts = useEarlierTextsByArticle(articles, annotations);
  const orphanIds = useMemo(
    () => (earlierTexts === undefined ? NO_ORPHANS : unanchoredIds(annotations ?? [], articleById, orphanCache, earlierTexts)),
    [annotations, articleById, orphanCache, earlierTexts],
  );
  // Without a team (no colleagues' notes) the same empty list throughout, so the entries are not rebuilt when the query settles.
  const colleagueNotes = teamNotes && teamNotes.length > 0 ? teamNotes : NO_COLLEAGUE_NOTES;
  const entries = useMemo(() => buildEntries(annotations ?? [], articles, colleagueNotes), [annotations, articles, colleagueNotes]);
  const authors = useMemo(() => entryAuthors(entries), [entries]);
  const author = useMemo<AuthorFilter | undefined>(
    () => (authorValue === '' ? undefined : authorValue === ME_VALUE ? { kind: 'me' } : { kind: 'colleague', id: authorValue }),
    [authorValue],
  );
  const ready = annotations !== undefined && loaded;
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

  const open = useCallback(
    (entry: NotebookEntry) => {
      const article = articleById.get(entry.annotation.articleId);
      if (!article) return;
      const block = blockOfAnnotation(article, entry.annotation, earlierTexts?.get(article.id));
      navigate({ name: 'reader', articleId: article.id, ...(block ? { block } : {}) });
    },
    [articleById, earlierTexts],
  );

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
      <div className="notebook-filters">
        <fieldset className="segmented">
          <legend>{t('notebook.groupBy')}</legend>
          {GROUPINGS.map((g) => (
            <label key={g} className="segment">
              <input type="radio" name="notebook-grouping" value={g} checked={grouping === g} onChange={() => setGrouping(g)} />
              <span>{t(`notebook.group.${g}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="color-filter">
          <legend>{t('notebook.colors')}</legend>
          {COLORS.map((color) => (
            <label key={color} className="color-filter-chip">
              <input type="checkbox" checked={colors.includes(color)} onChange={() => toggleColor(color)} />
              <span className={`color-chip chip-${color}`} aria-hidden="true" />
              <span>{colorNames[color]}</span>
            </label>
          ))}
        </fieldset>
        <label className="notebook-tag-filter">
          <span>{t('notebook.tag')}</span>
          <select value={tagValue} onChange={(e) => setTagValue(e.target.value)}>
            <option value="">{t('notebook.allTags')}</option>
            {tags.tags.map(({ tag: name, count }) => (
              <option key={name} value={name}>
                {t('figures.option', { name: `#${name}`, count })}
              </option>
            ))}
            {tags.untagged > 0 && <option value={UNTAGGED_VALUE}>{t('figures.option', { name: t('notebook.untagged'), count: tags.untagged })}</option>}
          </select>
        </label>
        {authors.length > 0 && (
          <label className="notebook-author-filter">
            <span>{t('team.author')}</span>
            <select value={authorValue} onChange={(e) => setAuthorValue(e.target.value)}>
              <option value="">{t('team.authorAll')}</option>
              <option value={ME_VALUE}>{t('team.authorMe')}</option>
              {authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <input
          type="search"
          className="notebook-search"
          aria-label={t('notebook.search')}
          placeholder={t('notebook.filter')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
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

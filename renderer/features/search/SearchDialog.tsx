import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { COLORS, type Article, type HighlightColor } from '../../../corpus/model';
import { search, searchNotes, type Snippet } from '../../../corpus/search';
import { useI18n } from '../../ui/i18n';
import { navigate } from '../../ui/router';
import { useAllAnnotations } from '../../store/annotations-repo';
import { useAllArticleNotes } from '../../store/article-notes-repo';
import { useLibrary } from '../../store/library-repo';
import { useColorNames } from '../../ui/color-names';
import { useSearchIndex } from '../../store/search-index';
import type { TeamNote } from '../../store/records';
import { useTeamNotes } from '../../store/team/team-service';
import { keepsAuthor, ME_AUTHOR } from './search-service';
import { Modal } from '../../ui/Modal';

type Result =
  | {
      readonly kind: 'article';
      readonly key: string;
      readonly article: Article;
      readonly hitCount: number;
      readonly section: string | undefined;
      readonly snippet: Snippet | null;
      readonly blockId: string | undefined;
    }
  | {
      readonly kind: 'note';
      readonly key: string;
      readonly article: Article | undefined;
      readonly articleId: string;
      readonly text: string;
      readonly quote: string | undefined;
      readonly color: HighlightColor | undefined;
      readonly blockHint: number | undefined;
      readonly authorName: string | undefined;
    };

function Marked({ snippet }: { snippet: Snippet }) {
  const parts: ReactNode[] = [];
  let at = 0;
  // The ranges are offsets in the block's text; the snippet text starts at `snippet.start`.
  snippet.ranges.forEach((r, i) => {
    const start = r.start - snippet.start;
    const end = r.end - snippet.start;
    if (start > at) parts.push(snippet.text.slice(at, start));
    parts.push(<mark key={i}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  });
  parts.push(snippet.text.slice(at));
  return (
    <span className="search-snippet">
      {snippet.start > 0 ? '…' : ''}
      {parts}…
    </span>
  );
}

/** A note's text without the Markdown-lite markers (`**bold**`, list dashes, link syntax), for a one-line title. */
const plain = (note: string) =>
  note
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

function sectionOf(article: Article, blockId: string | undefined): string | undefined {
  let heading: string | undefined;
  for (const block of article.blocks) {
    if (block.kind === 'heading') heading = block.text;
    if (block.id === blockId) return heading;
  }
  return undefined;
}

/** Global search (Ctrl/Cmd+K): articles and notes, results as you type. */
export function SearchDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { articles } = useLibrary();
  const annotations = useAllAnnotations();
  const articleNotes = useAllArticleNotes();
  const teamNotes = useTeamNotes(undefined);
  const colorNames = useColorNames();
  const [query, setQuery] = useState('');
  const [source, setSource] = useState('');
  const [year, setYear] = useState('');
  const [color, setColor] = useState<HighlightColor | ''>('');
  const [hasNotes, setHasNotes] = useState(false);
  const [author, setAuthor] = useState('');
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  // Built once at start-up and kept up to date (store/search-index); `ready` is false while imports are being indexed.
  const { index, ready } = useSearchIndex();
  const byId = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const annotated = useMemo(() => new Set((annotations ?? []).map((a) => a.articleId)), [annotations]);
  const sources = useMemo(() => [...new Set(articles.map((a) => a.meta.source).filter((s): s is string => !!s))], [articles]);
  // Colleagues' notes (read-only, from shared packs) are searched like mine, under their team id so ids never collide.
  const colleagues = useMemo(() => {
    const byId = new Map<string, TeamNote>();
    for (const n of teamNotes ?? []) byId.set(n.id, n);
    const notes = (teamNotes ?? []).map((n) => ({ ...n.annotation, id: n.id }));
    const people = new Map<string, string>();
    for (const n of teamNotes ?? []) people.set(n.authorId, n.authorName);
    return { byId, notes, people: [...people].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')) };
  }, [teamNotes]);
  const years = useMemo(() => [...new Set(articles.map((a) => a.meta.year).filter((y): y is number => !!y))].sort(), [articles]);

  const results = useMemo((): Result[] => {
    if (!deferred.trim()) return [];
    const keep = (id: string) => {
      const a = byId.get(id);
      return !!a && (!source || a.meta.source === source) && (!year || String(a.meta.year) === year) && (!hasNotes || annotated.has(id));
    };
    const articleResults: Result[] =
      color || author
        ? []
        : search(index, deferred, { limit: 30, filter: keep }).map((hit) => {
            const article = byId.get(hit.articleId)!;
            const blockId = hit.blocks[0]?.blockId;
            return {
              kind: 'article',
              key: `a:${hit.articleId}`,
              article,
              hitCount: hit.hitCount,
              section: sectionOf(article, hit.snippet?.blockId ?? blockId),
              snippet: hit.snippet,
              blockId,
            };
          });
    const notes = [...(annotations ?? []), ...(articleNotes ?? []), ...colleagues.notes];
    const noteById = new Map(notes.map((n) => [n.id, n]));
    const noteResults: Result[] = searchNotes(notes, deferred).flatMap((hit) => {
      const record = noteById.get(hit.noteId);
      if (!record) return [];
      const colleague = colleagues.byId.get(hit.noteId);
      if (!keepsAuthor(author, colleague)) return [];
      const noteColor = record.kind === 'highlight' ? record.color : undefined;
      if (color && noteColor !== color) return [];
      if ((source || year) && !keep(hit.articleId)) return [];
      return [
        {
          kind: 'note' as const,
          key: `n:${hit.noteId}`,
          article: byId.get(hit.articleId),
          articleId: hit.articleId,
          text: record.body.note || record.body.tags.map((tag) => `#${tag}`).join(' '),
          quote: record.kind === 'highlight' ? record.target.selector[0].exact : undefined,
          color: noteColor,
          blockHint: record.kind === 'highlight' ? record.target.selector[1].start : undefined,
          authorName: colleague?.authorName,
        },
      ];
    });
    return [...articleResults, ...noteResults];
  }, [deferred, index, byId, source, year, color, hasNotes, annotated, annotations, articleNotes, colleagues, author]);

  useEffect(() => setActive(0), [results]);
  useEffect(() => inputRef.current?.focus(), []);

  const open = (result: Result) => {
    onClose();
    if (result.kind === 'article')
      navigate({ name: 'reader', articleId: result.article.id, find: deferred.trim(), ...(result.blockId ? { block: result.blockId } : {}) });
    else {
      const quote = result.quote;
      navigate({ name: 'reader', articleId: result.articleId, ...(quote ? { find: quote.slice(0, 40) } : {}) });
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(results.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter' && !(e.nativeEvent as globalThis.KeyboardEvent).isComposing && results[active]) {
      e.preventDefault();
      open(results[active]);
    }
  };
  const activeKey = results[active]?.key;
  return (
    <Modal className="dialog search-dialog" aria-label={t('search.title')} onKeyDown={onKey} onClose={onClose} closeOnBackdrop>
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-activedescendant={activeKey ? `${listId}-${activeKey}` : undefined}
        aria-label={t('search.placeholder')}
        placeholder={t('search.placeholder')}
        value={query}
        maxLength={5000}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div className="search-filters">
        <select aria-label={t('search.anySource')} value={source} onChange={(e) => setSource(e.target.value)}>
          <option value="">{t('search.anySource')}</option>
          {sources.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select aria-label={t('search.anyYear')} value={year} onChange={(e) => setYear(e.target.value)}>
          <option value="">{t('search.anyYear')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <select aria-label={t('notebook.allColors')} value={color} onChange={(e) => setColor(e.target.value as HighlightColor | '')}>
          <option value="">{t('notebook.allColors')}</option>
          {COLORS.map((c) => (
            <option key={c} value={c}>
              {colorNames[c]}
            </option>
          ))}
        </select>
        {colleagues.people.length > 0 && (
          <select aria-label={t('team.author')} value={author} onChange={(e) => setAuthor(e.target.value)}>
            <option value="">{t('team.anyAuthor')}</option>
            <option value={ME_AUTHOR}>{t('team.authorMe')}</option>
            {colleagues.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={hasNotes} onChange={(e) => setHasNotes(e.target.checked)} />
          {t('search.hasNotes')}
        </label>
      </div>
      <p className="search-status" role="status" aria-busy={!ready}>
        {!deferred.trim()
          ? ''
          : !ready
            ? results.length
              ? t('search.resultsIndexing', { count: results.length })
              : t('search.indexing')
            : results.length
              ? t('search.results', { count: results.length })
              : t('search.noResults', { query: deferred.trim().slice(0, 40) })}
      </p>
      <ul id={listId} className="search-results" role="listbox" aria-label={t('search.title')}>
        {results.map((r, i) => (
          <li
            key={r.key}
            id={`${listId}-${r.key}`}
            role="option"
            aria-selected={i === active}
            className="search-result"
            onMouseEnter={() => setActive(i)}
            onClick={() => open(r)}
          >
            {r.kind === 'article' ? (
              <>
                <span className="search-kind">{t('search.article')}</span>
                <span className="search-title">{r.article.meta.title}</span>
                {r.section && <span className="search-section">{r.section}</span>}
                <span className="search-count">{t('search.hits', { count: r.hitCount })}</span>
                {r.snippet && <Marked snippet={r.snippet} />}
              </>
            ) : (
              <>
                <span className="search-kind search-kind-note">{t('search.note')}</span>
                <span className="search-title">
                  {r.color && <span className={`color-chip chip-${r.color}`} aria-hidden="true" />}
                  {plain(r.text).slice(0, 80) || r.quote?.slice(0, 80)}
                </span>
                {r.authorName && <span className="search-author">{t('team.noteBy', { name: r.authorName })}</span>}
                <span className="search-section">{r.article?.meta.title ?? r.articleId}</span>
                {r.quote && <span className="search-snippet">“{r.quote.slice(0, 90)}”</span>}
              </>
            )}
          </li>
        ))}
      </ul>
    </Modal>
  );
}

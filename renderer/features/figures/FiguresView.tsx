import { useCallback, useMemo, useState } from 'react';
import type { KeyFigure } from '../../../corpus/figures';
import type { Article } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';
import { navigate } from '../../ui/router';
import { useToast } from '../../ui/toast';
import { putAnnotation, useAllAnnotations } from '../../store/annotations-repo';
import { useLibrary } from '../../store/library-repo';
import { useServices } from '../../store/services';
import { classifyStorageError } from '../../store/storage-errors';
import { newAnnotation } from '../../store/new-annotation';
import { useColorNames } from '../../ui/color-names';
import { figuresOf, highlightedSpans, isHighlighted, placeCounts, queryFigures, sentenceSnippet, unitCounts, type FigureSort } from './figures-model';
import { describeError } from '../../ui/i18n/describe-error';

/** Rows shown at first and added per "show more": the table stays quick with thousands of figures. */
const PAGE = 300;

function FigureRow({
  figure,
  title,
  highlighted,
  highlightName,
  onGo,
  onHighlight,
}: {
  figure: KeyFigure;
  title: string;
  highlighted: boolean;
  highlightName: string;
  onGo: (figure: KeyFigure) => void;
  onHighlight: (figure: KeyFigure) => void;
}) {
  const { t } = useI18n();
  const snippet = sentenceSnippet(figure.sentence, figure.raw);
  return (
    <tr data-figure-id={figure.id}>
      <th scope="row" className="figure-raw">
        {figure.raw}
      </th>
      <td className="figure-unit">{figure.unit}</td>
      <td>{figure.metric ?? ''}</td>
      <td className="figure-sentence">
        {snippet.before}
        <strong>{snippet.figure}</strong>
        {snippet.after}
      </td>
      <td className="figure-article">{title}</td>
      <td className="figure-section">{figure.section ?? ''}</td>
      <td className="figure-actions">
        <button type="button" className="tool-button" onClick={() => onGo(figure)}>
          {t('figures.goTo')}
        </button>
        <button type="button" className={`tool-button${highlighted ? ' is-highlighted' : ''}`} disabled={highlighted} onClick={() => onHighlight(figure)}>
          {highlighted && <span className="color-chip chip-green" aria-hidden="true" />}
          {t(highlighted ? 'figures.highlighted' : 'figures.highlight', { name: highlightName })}
        </button>
      </td>
    </tr>
  );
}

/** Number + unit facts from every briefing (or one), sortable and filterable, each one click from its passage. */
export function FiguresView({ articleId = '' }: { articleId?: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const { db } = useServices();
  const colorNames = useColorNames();
  const { articles } = useLibrary();
  const annotations = useAllAnnotations();
  const [sort, setSort] = useState<FigureSort>('article');
  const [unit, setUnit] = useState('');
  const [place, setPlace] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());

  const byId = useMemo(() => new Map<string, Article>(articles.map((a) => [a.id, a])), [articles]);
  const scope = useMemo(() => (articleId ? articles.filter((a) => a.id === articleId) : articles), [articles, articleId]);
  const units = useMemo(() => unitCounts(scope.flatMap((a) => figuresOf(a))), [scope]);
  const places = useMemo(() => placeCounts(scope), [scope]);
  const figures = useMemo(() => queryFigures(articles, { sort, unit, place, articleId }), [articles, sort, unit, place, articleId]);
  const spans = useMemo(() => highlightedSpans(annotations ?? []), [annotations]);
  const articleCount = useMemo(() => new Set(figures.map((f) => f.articleId)).size, [figures]);

  const go = useCallback((figure: KeyFigure) => navigate({ name: 'reader', articleId: figure.articleId, block: figure.blockId }), []);
  const highlight = useCallback(
    async (figure: KeyFigure) => {
      const article = byId.get(figure.articleId);
      if (!article || pending.has(figure.id)) return;
      setPending((p) => new Set(p).add(figure.id));
      try {
        await putAnnotation(db, newAnnotation(article, figure.start, figure.end, 'green', new Date(), crypto.randomUUID()));
        toast(t('toast.highlighted'));
      } catch (error) {
        const failure = classifyStorageError(error);
        toast(failure.kind === 'quota' ? t('note.quotaExceeded') : t('note.saveFailed', { message: describeError(t, error) }), { tone: 'error' });
      } finally {
        setPending((p) => {
          const next = new Set(p);
          next.delete(figure.id);
          return next;
        });
      }
    },
    [byId, db, pending, t, toast],
  );

  const sortHeader = (key: FigureSort, label: string, sortLabel: string) => (
    <th scope="col" aria-sort={sort === key ? (key === 'value' ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        title={sortLabel}
        onClick={() => {
          setSort(key);
          setShown(PAGE);
        }}
      >
        {label}
        <span aria-hidden="true">{sort === key ? (key === 'value' ? ' ↓' : ' ↑') : ' ↕'}</span>
      </button>
    </th>
  );
  const select = (label: string, value: string, onChange: (v: string) => void, all: string, options: readonly { value: string; label: string }[]) => (
    <label className="figures-filter">
      <span>{label}</span>
      <select
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setShown(PAGE);
        }}
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <main className="figures" aria-labelledby="figures-title">
      <header className="view-header">
        <h1 id="figures-title">{t('figures.title')}</h1>
        <p className="view-subtitle" role="status">
          {t('figures.count', { count: figures.length, articles: articleCount })}
        </p>
      </header>
      <div className="figures-filters">
        {select(
          t('figures.article'),
          articleId,
          (id) => navigate(id ? { name: 'figures', articleId: id } : { name: 'figures' }),
          t('figures.allArticles'),
          articles.map((a) => ({ value: a.id, label: t('figures.option', { name: a.meta.title, count: figuresOf(a).length }) })),
        )}
        {select(
          t('figures.unit'),
          unit,
          setUnit,
          t('figures.allUnits'),
          units.map((u) => ({ value: u.name, label: t('figures.option', { name: u.name, count: u.count }) })),
        )}
        {select(
          t('figures.place'),
          place,
          setPlace,
          t('figures.allPlaces'),
          places.map((p) => ({ value: p.name, label: p.name })),
        )}
      </div>
      {figures.length === 0 ? (
        <p className="empty-state">{t('figures.empty')}</p>
      ) : (
        <table className="figures-table" aria-label={t('figures.table')}>
          <thead>
            <tr>
              {sortHeader('value', t('figures.col.figure'), t('figures.sortByValue'))}
              <th scope="col">{t('figures.col.unit')}</th>
              <th scope="col">{t('figures.col.metric')}</th>
              <th scope="col">{t('figures.col.sentence')}</th>
              {sortHeader('article', t('figures.col.article'), t('figures.sortByArticle'))}
              <th scope="col">{t('figures.col.section')}</th>
              <th scope="col">{t('figures.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.slice(0, shown).map((figure) => (
              <FigureRow
                key={figure.id}
                figure={figure}
                title={byId.get(figure.articleId)?.meta.title ?? figure.articleId}
                highlighted={isHighlighted(spans, figure) || pending.has(figure.id)}
                highlightName={colorNames.green}
                onGo={go}
                onHighlight={(f) => void highlight(f)}
              />
            ))}
          </tbody>
        </table>
      )}
      {figures.length > shown && (
        <button type="button" className="tool-button figures-more" onClick={() => setShown((n) => n + PAGE)}>
          {t('figures.more', { count: figures.length - shown })}
        </button>
      )}
    </main>
  );
}

import { useState } from 'react';
import type { Article } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';
import { navigate } from '../../ui/router';
import { useAnnotationCounts } from '../../store/annotations-repo';
import { useLibrary } from '../../store/library-repo';
import { useReadingPositions } from '../../store/positions-repo';
import { DropOverlay, ImportButton, ImportDialog, RemoveArticleDialog, useFileDrop, useImporter } from '../import';
import { readingMinutes } from '../../../corpus/model/reading-time';

function ArticleCard({ article, notes, progress, onRemove }: { article: Article; notes: number; progress: number | undefined; onRemove: () => void }) {
  const { t } = useI18n();
  const { meta } = article;
  const details = [
    meta.source,
    meta.year?.toString(),
    t('library.chars', { count: article.wordCount }),
    t('library.readingTime', { minutes: readingMinutes(article.wordCount) }),
  ].filter(Boolean);
  return (
    <li className="article-card">
      <a
        className="article-card-link"
        href={`#/read/${encodeURIComponent(article.id)}`}
        onClick={(e) => {
          e.preventDefault();
          navigate({ name: 'reader', articleId: article.id });
        }}
      >
        {meta.kicker && <span className="article-card-kicker">{meta.kicker}</span>}
        <span className="article-card-title">{meta.title}</span>
        {meta.subtitle && <span className="article-card-subtitle">{meta.subtitle}</span>}
      </a>
      <p className="article-card-meta">
        {details.join(' · ')}
        {article.origin === 'imported' && <span className="badge badge-imported">{t('library.imported')}</span>}
        {article.origin === 'imported' && (
          <button type="button" className="link-button card-remove" aria-label={t('removeArticle.button', { title: article.meta.title })} onClick={onRemove}>
            {t('library.remove')}
          </button>
        )}
      </p>
      <p className="article-card-meta">
        {notes > 0 && <span className="article-card-notes">{t('library.notes', { count: notes })}</span>}
        {progress !== undefined && progress > 0.01 && (
          <span className="article-card-progress">{t('library.continue', { percent: Math.round(progress * 100) })}</span>
        )}
      </p>
    </li>
  );
}

export function LibraryView() {
  const { t } = useI18n();
  const { articles, loaded } = useLibrary();
  const counts = useAnnotationCounts();
  const positions = useReadingPositions();
  const importer = useImporter();
  const drop = useFileDrop((sources) => void importer.importSources(sources));
  const [removing, setRemoving] = useState<Article | undefined>();
  return (
    <main className="library" aria-labelledby="library-heading" {...drop.handlers}>
      <header className="view-header">
        <h1 id="library-heading">{t('library.title')}</h1>
        {/* Bundled articles show at once; imported ones arrive from the store: until then say so, not a short count. */}
        <p className="view-subtitle" role="status" aria-busy={!loaded}>
          {loaded ? t('library.count', { count: articles.length }) : t('library.loading')}
        </p>
        <ImportButton onClick={() => void importer.pickFiles()} />
      </header>
      {loaded && articles.length === 0 ? (
        <p className="empty-state">{t('library.empty')}</p>
      ) : (
        <ul className="article-grid" aria-label={t('library.title')}>
          {articles.map((article) => (
            <ArticleCard
              key={article.id}
              article={article}
              notes={counts.get(article.id) ?? 0}
              progress={positions.get(article.id)?.progress}
              onRemove={() => setRemoving(article)}
            />
          ))}
        </ul>
      )}
      <DropOverlay drop={drop} />
      {importer.run && <ImportDialog run={importer.run} importer={importer} />}
      {removing && <RemoveArticleDialog article={removing} annotationCount={counts.get(removing.id) ?? 0} onClose={() => setRemoving(undefined)} />}
    </main>
  );
}

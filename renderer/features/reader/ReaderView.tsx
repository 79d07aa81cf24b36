import { useCallback, useRef } from 'react';
import type { Article } from '../../../corpus/model';
import { useI18n } from '../../app/i18n';
import { navigate } from '../../app/router';
import { useArticle } from '../../store/library-repo';
import { useSetting } from '../../store/settings-repo';
import { readingMinutes } from '../library/reading-time';
import { ArticleBody } from './ArticleBody';
import { Outline } from './Outline';
import { scrollToBlock, useReadingPosition } from './use-reading-position';

function ArticleHeader({ article }: { article: Article }) {
  const { meta } = article;
  const details = [meta.source, meta.date ?? meta.year?.toString(), meta.authors.join('、')].filter(Boolean);
  return details.length > 0 ? <p className="article-meta-line">{details.join(' · ')}</p> : null;
}

function Reader({ article, targetBlock }: { article: Article; targetBlock: string | undefined }) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [showParaNumbers] = useSetting('reader.paraNumbers', true);
  const position = useReadingPosition(article, scrollRef, targetBlock);
  const jump = useCallback((blockId: string) => {
    if (scrollRef.current) scrollToBlock(scrollRef.current, blockId, 'smooth');
  }, []);
  const progress = position?.progress ?? 0;
  const minutesLeft = Math.ceil(readingMinutes(article.wordCount) * (1 - progress));
  return (
    <div className="reader">
      <div className="reader-progress" role="progressbar" aria-label={t('reader.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
        <div className="reader-progress-fill" style={{ width: `${progress * 100}%` }} />
      </div>
      <aside className="reader-left">
        <button type="button" className="back-button" onClick={() => navigate({ name: 'library' })}>
          ← {t('reader.back')}
        </button>
        <Outline article={article} currentBlockId={position?.blockId} onJump={jump} />
      </aside>
      <div className="reader-scroll" ref={scrollRef} tabIndex={-1}>
        <article className="reader-article" aria-label={article.meta.title} lang="zh-CN">
          {!article.blocks.some((b) => b.kind === 'title') && <h1 className="block-title">{article.meta.title}</h1>}
          <ArticleHeader article={article} />
          <ArticleBody article={article} showParaNumbers={showParaNumbers} />
        </article>
        <p className="reader-time-left" aria-live="off">{t('reader.timeLeft', { minutes: minutesLeft })}</p>
      </div>
    </div>
  );
}

export function ReaderView({ articleId, block }: { articleId: string; block?: string }) {
  const { t } = useI18n();
  const { article, loaded } = useArticle(articleId);
  if (!loaded) return null;
  if (!article) return <main className="empty-state">{t('reader.notFound')}</main>;
  return (
    <main className="reader-main">
      <Reader key={article.id} article={article} targetBlock={block} />
    </main>
  );
}

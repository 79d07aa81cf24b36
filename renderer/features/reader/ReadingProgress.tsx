import type { Article } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';
import { readingMinutes } from '../../../corpus/model/reading-time';
import { Outline } from './Outline';
import { useReadingSpot, type PositionStore } from './reading-spot';

/** The bar along the top: how far through the article the reader is. */
export function ReadingProgressBar({ position }: { position: PositionStore }) {
  const { t } = useI18n();
  const progress = useReadingSpot(position)?.progress ?? 0;
  return (
    <div
      className="reader-progress"
      role="progressbar"
      aria-label={t('reader.progress')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(progress * 100)}
    >
      <div className="reader-progress-fill" style={{ width: `${progress * 100}%` }} />
    </div>
  );
}

/** "About N minutes left", from the article's length and the progress. */
export function TimeLeft({ article, position }: { article: Article; position: PositionStore }) {
  const { t } = useI18n();
  const progress = useReadingSpot(position)?.progress ?? 0;
  return <p className="reader-time-left">{t('reader.timeLeft', { minutes: Math.ceil(readingMinutes(article.wordCount) * (1 - progress)) })}</p>;
}

/** The outline with the section being read marked. */
export function CurrentOutline({ article, position, onJump }: { article: Article; position: PositionStore; onJump: (blockId: string) => void }) {
  return <Outline article={article} currentBlockId={useReadingSpot(position)?.blockId} onJump={onJump} />;
}

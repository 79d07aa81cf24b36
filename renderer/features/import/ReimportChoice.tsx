import { useId, useState } from 'react';
import { useI18n } from '../../ui/i18n';
import type { FileResult } from './run-import';
import type { Importer, UpdateReview } from './use-importer';

type Choice = 'update' | 'new' | 'skip';
type Held = Extract<FileResult, { status: 'matches' }>;

/**
 * A file that is a new version of an article already in the library: update that article
 * (the default: same id, notes carried over), import it as a new one, or leave it out.
 */
export function ReimportChoice({ index, result, importer }: { index: number; result: Held; importer: Importer }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<Choice>('update');
  const name = useId();
  const go = () => {
    switch (choice) {
      case 'update':
        return void importer.reviewUpdate(index);
      case 'new':
        return void importer.importAsNew(index);
      case 'skip':
        return importer.skip(index);
    }
  };
  const why = result.existing.reason === 'file-name' ? t('reimport.sameName') : t('reimport.similar');
  return (
    <fieldset className="reimport-choice">
      <legend>{t('reimport.question', { name: result.name, title: result.existing.title })}</legend>
      <p className="import-hint">{why}</p>
      {(['update', 'new', 'skip'] as const).map((option) => (
        <label key={option} className="radio">
          <input type="radio" name={name} value={option} checked={choice === option} onChange={() => setChoice(option)} />
          {t(`reimport.${option}`)}
        </label>
      ))}
      <p>
        <button type="button" className="primary-button" onClick={go}>
          {t('reimport.continue')}
        </button>
      </p>
    </fieldset>
  );
}

/** What the update will do to the article's notes, before anything is written. */
export function UpdateSummary({ review, importer }: { review: UpdateReview; importer: Importer }) {
  const { t } = useI18n();
  const { counts } = review.plan;
  return (
    <section className="reimport-summary" aria-label={t('reimport.summaryLabel')}>
      <p>{t('reimport.summaryTitle', { title: review.plan.existing.meta.title })}</p>
      <p className="reimport-counts">
        <strong>{t('reimport.counts', { kept: counts.kept, moved: counts.moved, orphan: counts.orphan })}</strong>
      </p>
      {counts.orphan > 0 && <p className="import-hint">{t('reimport.orphanHint')}</p>}
      <p className="import-hint">{t('reimport.safety')}</p>
      {review.refusal && (
        <p className="import-error" role="alert">
          {review.refusal.reason === 'stale' ? t('reimport.stale') : t('reimport.backupFailed', { message: review.refusal.detail })}
        </p>
      )}
      <div className="import-actions">
        <button type="button" className="tool-button" onClick={importer.cancelReview} disabled={review.committing}>
          {t('reimport.back')}
        </button>
        <button
          type="button"
          className="primary-button"
          onClick={() => void importer.confirmUpdate()}
          disabled={review.committing || review.refusal?.reason === 'stale'}
        >
          {t('reimport.confirm')}
        </button>
      </div>
    </section>
  );
}

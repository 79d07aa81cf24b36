import { memo } from 'react';
import { editedFields } from '../../../corpus/corrections';
import type { Article } from '../../../corpus/model';
import type { ArticleRead } from '../../store/library-repo';
import { useI18n } from '../../ui/i18n';
import { FIELD_LABEL } from './meta-problem-message';
import { describeImportError } from '../../ui/i18n/describe-import-error';

/** What the reader knows about the article's metadata besides the article itself. */
export type MetaState = Pick<ArticleRead, 'inferred' | 'correction' | 'badCorrection'>;

/**
 * The source · date · authors line under the title, with the "edited" badge and a broken
 * correction record's alert. Memoized: it is passed into the memoized article body, which must
 * not re-render when nothing about the article changed.
 */
export const ArticleHeader = memo(function ArticleHeader({ article, meta: state }: { article: Article; meta: MetaState }) {
  const { t, lang } = useI18n();
  const { meta } = article;
  // The byline already names the authors when the article has one.
  const authors = article.blocks.some((b) => b.kind === 'byline') ? '' : meta.authors.join('、');
  const details = [meta.source, meta.date ?? meta.year?.toString(), authors].filter(Boolean);
  const edited = editedFields(state.correction?.fields);
  if (details.length === 0 && edited.length === 0 && !state.badCorrection) return null;
  return (
    <>
      <p className="article-meta-line">
        {details.join(' · ')}
        {edited.length > 0 && (
          <span
            className="badge badge-imported"
            data-pizhu-ignore=""
            title={t('editMeta.badgeFields', { fields: edited.map((f) => t(FIELD_LABEL[f])).join('、') })}
          >
            {t('editMeta.badge')}
          </span>
        )}
      </p>
      {state.badCorrection && (
        <p className="settings-note" role="alert" data-pizhu-ignore="">
          {t('editMeta.badRecord', { errors: state.badCorrection.issues.map((e) => describeImportError(t, e)).join(lang === 'en' ? '; ' : '；') })}
        </p>
      )}
    </>
  );
});

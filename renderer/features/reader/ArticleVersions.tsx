import { useId, useState } from 'react';
import { useI18n } from '../../ui/i18n';
import { useArticleVersions } from '../../store/article-versions-repo';
import type { ArticleVersion } from '../../store/records';
import { Modal } from '../../ui/Modal';

/**
 * "Earlier versions" of an article updated from a changed file: each stored text with when
 * it was replaced and its length, and a read-only view of it. Shown only when there are some.
 */
export function ArticleVersionsButton({ articleId }: { articleId: string }) {
  const { t } = useI18n();
  const versions = useArticleVersions(articleId);
  const [open, setOpen] = useState(false);
  if (!versions || versions.length === 0) return null;
  return (
    <>
      <button type="button" className="tool-button" onClick={() => setOpen(true)}>
        {t('versions.button', { count: versions.length })}
      </button>
      {open && <VersionsDialog versions={versions} onClose={() => setOpen(false)} />}
    </>
  );
}

function VersionsDialog({ versions, onClose }: { versions: readonly ArticleVersion[]; onClose: () => void }) {
  const { t, formatDate } = useI18n();
  const titleId = useId();
  const [viewing, setViewing] = useState<ArticleVersion>();
  return (
    <Modal className="dialog versions-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h3 id={titleId}>{viewing ? t('versions.viewTitle', { date: formatDate(viewing.replacedAt) }) : t('versions.title')}</h3>
      {viewing ? (
        <>
          <p className="settings-note">{t('versions.readOnly')}</p>
          <article className="version-text" aria-label={t('versions.oldText')} lang="zh-CN">
            {viewing.article.blocks.map((block) => (
              <p key={block.id} className={`block-${block.kind}`}>
                {block.text}
              </p>
            ))}
          </article>
        </>
      ) : (
        <ul className="versions-list" aria-label={t('versions.title')}>
          {versions.map((version) => (
            <li key={version.key}>
              <span>{t('versions.entry', { date: formatDate(version.replacedAt), chars: version.article.wordCount })}</span>{' '}
              <button type="button" className="link-button" onClick={() => setViewing(version)}>
                {t('versions.view')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        {viewing && (
          <button type="button" className="tool-button" onClick={() => setViewing(undefined)}>
            {t('versions.back')}
          </button>
        )}
        <button type="button" className="primary-button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}

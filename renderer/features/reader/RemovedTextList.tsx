import { useState } from 'react';
import type { Article, RemovedText } from '../../../corpus/model';
import { useI18n, type MessageKey, type Translate } from '../../ui/i18n';

/** Finer reasons the cleaner and the extractors give (`detail`), each with its own words. */
const DETAILS: Readonly<Record<string, MessageKey>> = {
  editor: 'reader.removed.detail.editor',
  share: 'reader.removed.detail.share',
  'page-control': 'reader.removed.detail.pageControl',
  navigation: 'reader.removed.detail.navigation',
  boilerplate: 'reader.removed.detail.navigation',
  copyright: 'reader.removed.detail.copyright',
  url: 'reader.removed.detail.url',
  reprint: 'reader.removed.detail.reprint',
  residue: 'reader.removed.detail.pageFurniture',
  'running-header': 'reader.removed.detail.runningHeader',
  'running-footer': 'reader.removed.detail.runningHeader',
  'page-number': 'reader.removed.detail.pageNumber',
  'front-matter': 'reader.removed.detail.frontMatter',
};

/** Why one piece of text is not in the article, in the reader's language. */
export function removalReason(t: Translate, removed: RemovedText): string {
  const detail = removed.detail?.replace(/\s*\(p\. \d+\)$/, '');
  const key = detail !== undefined ? DETAILS[detail] : undefined;
  if (key) return t(key);
  switch (removed.kind) {
    case 'duplicate':
      return t('reader.removed.kind.duplicate');
    case 'repeat':
      return t('reader.removed.kind.repeat');
    case 'fragment':
      return t('reader.removed.kind.fragment');
    case 'stray':
      return t('reader.removed.kind.stray');
    case 'residue':
    case 'extraction':
      return detail ? `${t('reader.removed.kind.other')} (${detail})` : t('reader.removed.kind.other');
  }
}

/**
 * Everything the cleaner left out of this article, at its end and outside the text (the
 * offset map ignores it): nothing is dropped unseen. Collapsed to one line until opened.
 */
export function RemovedTextList({ article }: { article: Article }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const removed = article.removed ?? [];
  if (removed.length === 0) return null;
  return (
    <section className="removed-text" data-pizhu-ignore="" aria-label={t('reader.removed.title')}>
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t(open ? 'reader.removed.hide' : 'reader.removed.show', { count: removed.length })}
      </button>
      {open && (
        <ol className="removed-list">
          {removed.map((r, i) => (
            <li key={i}>
              <span className="removed-where">{r.line > 0 ? t('reader.removed.line', { line: r.line }) : t('reader.removed.beforeLines')}</span>{' '}
              <span className="removed-why">{removalReason(t, r)}</span>
              <q className="removed-what">{r.text}</q>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { useState } from 'react';
import type { Article, Block } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';
import { CutMarker } from './CutMarker';

/** Source lines of a block, for "show original". */
function originalLines(article: Article, block: Block): string {
  return article.original
    .split(/\r\n|\r|\n/)
    .slice(block.source.startLine - 1, block.source.endLine)
    .join('\n');
}

function OriginalToggle({ article, block }: { article: Article; block: Block }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div className="original" data-pizhu-ignore="">
      <button type="button" className="link-button original-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? t('reader.hideOriginal') : t('reader.showOriginal')}
      </button>
      {open && (
        <figure className="original-text">
          <figcaption>{t('reader.original', { from: block.source.startLine, to: block.source.endLine })}</figcaption>
          <pre>{originalLines(article, block)}</pre>
        </figure>
      )}
    </div>
  );
}

/** One block of the clean article: its element carries `data-block-id` and exactly the block's text. */
export function BlockView({
  article,
  block,
  showParaNumbers,
  demoteTitle,
}: {
  article: Article;
  block: Block;
  showParaNumbers: boolean;
  demoteTitle: boolean;
}) {
  const { t } = useI18n();
  const common = { 'data-block-id': block.id, id: block.id } as const;
  switch (block.kind) {
    case 'title':
      // Under a corrected title the source's headline is still text (notes may point into it).
      return demoteTitle ? (
        <p className="block-subtitle" {...common}>
          {block.text}
        </p>
      ) : (
        <h1 className="block-title" {...common}>
          {block.text}
        </h1>
      );
    case 'heading': {
      const level = Math.min(Math.max((block.level ?? 2) + 1, 2), 4);
      const Tag = `h${level}` as 'h2' | 'h3' | 'h4';
      return (
        <Tag className="block-heading" {...common}>
          {block.text}
        </Tag>
      );
    }
    case 'kicker':
      return (
        <p className="block-kicker" {...common}>
          {block.text}
        </p>
      );
    case 'subtitle':
      return (
        <p className="block-subtitle" {...common}>
          {block.text}
        </p>
      );
    case 'byline':
      return (
        <p className="block-byline" {...common}>
          {block.text}
        </p>
      );
    case 'caption':
      return (
        <p className="block-caption" {...common}>
          {block.text}
        </p>
      );
    case 'author-note':
      return (
        <p className="block-author-note" {...common}>
          {block.text}
        </p>
      );
    case 'paragraph':
      return (
        <div className="paragraph-row">
          {showParaNumbers && block.para !== undefined && (
            <span className="para-number" data-pizhu-ignore="" aria-label={t('reader.paragraph', { n: block.para })}>
              ¶{block.para}
            </span>
          )}
          <p className="block-paragraph" {...common}>
            {block.text}
          </p>
          {block.cut && <CutMarker />}
          <OriginalToggle article={article} block={block} />
        </div>
      );
  }
}

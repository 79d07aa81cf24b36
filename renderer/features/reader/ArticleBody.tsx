import { Fragment, memo, type ReactNode } from 'react';
import type { Article, Block } from '../../../corpus/model';
import { BlockView } from './BlockView';
import { RemovedTextList } from './RemovedTextList';

/**
 * The clean article, one element per block carrying `data-block-id`; the text of each such
 * element is exactly the block's clean text, which the DOM ⇄ offset map relies on.
 */
export const ArticleBody = memo(function ArticleBody({
  article,
  showParaNumbers,
  afterTitle,
  demoteTitle = false,
}: {
  article: Article;
  showParaNumbers: boolean;
  afterTitle?: ReactNode;
  demoteTitle?: boolean;
}) {
  const at = headerEnd(article.blocks);
  return (
    <div className="article-body" data-article-id={article.id}>
      {at < 0 && afterTitle}
      {article.blocks.map((block, i) => (
        <Fragment key={block.id}>
          <BlockView article={article} block={block} showParaNumbers={showParaNumbers} demoteTitle={demoteTitle} />
          {i === at && afterTitle}
        </Fragment>
      ))}
      <RemovedTextList article={article} />
    </div>
  );
});

/** Index of the title block, or of the subtitle right after it: where the source/date line goes. */
function headerEnd(blocks: readonly Block[]): number {
  const title = blocks.findIndex((b) => b.kind === 'title');
  if (title < 0) return -1;
  return blocks[title + 1]?.kind === 'subtitle' ? title + 1 : title;
}

import { useMemo, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject } from 'react';
import type { Article } from '../../../corpus/model';
import { hasPageSelection } from '../../dom/selection';
import { offsetAtPoint, type TextMap } from '../../dom/text-map';
import { useSetting } from '../../store/settings-repo';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader, type MetaState } from './ArticleHeader';
import { annotationsAt, type AnchoredAnnotation } from './use-anchors';

/**
 * The `<article>` element of the reader: the title, the (memoized) body in `bodyRef`, then the
 * overlays given as children. A mouse-up or a selecting key reads the selection (`onSelect`);
 * a click on a highlight makes it active and a click elsewhere in the text makes none active
 * (`onActivate`); clicks on buttons, links and the reader's own controls are theirs.
 */
export function ReaderArticle({
  article,
  meta,
  articleRef,
  bodyRef,
  map,
  anchored,
  onSelect,
  onKeyDown,
  onActivate,
  children,
}: {
  article: Article;
  meta: MetaState;
  articleRef: RefObject<HTMLElement | null>;
  bodyRef: RefObject<HTMLDivElement | null>;
  map: TextMap | undefined;
  anchored: readonly AnchoredAnnotation[];
  onSelect: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onActivate: (id: string | undefined) => void;
  children: ReactNode;
}) {
  const [showParaNumbers] = useSetting('reader.paraNumbers');
  const hasTitleBlock = article.blocks.some((b) => b.kind === 'title');
  const titleCorrected = meta.correction?.fields.title !== undefined;
  const header = useMemo(() => <ArticleHeader article={article} meta={meta} />, [article, meta]);
  const onClick = (event: MouseEvent) => {
    if (!map || hasPageSelection() || (event.target as HTMLElement).closest('button, a, [data-pizhu-ignore]')) return;
    const offset = offsetAtPoint(map, event.clientX, event.clientY);
    onActivate(offset === undefined ? undefined : annotationsAt(anchored, offset)[0]?.annotation.id);
  };
  return (
    <article
      ref={articleRef}
      className="reader-article"
      aria-label={article.meta.title}
      lang="zh-CN"
      tabIndex={0}
      aria-keyshortcuts="Shift+ArrowRight Shift+ArrowDown"
      onMouseUp={onSelect}
      onKeyDown={onKeyDown}
      onKeyUp={(e) => {
        if (e.shiftKey || e.key.startsWith('Arrow')) onSelect();
      }}
      onClick={onClick}
    >
      {/* A corrected title is shown as the heading; the source's own headline stays in the text, below it. */}
      {(!hasTitleBlock || titleCorrected) && <h1 className="block-title">{article.meta.title}</h1>}
      <div ref={bodyRef}>
        <ArticleBody article={article} showParaNumbers={showParaNumbers} demoteTitle={hasTitleBlock && titleCorrected} afterTitle={header} />
      </div>
      {children}
    </article>
  );
}

import { useEffect, useMemo, useRef } from 'react';
import type { Article } from '../../../corpus/model';
import { useArticle } from '../../store/library-repo';
import { useAnnotations } from '../../store/annotations-repo';
import { useColorNames } from '../../ui/color-names';
import { useI18n } from '../../ui/i18n';
import type { MetaState } from './ArticleHeader';
import { FindBar, useFind } from './FindBar';
import { ColleagueMarkers, ColleagueNotesPanel } from './colleague-notes';
import { NoteMarkers } from './NoteMarkers';
import { PaintedHighlights } from './PaintedHighlights';
import { ReaderArticle } from './ReaderArticle';
import { ReaderLeft } from './ReaderLeft';
import { ReaderPanel } from './ReaderPanel';
import { ReaderToolbars } from './ReaderToolbars';
import { TimeLeft, ReadingProgressBar } from './ReadingProgress';
import { useActiveAnnotation } from './use-active-annotation';
import { useAnchors } from './use-anchors';
import { useAnnotationActions } from './use-annotation-actions';
import { useColleagueNotes } from './use-colleague-notes';
import { useDeferredPanel } from './use-deferred-panel';
import { useHighlightFromSelection } from './use-highlight-from-selection';
import { useHighlightKeys } from './use-highlight-keys';
import { useCopyQuote, useScrollToOffset } from './use-reader-commands';
import { useTextMap } from './use-painted-highlights';
import { useReadingPosition } from './use-reading-position';
import { useSelection } from './use-selection';

function Reader({ article, meta, targetBlock, find }: { article: Article; meta: MetaState; targetBlock: string | undefined; find: string | undefined }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const position = useReadingPosition(article, scrollRef, targetBlock);
  const annotations = useAnnotations(article.id);
  const { anchored, orphans, orphanCandidates, text } = useAnchors(article, annotations);
  const panel = useDeferredPanel(annotations, anchored, orphans);
  const colorNames = useColorNames();
  const actions = useAnnotationActions(article);
  const map = useTextMap(bodyRef, article.blocks);
  const selection = useSelection(map, text, articleRef);
  const { selected } = selection;
  const findState = useFind(text, find);
  const scrollToOffset = useScrollToOffset(map, scrollRef, text.length);
  const focus = useActiveAnnotation(anchored, scrollToOffset);
  const { activeId, active, editingId, setActiveId, setEditingId } = focus;
  const copyQuote = useCopyQuote(article, text, selected ?? active);
  const colleagues = useColleagueNotes(article, text, map);
  const { readSelection, createFromSelection } = useHighlightFromSelection(selection, actions, focus);

  const currentFind = findState.ranges[findState.current];
  useEffect(() => {
    if (currentFind) scrollToOffset(currentFind.start);
  }, [currentFind, scrollToOffset]);

  const onArticleKeyDown = useHighlightKeys({ selection, active, actions, createFromSelection, setActiveId, setEditingId }, bodyRef, scrollRef);

  return (
    <div className="reader">
      <ReadingProgressBar position={position} />
      <ReaderLeft article={article} meta={meta} position={position} scrollRef={scrollRef} />
      <div className="reader-scroll" ref={scrollRef} tabIndex={-1}>
        <FindBar state={findState} />
        <ReaderArticle
          article={article}
          meta={meta}
          articleRef={articleRef}
          bodyRef={bodyRef}
          map={map}
          anchored={anchored}
          onSelect={readSelection}
          onKeyDown={onArticleKeyDown}
          onActivate={setActiveId}
        >
          <PaintedHighlights map={map} scrollRef={scrollRef} anchored={anchored} activeId={activeId} finds={findState.ranges} currentFind={findState.current} />
          <NoteMarkers map={map} anchored={anchored} containerRef={articleRef} scrollRef={scrollRef} onOpen={focus.openNote} />
          <ColleagueMarkers map={map} colleagues={colleagues} containerRef={articleRef} />
          <ReaderToolbars
            selected={selected}
            active={active}
            map={map}
            articleRef={articleRef}
            colorNames={colorNames}
            actions={actions}
            onHighlight={(color, withNote) => void createFromSelection(color, withNote)}
            onCopy={() => void copyQuote()}
            onEditNote={setEditingId}
            onDeactivate={() => setActiveId(undefined)}
          />
        </ReaderArticle>
        <TimeLeft article={article} position={position} />
      </div>
      <ReaderPanel
        article={article}
        actions={actions}
        loading={panel.loading}
        anchored={panel.anchored}
        orphans={panel.orphans}
        orphanCandidates={orphanCandidates}
        activeId={activeId}
        editingId={editingId}
        colorNames={colorNames}
        selected={selected}
        onJump={focus.jumpTo}
        onEdit={setEditingId}
        colleagues={<ColleagueNotesPanel colleagues={colleagues} onJump={scrollToOffset} />}
      />
    </div>
  );
}

export function ReaderView({ articleId, block, find, para }: { articleId: string; block?: string; find?: string; para?: number }) {
  const { t } = useI18n();
  const { article, loaded, inferred, correction, badCorrection } = useArticle(articleId);
  const meta = useMemo(() => ({ inferred, correction, badCorrection }), [inferred, correction, badCorrection]);
  if (!loaded) return null;
  if (!article) return <main className="empty-state">{t('reader.notFound')}</main>;
  return (
    <main className="reader-main">
      <Reader
        key={`${article.id}\u0000${find ?? ''}`}
        article={article}
        meta={meta}
        targetBlock={block ?? (para === undefined ? undefined : article.blocks.find((b) => b.para === para)?.id)}
        find={find}
      />
    </main>
  );
}

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { COLORS, type Article, type HighlightColor } from '../../../corpus/model';
import { hasPageSelection, spanBox } from '../../dom/selection';
import { offsetAtPoint } from '../../dom/text-map';
import { useArticle } from '../../store/library-repo';
import { useAnnotations } from '../../store/annotations-repo';
import { useSetting } from '../../store/settings-repo';
import { useColorNames } from '../../ui/color-names';
import { useI18n } from '../../ui/i18n';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader, type MetaState } from './ArticleHeader';
import { FindBar, useFind } from './FindBar';
import { HighlightToolbar } from './HighlightToolbar';
import { ColleagueMarkers, ColleagueNotesPanel, useColleagueNotes } from './colleague-notes';
import { NoteMarkers } from './NoteMarkers';
import { PaintedHighlights } from './PaintedHighlights';
import { ReaderLeft } from './ReaderLeft';
import { ReaderPanel } from './ReaderPanel';
import { TimeLeft, ReadingProgressBar } from './ReadingProgress';
import { annotationsAt, useAnchors, type AnchoredAnnotation } from './use-anchors';
import { useAnnotationActions } from './use-annotation-actions';
import { useCopyQuote, useScrollToOffset } from './use-reader-commands';
import { useReaderKeys } from './use-reader-keys';
import { useTextMap } from './use-painted-highlights';
import { useReadingPosition } from './use-reading-position';
import { toolbarPositionFor, useSelection } from './use-selection';

function Reader({ article, meta, targetBlock, find }: { article: Article; meta: MetaState; targetBlock: string | undefined; find: string | undefined }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [showParaNumbers] = useSetting('reader.paraNumbers');
  const position = useReadingPosition(article, scrollRef, targetBlock);
  const annotations = useAnnotations(article.id);
  const { anchored, orphans, orphanCandidates, text } = useAnchors(article, annotations);
  // The side panel (a list item per annotation) renders after the highlights are painted,
  // so an article with a thousand highlights shows its text and colours first.
  const panelAnchored = useDeferredValue(anchored);
  const panelOrphans = useDeferredValue(orphans);
  // Until the store answers, and until the deferred panel has caught up with what it read, the
  // panel says it is loading: 10,000 annotations take seconds, and "none yet" would look like loss.
  const panelLoading = annotations === undefined || (panelAnchored !== anchored && panelAnchored.length + panelOrphans.length === 0);
  const colorNames = useColorNames();
  const actions = useAnnotationActions(article);
  const map = useTextMap(bodyRef, article.blocks);
  const selection = useSelection(map, text, articleRef);
  const { selected } = selection;
  const [activeId, setActiveId] = useState<string>();
  const [editingId, setEditingId] = useState<string>();
  const findState = useFind(text, find);
  const active = anchored.find((a) => a.annotation.id === activeId);
  const scrollToOffset = useScrollToOffset(map, scrollRef, text.length);
  const copyQuote = useCopyQuote(article, text, selected ?? active);
  const colleagues = useColleagueNotes(article, text, map);

  const currentFind = findState.ranges[findState.current];
  useEffect(() => {
    if (currentFind) scrollToOffset(currentFind.start);
  }, [currentFind, scrollToOffset]);

  const readSelection = () => {
    if (selection.read()) setActiveId(undefined);
  };
  const createFromSelection = useCallback(
    async (color: HighlightColor, withNote: boolean) => {
      const range = selection.take();
      if (!range) return;
      const created = await actions.create(range.start, range.end, color);
      if (created) {
        setActiveId(created.id);
        if (withNote) setEditingId(created.id);
      }
    },
    [actions, selection],
  );
  const jumpTo = useCallback(
    (a: AnchoredAnnotation) => {
      setActiveId(a.annotation.id);
      scrollToOffset(a.start);
    },
    [scrollToOffset],
  );
  const openNote = useCallback((id: string) => {
    setActiveId(id);
    setEditingId(undefined);
  }, []);
  const onArticleClick = (event: React.MouseEvent) => {
    if (!map || hasPageSelection() || (event.target as HTMLElement).closest('button, a, [data-pizhu-ignore]')) return;
    const offset = offsetAtPoint(map, event.clientX, event.clientY);
    setActiveId(offset === undefined ? undefined : annotationsAt(anchored, offset)[0]?.annotation.id);
  };
  const onArticleKeyDown = useReaderKeys(
    {
      hasSelection: selected !== undefined,
      active: active?.annotation,
      undo: () => void actions.undo(),
      highlight: (color, withNote) => void createFromSelection(color, withNote),
      recolor: (a, color) => void actions.recolor(a, color),
      editNote: (a) => setEditingId(a.id),
      remove: (a) => void actions.remove(a),
      deactivate: () => setActiveId(undefined),
      dismiss: () => {
        setActiveId(undefined);
        selection.clear();
      },
    },
    bodyRef,
    scrollRef,
  );

  const hasTitleBlock = article.blocks.some((b) => b.kind === 'title');
  const titleCorrected = meta.correction?.fields.title !== undefined;
  const header = useMemo(() => <ArticleHeader article={article} meta={meta} />, [article, meta]);
  const activeBox = active && !selected && map && articleRef.current ? spanBox(map, active.start, active.end) : undefined;
  const activeToolbar = activeBox && articleRef.current ? toolbarPositionFor(activeBox, articleRef.current) : undefined;

  return (
    <div className="reader">
      <ReadingProgressBar position={position} />
      <ReaderLeft article={article} meta={meta} position={position} scrollRef={scrollRef} />
      <div className="reader-scroll" ref={scrollRef} tabIndex={-1}>
        <FindBar state={findState} />
        <article
          ref={articleRef}
          className="reader-article"
          aria-label={article.meta.title}
          lang="zh-CN"
          tabIndex={0}
          aria-keyshortcuts="Shift+ArrowRight Shift+ArrowDown"
          onMouseUp={readSelection}
          onKeyDown={onArticleKeyDown}
          onKeyUp={(e) => {
            if (e.shiftKey || e.key.startsWith('Arrow')) readSelection();
          }}
          onClick={onArticleClick}
        >
          {/* A corrected title is shown as the heading; the source's own headline stays in the text, below it. */}
          {(!hasTitleBlock || titleCorrected) && <h1 className="block-title">{article.meta.title}</h1>}
          <div ref={bodyRef}>
            <ArticleBody article={article} showParaNumbers={showParaNumbers} demoteTitle={hasTitleBlock && titleCorrected} afterTitle={header} />
          </div>
          <PaintedHighlights map={map} scrollRef={scrollRef} anchored={anchored} activeId={activeId} finds={findState.ranges} currentFind={findState.current} />
          <NoteMarkers map={map} anchored={anchored} containerRef={articleRef} scrollRef={scrollRef} onOpen={openNote} />
          <ColleagueMarkers map={map} colleagues={colleagues} containerRef={articleRef} />
          {selected && (
            <HighlightToolbar
              position={selected.position}
              colorNames={colorNames}
              onColor={(c) => void createFromSelection(c, false)}
              onNote={() => void createFromSelection(COLORS[0], true)}
              onCopy={() => void copyQuote()}
            />
          )}
          {active && activeToolbar && (
            <HighlightToolbar
              position={activeToolbar}
              colorNames={colorNames}
              activeColor={active.annotation.color}
              onColor={(c) => void actions.recolor(active.annotation, c)}
              onNote={() => setEditingId(active.annotation.id)}
              onCopy={() => void copyQuote()}
              onDelete={() => {
                void actions.remove(active.annotation);
                setActiveId(undefined);
              }}
            />
          )}
        </article>
        <TimeLeft article={article} position={position} />
      </div>
      <ReaderPanel
        article={article}
        actions={actions}
        loading={panelLoading}
        anchored={panelAnchored}
        orphans={panelOrphans}
        orphanCandidates={orphanCandidates}
        activeId={activeId}
        editingId={editingId}
        colorNames={colorNames}
        selected={selected}
        onJump={jumpTo}
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

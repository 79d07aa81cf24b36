import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { snapSelection } from '../../../corpus/anchoring';
import { editedFields } from '../../../corpus/corrections';
import { COLORS, type Article, type HighlightColor } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';
import { navigate } from '../../ui/router';
import { useToast } from '../../ui/toast';
import { extendSelectionByKey } from '../../dom/keyboard-selection';
import { offsetAtPoint, selectionOffsets } from '../../dom/text-map';
import { useAllAnnotations, useAnnotations } from '../../store/annotations-repo';
import { useArticle, type ArticleRead } from '../../store/library-repo';
import { useSetting } from '../../store/settings-repo';
import { citation, copyText } from '../annotate/citation';
import { readingMinutes } from '../library/reading-time';
import { AnnotationPanel } from './AnnotationPanel';
import { ArticleBody } from './ArticleBody';
import { ArticleNotePanel } from './ArticleNotePanel';
import { EditMetaButton } from './EditMetaDialog';
import { ArticleVersionsButton } from './ArticleVersions';
import { FIELD_LABEL } from './meta-problem-message';
import { useColorNames } from '../../ui/color-names';
import { FindBar, useFind } from './FindBar';
import { HighlightToolbar, type ToolbarPosition } from './HighlightToolbar';
import { NoteMarkers } from './NoteMarkers';
import { Outline } from './Outline';
import { readerCommand } from './reader-keys';
import { ExportMarkdownButton } from '../export/markdown/ExportMarkdownButton';
import { ExportPdf } from '../export/pdf/ExportPdf';
import { annotationsAt, useAnchors, type AnchoredAnnotation } from './use-anchors';
import { useAnnotationActions } from './use-annotation-actions';
import { usePaintedHighlights, useTextMap } from './use-painted-highlights';
import { scrollToBlock, topVisibleBlock, useReadingPosition } from './use-reading-position';

interface Selected {
  readonly start: number;
  readonly end: number;
  readonly position: ToolbarPosition;
}

/** What the reader knows about the article's metadata besides the article itself. */
type MetaState = Pick<ArticleRead, 'inferred' | 'correction' | 'badCorrection'>;

function ArticleHeader({ article, meta: state }: { article: Article; meta: MetaState }) {
  const { t } = useI18n();
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
          <span className="badge badge-imported" data-pizhu-ignore="" title={t('editMeta.badgeFields', { fields: edited.map((f) => t(FIELD_LABEL[f])).join('、') })}>
            {t('editMeta.badge')}
          </span>
        )}
      </p>
      {state.badCorrection && <p className="settings-note" role="alert" data-pizhu-ignore="">{t('editMeta.badRecord', { errors: state.badCorrection.errors.join('; ') })}</p>}
    </>
  );
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

const TOOLBAR_WIDTH = 400;

function toolbarPositionFor(rect: DOMRect, container: HTMLElement): ToolbarPosition {
  const origin = container.getBoundingClientRect();
  // Centred over the passage, but never past the article's edges (the toolbar is ~400px wide).
  const left = Math.min(rect.left - origin.left + rect.width / 2 - 160, origin.width - TOOLBAR_WIDTH);
  return { top: Math.max(0, rect.top - origin.top - 48), left: Math.max(0, left) };
}

function Reader({ article, meta, targetBlock, find }: { article: Article; meta: MetaState; targetBlock: string | undefined; find: string | undefined }) {
  const { t, lang } = useI18n();
  const toast = useToast();
  const scrollRef = useRef<HTMLDivElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [showParaNumbers] = useSetting('reader.paraNumbers');
  const position = useReadingPosition(article, scrollRef, targetBlock);
  const annotations = useAnnotations(article.id);
  const everything = useAllAnnotations();
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
  const [selected, setSelected] = useState<Selected>();
  const [activeId, setActiveId] = useState<string>();
  const [editingId, setEditingId] = useState<string>();
  const findState = useFind(text, find);
  usePaintedHighlights(map, anchored, activeId, findState.ranges, findState.current);

  const allTags = useMemo(() => [...new Set((everything ?? []).flatMap((a) => a.body.tags))].sort((a, b) => a.localeCompare(b, 'zh-CN')), [everything]);
  const active = anchored.find((a) => a.annotation.id === activeId);

  const scrollToOffset = useCallback((offset: number) => {
    const element = map?.blockElementAt(offset);
    const range = map?.rangeOf(offset, Math.min(offset + 1, text.length));
    const container = scrollRef.current;
    if (!element || !container) return;
    const rect = range?.getBoundingClientRect() ?? element.getBoundingClientRect();
    const delta = rect.top - container.getBoundingClientRect().top - container.clientHeight / 3;
    container.scrollBy({ top: delta });
  }, [map, text.length]);

  const currentFind = findState.ranges[findState.current];
  useEffect(() => {
    if (currentFind) scrollToOffset(currentFind.start);
  }, [currentFind, scrollToOffset]);

  const readSelection = useCallback(() => {
    const container = articleRef.current;
    if (!map || !container) return;
    const selection = window.getSelection();
    const offsets = selectionOffsets(map, selection);
    if (!offsets) {
      setSelected(undefined);
      return;
    }
    const snapped = snapSelection(text, offsets.start, offsets.end);
    if (snapped.end <= snapped.start) {
      setSelected(undefined);
      return;
    }
    const rect = selection!.getRangeAt(0).getBoundingClientRect();
    setSelected({ start: snapped.start, end: snapped.end, position: toolbarPositionFor(rect, container) });
    setActiveId(undefined);
  }, [map, text]);

  useEffect(() => {
    const onSelectionChange = () => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed) setSelected(undefined);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, []);

  const createFromSelection = useCallback(async (color: HighlightColor, withNote: boolean) => {
    if (!selected) return;
    // Clear the selection before the write, so a selection made while it lands survives.
    window.getSelection()?.removeAllRanges();
    setSelected(undefined);
    const created = await actions.create(selected.start, selected.end, color);
    if (created) {
      setActiveId(created.id);
      if (withNote) setEditingId(created.id);
    }
  }, [actions, selected]);

  const copyQuote = useCallback(async () => {
    const range = selected ?? active;
    if (!range) return;
    await copyText(citation(article, text.slice(range.start, range.end), lang));
    toast(t('toast.copied'));
  }, [selected, active, article, text, lang, toast, t]);

  const jumpTo = useCallback((a: AnchoredAnnotation) => {
    setActiveId(a.annotation.id);
    scrollToOffset(a.start);
  }, [scrollToOffset]);

  const onArticleKeyDown = useCallback((event: React.KeyboardEvent<HTMLElement>) => {
    const body = bodyRef.current;
    const container = scrollRef.current;
    if (!body || !container || event.target !== event.currentTarget) return;
    if (extendSelectionByKey(body, event.nativeEvent, () => topVisibleBlock(container))) event.preventDefault();
  }, []);

  const onArticleClick = useCallback((event: React.MouseEvent) => {
    if (!map || (window.getSelection() && !window.getSelection()!.isCollapsed)) return;
    if ((event.target as HTMLElement).closest('button, a, [data-pizhu-ignore]')) return;
    const offset = offsetAtPoint(map, event.clientX, event.clientY);
    const hit = offset === undefined ? undefined : annotationsAt(anchored, offset)[0];
    setActiveId(hit?.annotation.id);
  }, [map, anchored]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const press = { key: e.key, ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey, shift: e.shiftKey, typing: isTyping(e.target) };
      const command = readerCommand(press, { hasSelection: selected !== undefined, hasActive: active !== undefined });
      if (!command) return;
      if (command.kind !== 'dismiss') e.preventDefault();
      switch (command.kind) {
        case 'undo':
          void actions.undo();
          break;
        case 'highlight':
          void createFromSelection(command.color, command.withNote);
          break;
        case 'recolor':
          if (active) void actions.recolor(active.annotation, command.color);
          break;
        case 'edit-note':
          if (active) setEditingId(active.annotation.id);
          break;
        case 'delete':
          if (active) void actions.remove(active.annotation);
          setActiveId(undefined);
          break;
        case 'dismiss':
          setActiveId(undefined);
          setSelected(undefined);
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, selected, active, createFromSelection]);

  const jump = useCallback((blockId: string) => {
    if (scrollRef.current) scrollToBlock(scrollRef.current, blockId, 'smooth');
  }, []);
  const progress = position?.progress ?? 0;
  const hasTitleBlock = article.blocks.some((b) => b.kind === 'title');
  const titleCorrected = meta.correction?.fields.title !== undefined;
  const minutesLeft = Math.ceil(readingMinutes(article.wordCount) * (1 - progress));

  let activeToolbar: ToolbarPosition | undefined;
  if (active && !selected && map && articleRef.current) {
    const rect = map.rangeOf(active.start, active.end)?.getBoundingClientRect();
    if (rect) activeToolbar = toolbarPositionFor(rect, articleRef.current);
  }

  return (
    <div className="reader">
      <div className="reader-progress" role="progressbar" aria-label={t('reader.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
        <div className="reader-progress-fill" style={{ width: `${progress * 100}%` }} />
      </div>
      <aside className="reader-left">
        <button type="button" className="back-button" onClick={() => navigate({ name: 'library' })}>
          ← {t('reader.back')}
        </button>
        <ExportPdf article={article} />
        <ExportMarkdownButton article={article} />
        {/* Imported articles only: a bundled article is corrected by its sidecar, for every reader alike. */}
        {meta.inferred && <EditMetaButton article={article} inferred={meta.inferred} correction={meta.correction} />}
        {meta.inferred && <ArticleVersionsButton articleId={article.id} />}
        <Outline article={article} currentBlockId={position?.blockId} onJump={jump} />
      </aside>
      <div className="reader-scroll" ref={scrollRef} tabIndex={-1}>
        <FindBar state={findState} />
        <article ref={articleRef} className="reader-article" aria-label={article.meta.title} lang="zh-CN" tabIndex={0}
          aria-keyshortcuts="Shift+ArrowRight Shift+ArrowDown"
          onMouseUp={readSelection} onKeyDown={onArticleKeyDown} onKeyUp={(e) => { if (e.shiftKey || e.key.startsWith('Arrow')) readSelection(); }} onClick={onArticleClick}>
          {/* A corrected title is shown as the heading; the source's own headline stays in the text, below it. */}
          {(!hasTitleBlock || titleCorrected) && <h1 className="block-title">{article.meta.title}</h1>}
          <div ref={bodyRef}>
            <ArticleBody article={article} showParaNumbers={showParaNumbers} demoteTitle={hasTitleBlock && titleCorrected} afterTitle={<ArticleHeader article={article} meta={meta} />} />
          </div>
          <NoteMarkers map={map} anchored={anchored} containerRef={articleRef} onOpen={(id) => { setActiveId(id); setEditingId(undefined); }} />
          {selected && (
            <HighlightToolbar position={selected.position} colorNames={colorNames} onColor={(c) => void createFromSelection(c, false)}
              onNote={() => void createFromSelection(COLORS[0], true)} onCopy={() => void copyQuote()} />
          )}
          {active && activeToolbar && (
            <HighlightToolbar position={activeToolbar} colorNames={colorNames} activeColor={active.annotation.color}
              onColor={(c) => void actions.recolor(active.annotation, c)} onNote={() => setEditingId(active.annotation.id)}
              onCopy={() => void copyQuote()} onDelete={() => { void actions.remove(active.annotation); setActiveId(undefined); }} />
          )}
        </article>
        <p className="reader-time-left">{t('reader.timeLeft', { minutes: minutesLeft })}</p>
      </div>
      <aside className="reader-right" aria-label={t('reader.annotations')}>
        <ArticleNotePanel articleId={article.id} />
        <AnnotationPanel loading={panelLoading} anchored={panelAnchored} orphans={panelOrphans} activeId={activeId} editingId={editingId} colorNames={colorNames}
          allTags={allTags} hasSelection={selected !== undefined} onJump={jumpTo} onEdit={setEditingId}
          onSave={async (base, body) => {
            const result = await actions.saveNote(base, body);
            if (result.kind === 'saved') {
              setEditingId(undefined);
              toast(t('note.saved'));
            }
            return result;
          }}
          onSaveCopy={actions.saveCopy} onRestore={actions.restoreWithText}
          onDelete={(annotation) => void actions.remove(annotation)}
          orphanCandidates={orphanCandidates}
          onReattach={(annotation, range) => {
            const to = range ?? selected;
            if (to) void actions.reattach(annotation, to.start, to.end);
          }} />
      </aside>
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
      <Reader key={`${article.id}\u0000${find ?? ''}`} article={article} meta={meta} targetBlock={block ?? (para === undefined ? undefined : article.blocks.find((b) => b.para === para)?.id)} find={find} />
    </main>
  );
}

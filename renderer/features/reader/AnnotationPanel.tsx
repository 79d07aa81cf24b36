import type { ReactElement } from 'react';
import type { AnnotationBody, HighlightColor } from '../../../corpus/model';
import { useDraftIds } from '../../store/drafts-repo';
import type { StoredAnnotation } from '../../store/records';
import { useI18n } from '../../ui/i18n';
import { VirtualList } from '../../ui/VirtualList';
import { AnnotationItem, type SaveNote } from './AnnotationItem';
import { OrphanCandidates } from './OrphanCandidates';
import type { AnchoredAnnotation, OrphanCandidate } from './use-anchors';
import { useVanishedNote } from './use-vanished-note';

/** Up to this many rows the list renders whole (find in page, screen-reader browsing); longer lists are windowed. */
const WINDOW_FROM = 300;
/** Height guess for a row not yet measured, in px (a two-line quote and the footer). */
const ROW_ESTIMATE = 96;
const overscanFor = (rows: number) => (rows <= WINDOW_FROM ? Infinity : 800);
const elementKey = (row: ReactElement) => String(row.key);
const estimateRow = () => ROW_ESTIMATE;
const asIs = (row: ReactElement) => row;
const orphanKey = (o: StoredAnnotation) => o.id;

export interface PanelProps {
  /** The article's annotations are still being read: say so, never "no annotations yet". */
  readonly loading: boolean;
  readonly anchored: readonly AnchoredAnnotation[];
  readonly orphans: readonly StoredAnnotation[];
  readonly activeId: string | undefined;
  readonly editingId: string | undefined;
  readonly colorNames: Record<HighlightColor, string>;
  readonly allTags: readonly string[];
  readonly hasSelection: boolean;
  readonly onJump: (a: AnchoredAnnotation) => void;
  readonly onEdit: (id: string | undefined) => void;
  /** Revision-checked save of a note over the version its editor started from. */
  readonly onSave: SaveNote;
  /** "Keep both" after a conflict: my text as a second, tagged annotation. */
  readonly onSaveCopy: (theirs: StoredAnnotation, body: AnnotationBody) => Promise<unknown>;
  /** Brings back, with my text, a note deleted elsewhere while I edited it. */
  readonly onRestore: SaveNote;
  readonly onDelete: (annotation: StoredAnnotation) => void;
  /** Re-attach to `range`, or to the current selection when no range is given. */
  readonly onReattach: (annotation: StoredAnnotation, range?: { readonly start: number; readonly end: number }) => void;
  /** For each orphan (by id), the nearest places to attach it to. */
  readonly orphanCandidates?: ReadonlyMap<string, readonly OrphanCandidate[]> | undefined;
}

/** The article's annotations in reading order, and the unanchored ones below. */
export function AnnotationPanel(props: PanelProps) {
  const { t } = useI18n();
  const { anchored, orphans, activeId, editingId, colorNames, allTags } = props;
  const drafts = useDraftIds(anchored[0]?.annotation.articleId ?? orphans[0]?.articleId ?? '');
  const vanished = useVanishedNote(anchored, orphans, editingId);
  let n = 0;
  const item = (annotation: StoredAnnotation, onJump: (() => void) | undefined, deleted = false) => {
    const hasNote = annotation.body.note !== '' || annotation.body.tags.length > 0;
    return (
      <AnnotationItem
        key={annotation.id}
        annotation={annotation}
        deleted={deleted}
        hasDraft={drafts.has(annotation.id)}
        number={hasNote && onJump ? ++n : undefined}
        active={annotation.id === activeId}
        editing={annotation.id === editingId}
        colorNames={colorNames}
        allTags={allTags}
        onJump={onJump}
        onEdit={() => props.onEdit(annotation.id)}
        onCancel={() => props.onEdit(undefined)}
        onSave={props.onSave}
        onSaveCopy={props.onSaveCopy}
        onRestore={props.onRestore}
        onDelete={() => props.onDelete(annotation)}
      />
    );
  };
  // One keyed list, so the vanished note's editor keeps its state in place.
  const rows = anchored.map((a) => item(a.annotation, () => props.onJump(a)));
  if (vanished) rows.splice(Math.min(vanished.index, rows.length), 0, item(vanished.annotation, undefined, true));
  return (
    <section className="annotation-panel" aria-labelledby="annotation-panel-title">
      <h2 id="annotation-panel-title" className="panel-title">
        {props.loading ? t('reader.annotations') : `${t('reader.annotations')} · ${anchored.length + orphans.length}`}
      </h2>
      {props.loading && (
        <p className="panel-loading" role="status" aria-busy="true">
          {t('reader.loadingAnnotations')}
        </p>
      )}
      {!props.loading && anchored.length === 0 && orphans.length === 0 && !vanished && <p className="panel-empty">{t('reader.noAnnotations')}</p>}
      <VirtualList
        items={rows}
        itemKey={elementKey}
        estimate={estimateRow}
        renderItem={asIs}
        label={t('reader.annotations')}
        className="annotation-rows"
        scroll="parent"
        overscan={overscanFor(rows.length)}
        revealKey={activeId}
      />
      {orphans.length > 0 && (
        <section className="orphans" aria-labelledby="orphans-title">
          <h3 id="orphans-title" className="panel-title">
            {t('reader.unanchored')} · {orphans.length}
          </h3>
          <p className="panel-hint">{t('reader.unanchoredHint')}</p>
          <VirtualList
            items={orphans}
            itemKey={orphanKey}
            estimate={estimateRow}
            label={t('reader.unanchored')}
            className="annotation-rows"
            scroll="parent"
            overscan={overscanFor(orphans.length)}
            revealKey={activeId}
            renderItem={(o) => (
              <>
                {item(o, undefined)}
                <OrphanCandidates candidates={props.orphanCandidates?.get(o.id) ?? []} onAttach={(c) => props.onReattach(o, c)} />
                <button type="button" className="tool-button" disabled={!props.hasSelection} onClick={() => props.onReattach(o)}>
                  {t('reader.reattach')}
                </button>
              </>
            )}
          />
        </section>
      )}
    </section>
  );
}

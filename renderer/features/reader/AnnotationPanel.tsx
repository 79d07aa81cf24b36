import { useRef, type ReactElement } from 'react';
import type { AnnotationBody } from '../../../corpus/model';
import type { HighlightColor } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';
import type { NoteSaveResult } from '../../store/annotations-repo';
import { useDraftIds } from '../../store/drafts-repo';
import type { StoredAnnotation } from '../../store/records';
import { NoteMarkdown } from '../../ui/NoteMarkdown';
import { NoteEditor } from '../annotate';
import { VirtualList } from '../../ui/VirtualList';
import { circled } from './NoteMarkers';
import type { AnchoredAnnotation, OrphanCandidate } from './use-anchors';

type SaveNote = (base: StoredAnnotation, body: AnnotationBody) => Promise<NoteSaveResult<StoredAnnotation>>;

function AnnotationItem({
  annotation,
  deleted,
  hasDraft,
  number,
  active,
  editing,
  colorNames,
  allTags,
  onJump,
  onEdit,
  onSave,
  onSaveCopy,
  onRestore,
  onCancel,
  onDelete,
}: {
  annotation: StoredAnnotation;
  /** Deleted elsewhere while being edited here: the editor stays, with the text. */
  deleted: boolean;
  /** Unsaved text from an earlier edit waits in the drafts table. */
  hasDraft: boolean;
  number: number | undefined;
  active: boolean;
  editing: boolean;
  colorNames: Record<HighlightColor, string>;
  allTags: readonly string[];
  onJump?: (() => void) | undefined;
  onEdit: () => void;
  onSave: SaveNote;
  onSaveCopy: (theirs: StoredAnnotation, body: AnnotationBody) => Promise<unknown>;
  onRestore: SaveNote;
  onCancel: () => void;
  onDelete: () => void;
}) {
  const { t, formatDate } = useI18n();
  const quote = annotation.target.selector[0].exact;
  const { note, tags } = annotation.body;
  return (
    <div className={`annotation-item${active ? ' is-active' : ''}`} data-annotation-id={annotation.id}>
      <button type="button" className="annotation-quote" onClick={onJump} disabled={!onJump}>
        <span className={`color-chip chip-${annotation.color}`} role="img" aria-label={colorNames[annotation.color]} />
        {number !== undefined && (
          <span className="annotation-number" aria-hidden="true">
            {circled(number)}
          </span>
        )}
        <span className="quote-text">{quote}</span>
      </button>
      {editing ? (
        <NoteEditor
          current={deleted ? null : annotation}
          noteId={annotation.id}
          articleId={annotation.articleId}
          allTags={allTags}
          label={t('toolbar.note')}
          onSave={(body, base) => onSave(base ?? annotation, body)}
          onKeepBoth={async (body, theirs) => {
            await onSaveCopy(theirs, body);
            return { kind: 'saved' };
          }}
          keepBothHint={t('conflict.keepBothAnnotation', { tag: t('conflict.tag') })}
          onRestore={(body, snapshot) => onRestore(snapshot, body)}
          onClose={onCancel}
        />
      ) : (
        <>
          {note && <NoteMarkdown text={note} />}
          {tags.length > 0 && (
            <ul className="tag-list" aria-label={t('note.tags')}>
              {tags.map((tag) => (
                <li key={tag} className="tag">
                  #{tag}
                </li>
              ))}
            </ul>
          )}
          <div className="annotation-footer">
            <time dateTime={annotation.modified}>
              {t(annotation.modified === annotation.created ? 'note.created' : 'note.modified', { time: formatDate(annotation.modified) })}
            </time>
            <button type="button" className="link-button" onClick={onEdit}>
              {hasDraft ? t('note.continueDraft') : note || tags.length ? t('note.edit') : t('toolbar.note')}
            </button>
            <button type="button" className="link-button" onClick={onDelete}>
              {t('note.delete')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

/** Up to this many rows the list renders whole (find in page, screen-reader browsing); longer lists are windowed. */
const WINDOW_FROM = 300;
/** Height guess for a row not yet measured, in px (a two-line quote and the footer). */
const ROW_ESTIMATE = 96;
const overscanFor = (rows: number) => (rows <= WINDOW_FROM ? Infinity : 800);
const elementKey = (row: ReactElement) => String(row.key);
const estimateRow = () => ROW_ESTIMATE;
const asIs = (row: ReactElement) => row;
const orphanKey = (o: StoredAnnotation) => o.id;

/** The nearest places an unanchored note might belong, each with "attach here". */
function OrphanCandidates({ candidates, onAttach }: { candidates: readonly OrphanCandidate[]; onAttach: (c: OrphanCandidate) => void }) {
  const { t } = useI18n();
  if (candidates.length === 0) return <p className="panel-hint">{t('reader.noCandidates')}</p>;
  return (
    <ul className="orphan-candidates" aria-label={t('reader.candidates')}>
      {candidates.map((c) => (
        <li key={`${c.start}-${c.end}`} className="orphan-candidate">
          <span className="candidate-snippet">
            …{c.before}
            <mark>{c.text}</mark>
            {c.after}…
          </span>
          <button type="button" className="link-button" onClick={() => onAttach(c)}>
            {t('reader.attachHere')}
          </button>
        </li>
      ))}
    </ul>
  );
}

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
  // The note being edited, as last seen: if another window deletes it, its editor (and the
  // text in it) stays where it was instead of vanishing.
  const edited = useRef<{ annotation: StoredAnnotation; index: number }>(undefined);
  const editedIndex = editingId === undefined ? -1 : anchored.findIndex((a) => a.annotation.id === editingId);
  const editedOrphan = editingId === undefined ? undefined : orphans.find((o) => o.id === editingId);
  if (editedIndex >= 0) edited.current = { annotation: anchored[editedIndex]!.annotation, index: editedIndex };
  else if (editedOrphan) edited.current = { annotation: editedOrphan, index: anchored.length };
  else if (edited.current?.annotation.id !== editingId) edited.current = undefined;
  const vanished = editedIndex < 0 && !editedOrphan ? edited.current : undefined;
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

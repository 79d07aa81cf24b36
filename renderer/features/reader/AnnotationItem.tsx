import type { AnnotationBody, HighlightColor } from '../../../corpus/model';
import type { NoteSaveResult } from '../../store/annotations-repo';
import type { StoredAnnotation } from '../../store/records';
import { useI18n } from '../../ui/i18n';
import { NoteMarkdown } from '../../ui/NoteMarkdown';
import { NoteEditor } from '../annotate';
import { circled } from './NoteMarkers';
import { TagList } from '../../ui/TagList';

/** Revision-checked save of a note over the version its editor started from. */
export type SaveNote = (base: StoredAnnotation, body: AnnotationBody) => Promise<NoteSaveResult<StoredAnnotation>>;

/** One annotation in the side panel: its quote (a jump to it), then its note and tags, or the note's editor. */
export function AnnotationItem({
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
          <TagList tags={tags} />
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

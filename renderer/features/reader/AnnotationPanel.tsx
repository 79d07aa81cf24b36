import { useEffect, useRef } from 'react';
import type { HighlightColor } from '../../../corpus/model';
import { useI18n } from '../../app/i18n';
import type { StoredAnnotation } from '../../store/records';
import { MarkdownLite } from '../annotate/MarkdownLite';
import { NoteEditor, type NoteDraft } from '../annotate/NoteEditor';
import { circled } from './NoteMarkers';
import type { AnchoredAnnotation } from './use-anchors';

function AnnotationItem({ annotation, number, active, editing, colorNames, allTags, onJump, onEdit, onSave, onCancel, onDelete }: {
  annotation: StoredAnnotation;
  number: number | undefined;
  active: boolean;
  editing: boolean;
  colorNames: Record<HighlightColor, string>;
  allTags: readonly string[];
  onJump?: (() => void) | undefined;
  onEdit: () => void;
  onSave: (draft: NoteDraft) => Promise<void>;
  onCancel: () => void;
  onDelete: () => void;
}) {
  const { t, formatDate } = useI18n();
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const quote = annotation.target.selector[0].exact;
  const { note, tags } = annotation.body;
  return (
    <li ref={ref} className={`annotation-item${active ? ' is-active' : ''}`} data-annotation-id={annotation.id}>
      <button type="button" className="annotation-quote" onClick={onJump} disabled={!onJump}>
        <span className={`color-chip chip-${annotation.color}`} role="img" aria-label={colorNames[annotation.color]} />
        {number !== undefined && <span className="annotation-number" aria-hidden="true">{circled(number)}</span>}
        <span className="quote-text">{quote}</span>
      </button>
      {editing ? (
        <NoteEditor initial={annotation.body} allTags={allTags} onSave={onSave} onCancel={onCancel} label={t('toolbar.note')} />
      ) : (
        <>
          {note && <MarkdownLite text={note} />}
          {tags.length > 0 && (
            <ul className="tag-list" aria-label={t('note.tags')}>
              {tags.map((tag) => <li key={tag} className="tag">#{tag}</li>)}
            </ul>
          )}
          <div className="annotation-footer">
            <time dateTime={annotation.modified}>{t(annotation.modified === annotation.created ? 'note.created' : 'note.modified', { time: formatDate(annotation.modified) })}</time>
            <button type="button" className="link-button" onClick={onEdit}>{note || tags.length ? t('note.edit') : t('toolbar.note')}</button>
            <button type="button" className="link-button" onClick={onDelete}>{t('note.delete')}</button>
          </div>
        </>
      )}
    </li>
  );
}

export interface PanelProps {
  readonly anchored: readonly AnchoredAnnotation[];
  readonly orphans: readonly StoredAnnotation[];
  readonly activeId: string | undefined;
  readonly editingId: string | undefined;
  readonly colorNames: Record<HighlightColor, string>;
  readonly allTags: readonly string[];
  readonly hasSelection: boolean;
  readonly onJump: (a: AnchoredAnnotation) => void;
  readonly onEdit: (id: string | undefined) => void;
  readonly onSave: (annotation: StoredAnnotation, draft: NoteDraft) => Promise<void>;
  readonly onDelete: (annotation: StoredAnnotation) => void;
  readonly onReattach: (annotation: StoredAnnotation) => void;
}

/** The article's annotations in reading order, and the unanchored ones below. */
export function AnnotationPanel(props: PanelProps) {
  const { t } = useI18n();
  const { anchored, orphans, activeId, editingId, colorNames, allTags } = props;
  let n = 0;
  const item = (annotation: StoredAnnotation, onJump: (() => void) | undefined) => {
    const hasNote = annotation.body.note !== '' || annotation.body.tags.length > 0;
    return (
      <AnnotationItem key={annotation.id} annotation={annotation} number={hasNote && onJump ? ++n : undefined}
        active={annotation.id === activeId} editing={annotation.id === editingId} colorNames={colorNames} allTags={allTags}
        onJump={onJump} onEdit={() => props.onEdit(annotation.id)} onCancel={() => props.onEdit(undefined)}
        onSave={(draft) => props.onSave(annotation, draft)} onDelete={() => props.onDelete(annotation)} />
    );
  };
  return (
    <section className="annotation-panel" aria-labelledby="annotation-panel-title">
      <h2 id="annotation-panel-title" className="panel-title">{t('reader.annotations')} · {anchored.length + orphans.length}</h2>
      {anchored.length === 0 && orphans.length === 0 && <p className="panel-empty">{t('reader.noAnnotations')}</p>}
      <ol className="annotation-list" aria-label={t('reader.annotations')}>
        {anchored.map((a) => item(a.annotation, () => props.onJump(a)))}
      </ol>
      {orphans.length > 0 && (
        <section className="orphans" aria-labelledby="orphans-title">
          <h3 id="orphans-title" className="panel-title">{t('reader.unanchored')} · {orphans.length}</h3>
          <p className="panel-hint">{t('reader.unanchoredHint')}</p>
          <ol className="annotation-list">
            {orphans.map((o) => (
              <div key={o.id}>
                {item(o, undefined)}
                <button type="button" className="tool-button" disabled={!props.hasSelection} onClick={() => props.onReattach(o)}>{t('reader.reattach')}</button>
              </div>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}

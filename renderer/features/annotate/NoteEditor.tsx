import { useId, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { classifyStorageError } from '../../store/storage-errors';
import { normalizeTags } from './new-annotation';

export interface NoteDraft {
  readonly note: string;
  readonly tags: readonly string[];
}

/**
 * Edits a note and its tags. Saving waits for the database to commit before saying "saved";
 * if the write fails the text stays in the editor, with the reason.
 */
export function NoteEditor({ initial, allTags, onSave, onCancel, label }: {
  initial: NoteDraft;
  allTags: readonly string[];
  onSave: (draft: NoteDraft) => Promise<void>;
  onCancel: () => void;
  label: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState<string[]>([...initial.tags]);
  const [tagInput, setTagInput] = useState('');
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });

  const addTag = (raw: string) => {
    const next = normalizeTags([...tags, ...raw.split(/[,，、\s]+/)]);
    setTags(next);
    setTagInput('');
    return next;
  };
  const save = async () => {
    const finalTags = tagInput.trim() ? addTag(tagInput) : tags;
    setStatus({ kind: 'saving' });
    try {
      await onSave({ note: note.trim(), tags: finalTags });
      setStatus({ kind: 'saved' });
    } catch (error) {
      const failure = classifyStorageError(error);
      setStatus({ kind: 'error', message: failure.kind === 'quota' ? t('note.quotaExceeded') : t('note.saveFailed', { message: failure.message }) });
    }
  };
  const onTagKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (tagInput.trim()) addTag(tagInput);
    } else if (e.key === 'Backspace' && tagInput === '' && tags.length > 0) setTags(tags.slice(0, -1));
  };
  const onNoteKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape') onCancel();
  };
  return (
    <form className="note-editor" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <label className="visually-hidden" htmlFor={`${id}-note`}>{label}</label>
      <textarea id={`${id}-note`} value={note} rows={4} placeholder={t('note.placeholder')} autoFocus onChange={(e) => setNote(e.target.value)} onKeyDown={onNoteKey} />
      <div className="tag-editor">
        <ul className="tag-list" aria-label={t('note.tags')}>
          {tags.map((tag) => (
            <li key={tag} className="tag">
              #{tag}
              <button type="button" className="tag-remove" aria-label={t('note.removeTag', { tag })} onClick={() => setTags(tags.filter((x) => x !== tag))}>×</button>
            </li>
          ))}
        </ul>
        <input aria-label={t('note.tags')} list={`${id}-tags`} value={tagInput} placeholder={t('note.tagsPlaceholder')} onChange={(e) => setTagInput(e.target.value)} onKeyDown={onTagKey} />
        <datalist id={`${id}-tags`}>
          {allTags.filter((tag) => !tags.includes(tag)).map((tag) => <option key={tag} value={tag} />)}
        </datalist>
      </div>
      <div className="note-editor-actions">
        <button type="submit" className="primary-button" disabled={status.kind === 'saving'}>{t('note.save')}</button>
        <button type="button" className="tool-button" onClick={onCancel}>{t('note.cancel')}</button>
        <span className={`save-status save-status-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.kind === 'saving' ? t('note.saving') : status.kind === 'saved' ? t('note.saved') : status.kind === 'error' ? status.message : ''}
        </span>
      </div>
    </form>
  );
}

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { sameBody, unchangedSince, type AnnotationBody, type NoteVersion } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';
import { useToast } from '../../ui/toast';
import { classifyStorageError } from '../../store/storage-errors';
import { DiscardNoteDialog } from './DiscardNoteDialog';
import { normalizeTags } from '../../store/new-annotation';
import { NoteConflictDialog } from './NoteConflictDialog';
import { draftIsStale, useNoteDraft } from './use-note-draft';
import { describeError } from '../../ui/i18n/describe-error';

/** A note's text and tags as the editor holds them. */
export type NoteDraft = AnnotationBody;

/** How one save ended, as the editor needs to know it. */
export type NoteSaveOutcome<T extends NoteVersion = NoteVersion> =
  { readonly kind: 'saved' } | { readonly kind: 'conflict'; readonly theirs: T } | { readonly kind: 'deleted' };

export interface NoteEditorProps<T extends NoteVersion> {
  /** The note as stored now; null when it does not exist (not yet, or deleted elsewhere). */
  readonly current: T | null;
  /** Which note the drafts belong to: the annotation id, or `articleNoteDraftId(articleId)`. */
  readonly noteId: string;
  readonly articleId: string;
  readonly allTags: readonly string[];
  readonly label: string;
  /** Writes the text over `base` (the version editing started from), revision-checked. */
  readonly onSave: (draft: NoteDraft, base: T | null) => Promise<NoteSaveOutcome<T>>;
  /** Keeps the other window's version and mine as well. */
  readonly onKeepBoth: (draft: NoteDraft, theirs: T) => Promise<NoteSaveOutcome<T>>;
  /** What "keep both" does for this kind of note, shown in the conflict dialog. */
  readonly keepBothHint: string;
  /** Brings a note deleted elsewhere back with this text. */
  readonly onRestore: (draft: NoteDraft, snapshot: T) => Promise<NoteSaveOutcome<T>>;
  /** Closes the editor (after a save, or once nothing unsaved is left). */
  readonly onClose: () => void;
}

type Phase<T> =
  | { readonly kind: 'editing' }
  | { readonly kind: 'confirm-discard' }
  | { readonly kind: 'conflict'; readonly theirs: T; readonly mine: NoteDraft; readonly mineTime: string };

type Status = { kind: 'idle' | 'saving' } | { kind: 'error'; message: string };

/**
 * Edits a note and its tags without ever losing what was typed: the text is kept as a draft
 * while typing (and comes back when the note is reopened, after a crash too); a save never
 * overwrites a newer version saved in another window but shows both; a note deleted elsewhere
 * keeps the text and offers to restore it; Escape with unsaved text asks first.
 */
export function NoteEditor<T extends NoteVersion>(props: NoteEditorProps<T>) {
  const { current, noteId, articleId, allTags, label } = props;
  const { t, formatDate } = useI18n();
  const toast = useToast();
  const id = useId();
  const [base, setBase] = useState<T | null>(current);
  const draft = useNoteDraft({ noteId, articleId, base });
  const [loaded, setLoaded] = useState(false);
  const [note, setNote] = useState(base?.body.note ?? '');
  const [tags, setTags] = useState<string[]>([...(base?.body.tags ?? [])]);
  const [tagInput, setTagInput] = useState('');
  const [restoredFrom, setRestoredFrom] = useState<string>();
  const [deletedSeen, setDeletedSeen] = useState(false);
  const [phase, setPhase] = useState<Phase<T>>({ kind: 'editing' });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const typedAt = useRef(new Date().toISOString());
  const closed = useRef(false);
  const lastRecorded = useRef('');

  const body: NoteDraft = { note: note.trim(), tags: tagInput.trim() ? normalizeTags([...tags, ...tagInput.split(/[,，、\s]+/)]) : tags };
  const dirty = !sameBody(body, base?.body ?? { note: '', tags: [] });
  const deleted = base !== null && (current === null || deletedSeen);
  const changedElsewhere = !deleted && base !== null && current !== null && !unchangedSince(base, current) && !sameBody(base.body, current.body);

  // A draft from an earlier session: applied when it was written on the version stored now,
  // offered as a conflict when another save came in between.
  useEffect(() => {
    if (loaded || draft.found === undefined) return;
    setLoaded(true);
    const found = draft.found;
    lastRecorded.current = JSON.stringify(base?.body ?? { note: '', tags: [] });
    if (!found) return;
    const text: NoteDraft = { note: found.note, tags: [...found.tags] };
    setNote(found.note);
    setTags([...found.tags]);
    typedAt.current = found.updated;
    lastRecorded.current = JSON.stringify(text);
    if (current && draftIsStale(found, current) && !sameBody(text, current.body)) {
      setPhase({ kind: 'conflict', theirs: current, mine: text, mineTime: found.updated });
    } else {
      setRestoredFrom(found.updated);
    }
  }, [draft.found, loaded, current, base]);

  // Keep every change as a draft (debounced); text equal to the saved note needs none.
  const bodyKey = JSON.stringify(body);
  useEffect(() => {
    if (!loaded || closed.current || bodyKey === lastRecorded.current) return;
    lastRecorded.current = bodyKey;
    typedAt.current = new Date().toISOString();
    draft.record(dirty ? body : undefined);
    // `body` is `bodyKey` parsed; depending on the key avoids a write per render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bodyKey, loaded]);

  // Closing the tab or window with unsaved text: the browser asks (the draft is kept anyway);
  // in Electron the main process asks with a native dialog (electron/main/unload-guard.ts).
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      draft.flush(true);
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty, draft]);

  // Leaving the editor some other way (another note, another page): the draft stays, and we say so.
  // A successful save may close the editor (the parent) before the save call returns here.
  const saving = useRef(false);
  const leftDirty = useRef(false);
  leftDirty.current = dirty && loaded;
  useEffect(
    () => () => {
      if (!closed.current && !saving.current && leftDirty.current) toast(t('note.draftKept'));
    },
    // Only on unmount; the refs carry the latest values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const close = async (forgetDraft: boolean) => {
    closed.current = true;
    if (forgetDraft) await draft.forget().catch(() => undefined);
    props.onClose();
  };

  const fail = (error: unknown) => {
    const failure = classifyStorageError(error);
    setStatus({ kind: 'error', message: failure.kind === 'quota' ? t('note.quotaExceeded') : t('note.saveFailed', { message: describeError(t, error) }) });
  };

  const finish = async (outcome: NoteSaveOutcome<T>, text: NoteDraft) => {
    switch (outcome.kind) {
      case 'saved':
        await close(true);
        return;
      case 'conflict':
        setPhase({ kind: 'conflict', theirs: outcome.theirs, mine: text, mineTime: typedAt.current });
        setStatus({ kind: 'idle' });
        return;
      case 'deleted':
        setDeletedSeen(true);
        setStatus({ kind: 'idle' });
        return;
    }
  };

  const run = async (write: () => Promise<NoteSaveOutcome<T>>, text: NoteDraft) => {
    setStatus({ kind: 'saving' });
    draft.flush();
    saving.current = true;
    try {
      const outcome = await write();
      // After a save the editor is closing; whenever that unmount lands, it is not "left dirty".
      if (outcome.kind !== 'saved') saving.current = false;
      await finish(outcome, text);
    } catch (error) {
      saving.current = false;
      fail(error);
    }
  };

  const save = () => {
    if (tagInput.trim()) {
      setTags([...body.tags]);
      setTagInput('');
    }
    void run(() => props.onSave(body, base), body);
  };

  const keepMine = (theirs: T, mine: NoteDraft) => {
    setBase(theirs);
    draft.rebase(theirs);
    setPhase({ kind: 'editing' });
    void run(() => props.onSave(mine, theirs), mine);
  };

  const keepBoth = (theirs: T, mine: NoteDraft) => {
    setPhase({ kind: 'editing' });
    void run(() => props.onKeepBoth(mine, theirs), mine);
  };

  const requestClose = () => {
    if (dirty) setPhase({ kind: 'confirm-discard' });
    else void close(true);
  };

  const onTagKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (tagInput.trim()) {
        setTags([...body.tags]);
        setTagInput('');
      }
    } else if (e.key === 'Backspace' && tagInput === '' && tags.length > 0) setTags(tags.slice(0, -1));
    else if (e.key === 'Escape') {
      e.preventDefault();
      requestClose();
    }
  };
  const onNoteKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!deleted) save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      requestClose();
    }
  };

  if (!loaded)
    return (
      <p className="note-editor note-editor-loading" role="status">
        {t('note.loadingDraft')}
      </p>
    );
  const busy = status.kind === 'saving';
  return (
    <form
      className="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (!deleted) save();
      }}
    >
      {deleted && (
        <div className="note-editor-notice" role="alert">
          <p>{t('note.deletedElsewhere')}</p>
          <div className="note-editor-actions">
            <button type="button" className="primary-button" disabled={busy} onClick={() => base && void run(() => props.onRestore(body, base), body)}>
              {t('note.restoreWithMine')}
            </button>
            <button type="button" className="tool-button" disabled={busy} onClick={() => void close(true)}>
              {t('note.discard')}
            </button>
          </div>
        </div>
      )}
      {changedElsewhere && (
        <p className="note-editor-notice" role="status">
          {t('note.changedElsewhere')}
        </p>
      )}
      {restoredFrom && !deleted && (
        <p className="note-editor-notice" role="status">
          {t('note.draftRestored', { time: formatDate(restoredFrom) })}
        </p>
      )}
      <label className="visually-hidden" htmlFor={`${id}-note`}>
        {label}
      </label>
      <textarea
        id={`${id}-note`}
        value={note}
        rows={4}
        placeholder={t('note.placeholder')}
        autoFocus
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={onNoteKey}
      />
      <div className="tag-editor">
        <ul className="tag-list" aria-label={t('note.tags')}>
          {tags.map((tag) => (
            <li key={tag} className="tag">
              #{tag}
              <button type="button" className="tag-remove" aria-label={t('note.removeTag', { tag })} onClick={() => setTags(tags.filter((x) => x !== tag))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          aria-label={t('note.tags')}
          list={`${id}-tags`}
          value={tagInput}
          placeholder={t('note.tagsPlaceholder')}
          onChange={(e) => setTagInput(e.target.value)}
          onKeyDown={onTagKey}
        />
        <datalist id={`${id}-tags`}>
          {allTags
            .filter((tag) => !tags.includes(tag))
            .map((tag) => (
              <option key={tag} value={tag} />
            ))}
        </datalist>
      </div>
      {!deleted && (
        <div className="note-editor-actions">
          <button type="submit" className="primary-button" disabled={busy}>
            {t('note.save')}
          </button>
          <button type="button" className="tool-button" onClick={requestClose}>
            {t('note.cancel')}
          </button>
          <span className={`save-status save-status-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
            {status.kind === 'saving' ? t('note.saving') : status.kind === 'error' ? status.message : ''}
          </span>
        </div>
      )}
      {deleted && status.kind === 'error' && (
        <p className="save-status save-status-error" role="alert">
          {status.message}
        </p>
      )}
      {phase.kind === 'confirm-discard' && (
        <DiscardNoteDialog
          onKeepEditing={() => setPhase({ kind: 'editing' })}
          onDiscard={() => {
            setPhase({ kind: 'editing' });
            void close(true);
          }}
        />
      )}
      {phase.kind === 'conflict' && (
        <NoteConflictDialog
          mine={phase.mine}
          mineTime={phase.mineTime}
          theirs={phase.theirs.body}
          theirsTime={phase.theirs.modified}
          keepBothHint={props.keepBothHint}
          busy={busy}
          onKeepMine={() => keepMine(phase.theirs, phase.mine)}
          onKeepTheirs={() => {
            setPhase({ kind: 'editing' });
            void close(true);
          }}
          onKeepBoth={() => keepBoth(phase.theirs, phase.mine)}
          onBack={() => setPhase({ kind: 'editing' })}
        />
      )}
    </form>
  );
}

/**
 * Writing a note on a highlight or an article: the editor with its draft, conflict and discard
 * dialogs. The reader shows it; nothing else of this folder is public.
 */
export { NoteEditor, type NoteDraft, type NoteEditorProps, type NoteSaveOutcome } from './NoteEditor';

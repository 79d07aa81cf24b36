import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { useToast } from '../../app/toast';
import { saveArticleNote, useArticleNote } from '../../store/article-notes-repo';
import { useServices } from '../../store/services';
import { MarkdownLite } from '../annotate/MarkdownLite';
import { NoteEditor } from '../annotate/NoteEditor';

/** One free-form note about the whole article, above the passage annotations. */
export function ArticleNotePanel({ articleId }: { articleId: string }) {
  const { t } = useI18n();
  const { db } = useServices();
  const toast = useToast();
  const note = useArticleNote(articleId);
  const [editing, setEditing] = useState(false);
  const hasContent = note && (note.body.note || note.body.tags.length);
  return (
    <section className="article-note" aria-labelledby="article-note-title">
      <h2 id="article-note-title" className="panel-title">{t('reader.articleNote')}</h2>
      {editing ? (
        <NoteEditor initial={note?.body ?? { note: '', tags: [] }} allTags={[]} label={t('reader.articleNote')}
          onCancel={() => setEditing(false)}
          onSave={async (draft) => {
            await saveArticleNote(db, articleId, draft, note);
            setEditing(false);
            toast(t('note.saved'));
          }} />
      ) : (
        <>
          {hasContent ? <MarkdownLite text={note.body.note} /> : null}
          {note && note.body.tags.length > 0 && (
            <ul className="tag-list" aria-label={t('note.tags')}>{note.body.tags.map((tag) => <li key={tag} className="tag">#{tag}</li>)}</ul>
          )}
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {hasContent ? t('note.edit') : t('reader.articleNotePlaceholder')}
          </button>
        </>
      )}
    </section>
  );
}

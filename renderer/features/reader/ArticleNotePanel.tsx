import { useState } from 'react';
import { combineBodies, type AnnotationBody, type ArticleNote } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';
import { useToast } from '../../ui/toast';
import { saveArticleNote, useArticleNote } from '../../store/article-notes-repo';
import { articleNoteDraftId, useDraftIds } from '../../store/drafts-repo';
import { useServices } from '../../store/services';
import { NoteMarkdown } from '../../ui/NoteMarkdown';
import { NoteEditor } from '../annotate';
import { TagList } from '../../ui/TagList';

/** One free-form note about the whole article, above the passage annotations. */
export function ArticleNotePanel({ articleId }: { articleId: string }) {
  const { t } = useI18n();
  const { db } = useServices();
  const toast = useToast();
  const note = useArticleNote(articleId);
  const [editing, setEditing] = useState(false);
  const draftId = articleNoteDraftId(articleId);
  const hasDraft = useDraftIds(articleId).has(draftId);
  const save = async (body: AnnotationBody, base: ArticleNote | null) => {
    const result = await saveArticleNote(db, articleId, body, base);
    if (result.kind === 'saved') toast(t('note.saved'));
    return result;
  };
  const hasContent = note && (note.body.note || note.body.tags.length);
  return (
    <section className="article-note" aria-labelledby="article-note-title">
      <h2 id="article-note-title" className="panel-title">
        {t('reader.articleNote')}
      </h2>
      {editing ? (
        <NoteEditor
          current={note ?? null}
          noteId={draftId}
          articleId={articleId}
          allTags={[]}
          label={t('reader.articleNote')}
          keepBothHint={t('conflict.keepBothArticleNote')}
          onClose={() => setEditing(false)}
          onSave={(body, base) => save(body, base)}
          onKeepBoth={(body, theirs) => save(combineBodies(theirs.body, body), theirs)}
          onRestore={(body) => save(body, null)}
        />
      ) : (
        <>
          {hasContent ? <NoteMarkdown text={note.body.note} /> : null}
          {note && <TagList tags={note.body.tags} />}
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {hasDraft ? t('note.continueDraft') : hasContent ? t('note.edit') : t('reader.articleNotePlaceholder')}
          </button>
        </>
      )}
    </section>
  );
}

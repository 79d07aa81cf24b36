import { memo } from 'react';
import type { HighlightColor } from '../../../corpus/model';
import { initialsOf } from '../../../corpus/sync/team-docs';
import { useI18n } from '../../ui/i18n';
import { NoteMarkdown } from '../../ui/NoteMarkdown';
import { TagList } from '../../ui/TagList';
import type { NotebookEntry } from './notebook-model';

// Row height guesses (px) until measured: quote up to 3 lines, a note, tags, footer. Kept per
// annotation object (the list asks for every row's guess after each measuring pass).
const estimates = new WeakMap<NotebookEntry['annotation'], number>();
export function estimateEntryHeight(entry: NotebookEntry): number {
  const { annotation } = entry;
  const known = estimates.get(annotation);
  if (known !== undefined) return known;
  const estimate = estimateAnnotation(annotation);
  estimates.set(annotation, estimate);
  return estimate;
}

function estimateAnnotation(annotation: NotebookEntry['annotation']): number {
  const quoteLines = Math.min(3, Math.ceil(annotation.target.selector[0].exact.length / 40));
  const noteLines = annotation.body.note ? Math.min(6, annotation.body.note.split('\n').length + Math.floor(annotation.body.note.length / 60)) : 0;
  return 48 + quoteLines * 26 + noteLines * 22 + (annotation.body.tags.length > 0 ? 28 : 0);
}

// Memoized: a filter change re-renders only the rows that are new on screen.
export const EntryCard = memo(function EntryCard({
  entry,
  unanchored,
  colorNames,
  onOpen,
}: {
  entry: NotebookEntry;
  unanchored: boolean;
  colorNames: Record<HighlightColor, string>;
  onOpen: (entry: NotebookEntry) => void;
}) {
  const { t, formatDate } = useI18n();
  const { annotation, article, author } = entry;
  const { note, tags } = annotation.body;
  return (
    <div className={author ? 'notebook-entry notebook-entry-colleague' : 'notebook-entry'} data-annotation-id={annotation.id}>
      {author && (
        <p className="notebook-author">
          <span className="colleague-marker-inline" aria-hidden="true">
            {initialsOf(author.name)}
          </span>
          <span>{t('team.noteBy', { name: author.name })}</span>
        </p>
      )}
      <button type="button" className="annotation-quote" onClick={() => onOpen(entry)} disabled={!article}>
        <span className={`color-chip chip-${annotation.color}`} role="img" aria-label={colorNames[annotation.color]} />
        <span className="quote-text">{annotation.target.selector[0].exact}</span>
        {unanchored && <span className="badge badge-unanchored">{t('notebook.unanchored')}</span>}
      </button>
      {note && <NoteMarkdown text={note} />}
      <TagList tags={tags} />
      <p className="annotation-footer">
        <span className="notebook-color-name">{colorNames[annotation.color]}</span>
        <span className="notebook-article-title">{article?.title ?? t('notebook.removed')}</span>
        <time dateTime={annotation.modified}>{formatDate(annotation.modified)}</time>
      </p>
    </div>
  );
});

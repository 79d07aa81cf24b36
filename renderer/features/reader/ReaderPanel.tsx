import { useMemo, type ReactNode } from 'react';
import type { Article, AnnotationBody, HighlightColor } from '../../../corpus/model';
import { useAllAnnotations } from '../../store/annotations-repo';
import type { StoredAnnotation } from '../../store/records';
import { useI18n } from '../../ui/i18n';
import { useToast } from '../../ui/toast';
import { AnnotationPanel } from './AnnotationPanel';
import { ArticleNotePanel } from './ArticleNotePanel';
import type { AnchoredAnnotation, OrphanCandidate } from './use-anchors';
import type { useAnnotationActions } from './use-annotation-actions';

/** The reader's right column: the note on the whole article, then its annotations. */
export function ReaderPanel(props: {
  article: Article;
  actions: ReturnType<typeof useAnnotationActions>;
  loading: boolean;
  anchored: readonly AnchoredAnnotation[];
  orphans: readonly StoredAnnotation[];
  orphanCandidates: ReadonlyMap<string, readonly OrphanCandidate[]>;
  activeId: string | undefined;
  editingId: string | undefined;
  colorNames: Record<HighlightColor, string>;
  /** The passage selected in the article: "re-attach to the selection" uses it. */
  selected: { readonly start: number; readonly end: number } | undefined;
  onJump: (a: AnchoredAnnotation) => void;
  onEdit: (id: string | undefined) => void;
  /** Colleagues' notes on this article (team sharing), under the article note. */
  colleagues?: ReactNode;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const { article, actions, selected, onEdit } = props;
  const everything = useAllAnnotations();
  const allTags = useMemo(() => [...new Set((everything ?? []).flatMap((a) => a.body.tags))].sort((a, b) => a.localeCompare(b, 'zh-CN')), [everything]);
  const onSave = async (base: StoredAnnotation, body: AnnotationBody) => {
    const result = await actions.saveNote(base, body);
    if (result.kind === 'saved') {
      onEdit(undefined);
      toast(t('note.saved'));
    }
    return result;
  };
  return (
    <aside className="reader-right" aria-label={t('reader.annotations')}>
      <ArticleNotePanel articleId={article.id} />
      {props.colleagues}
      <AnnotationPanel
        loading={props.loading}
        anchored={props.anchored}
        orphans={props.orphans}
        activeId={props.activeId}
        editingId={props.editingId}
        colorNames={props.colorNames}
        allTags={allTags}
        hasSelection={selected !== undefined}
        onJump={props.onJump}
        onEdit={onEdit}
        onSave={onSave}
        onSaveCopy={actions.saveCopy}
        onRestore={actions.restoreWithText}
        onDelete={(annotation) => void actions.remove(annotation)}
        orphanCandidates={props.orphanCandidates}
        onReattach={(annotation, range) => {
          const to = range ?? selected;
          if (to) void actions.reattach(annotation, to.start, to.end);
        }}
      />
    </aside>
  );
}

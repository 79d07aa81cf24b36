import type { Article } from '../../../../corpus/model';
import { exportMarkdown } from '../../../../corpus/export/markdown';
import { useI18n } from '../../../ui/i18n';
import { useToast } from '../../../ui/toast';
import { useAnnotations } from '../../../store/annotations-repo';
import { useArticleNote } from '../../../store/article-notes-repo';
import { useEarlierTexts } from '../../../store/article-versions-repo';
import { useServices } from '../../../store/services';
import { useColorNames } from '../../../ui/color-names';
import { annotateArticles, fileStem } from '../../../../corpus/export/export-input';
import { describeError } from '../../../ui/i18n/describe-error';

/** The reader's "Export Markdown": this article's highlights and notes as a Markdown file. */
export function ExportMarkdownButton({ article }: { article: Article }) {
  const { t, lang } = useI18n();
  const { host } = useServices();
  const toast = useToast();
  const annotations = useAnnotations(article.id);
  const note = useArticleNote(article.id);
  const earlier = useEarlierTexts(article, annotations);
  const colorNames = useColorNames();
  const run = async () => {
    const annotated = annotateArticles([article], annotations ?? [], note ? [note] : [], new Map([[article.id, earlier ?? []]]));
    const result = await host.saveFile({
      suggestedName: `${fileStem(article.meta.title)}.md`,
      content: exportMarkdown({ articles: annotated, colorNames, lang }),
      mimeType: 'text/markdown',
    });
    if (!result.ok) toast(t('common.error', { message: describeError(t, result.error) }), { tone: 'error' });
    else if (result.value.saved) toast(t('export.saved', { path: result.value.path }));
  };
  return (
    <button type="button" className="tool-button export-pdf-button" onClick={() => void run()} disabled={!annotations || !earlier}>
      {t('export.markdown')}
    </button>
  );
}

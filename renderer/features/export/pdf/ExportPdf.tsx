import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { renderArticlePrintHtml } from '../../../../corpus/export/print-html';
import type { PageSize } from '../../../../corpus/export/print-types';
import type { Article } from '../../../../corpus/model';
import { useI18n } from '../../../ui/i18n';
import { useToast } from '../../../ui/toast';
import { useAnnotations } from '../../../store/annotations-repo';
import { useArticleNote } from '../../../store/article-notes-repo';
import { useEarlierTexts } from '../../../store/article-versions-repo';
import { useServices } from '../../../store/services';
import { annotateArticles } from '../../../../corpus/export/export-input';
import { useColorNames } from '../../../ui/color-names';
import { PageSizeField } from './PageSizeField';
import { PrintPreview } from './PrintPreview';
import { toPrintInput } from './print-inputs';
import { savePdf } from './save-pdf';
import { Modal } from '../../../ui/Modal';
import { useCommand } from '../../../ui/use-command';

/** Opens the export dialog on Ctrl/Cmd+P and on the native menu's Export PDF / Print. */
// (The page's own print would print the app chrome, not the annotated layout.)
function useOpenCommands(open: () => void): void {
  useCommand({ key: { key: 'p', mod: true, alt: false, shift: false }, menu: ['export-pdf', 'print'] }, open);
}

/** "导出 PDF…" for the reader: a button, its shortcuts, and the dialog with preview. */
export function ExportPdf({ article }: { article: Article }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const show = useCallback(() => setOpen(true), []);
  useOpenCommands(show);
  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="tool-button export-pdf-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+P Meta+P"
        onClick={show}
      >
        {t('print.exportPdf')}
      </button>
      {open && <ExportPdfDialog article={article} onClose={close} />}
    </>
  );
}

function ExportPdfDialog({ article, onClose }: { article: Article; onClose: () => void }) {
  const { t, lang } = useI18n();
  const toast = useToast();
  const { host } = useServices();
  const annotations = useAnnotations(article.id);
  const articleNote = useArticleNote(article.id);
  const earlier = useEarlierTexts(article, annotations);
  const colorNames = useColorNames();
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [showPreview, setShowPreview] = useState(false);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const loaded = annotations !== undefined && articleNote !== undefined && earlier !== undefined;

  const buildHtml = useCallback((): string => {
    const [annotated] = annotateArticles([article], annotations ?? [], articleNote ? [articleNote] : [], new Map([[article.id, earlier ?? []]]));
    return renderArticlePrintHtml(toPrintInput(annotated!, { colorNames, lang, pageSize, generatedAt: new Date().toISOString() }));
  }, [article, annotations, articleNote, earlier, colorNames, lang, pageSize]);

  // Derived, so a shown preview follows the options and never differs from what Export prints.
  const preview = useMemo(() => (showPreview && loaded ? buildHtml() : undefined), [showPreview, loaded, buildHtml]);

  const exportPdf = async () => {
    setBusy(true);
    const outcome = await savePdf(host, t, { html: buildHtml(), title: article.meta.title, pageSize, lang });
    setBusy(false);
    if (outcome) toast(outcome.message, outcome.error ? { tone: 'error' } : {});
    if (!outcome?.error) onClose();
  };

  return (
    <Modal className={`dialog print-dialog${preview ? ' with-preview' : ''}`} aria-labelledby={titleId} onClose={onClose} closeOnBackdrop>
      <h3 id={titleId}>{t('print.dialogTitle')}</h3>
      <p className="settings-note">{article.meta.title}</p>
      <PageSizeField value={pageSize} onChange={setPageSize} autoFocus />
      <p className="settings-note">{t('print.labelsLanguage', { lang: t('print.langName') })}</p>
      {preview && <PrintPreview html={preview} title={t('print.previewFrame')} />}
      <div className="dialog-actions">
        <button type="button" className="tool-button" disabled={!loaded} onClick={() => setShowPreview(true)}>
          {t('print.preview')}
        </button>
        <button type="button" className="primary-button" disabled={!loaded || busy} onClick={() => void exportPdf()}>
          {t('print.export')}
        </button>
        <button type="button" className="tool-button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}

import { useRef, useState } from 'react';
import { parseAnnotationImport, serializeBackup } from '../../../corpus/backup';
import { exportMarkdown } from '../../../corpus/export/markdown';
import { toAnnotationCollection } from '../../../corpus/export/w3c';
import { useI18n } from '../../ui/i18n';
import { describeImportError } from '../../ui/i18n/describe-import-error';
import { useToast } from '../../ui/toast';
import type { AnnotationChange, ArticleNoteChange } from '../../../corpus/backup/diff-annotations';
import { previewImportChanges } from '../../store/backup-preview';
import { backUpNow, restoreSafetyBackup, snapshot } from '../../store/backup-repo';
import { applyImport, checkImportIdentity, planImport, type DuplicatePolicy, type ImportPlan } from '../../store/import-repo';
import { loadEarlierTexts } from '../../store/article-versions-repo';
import { useLibrary } from '../../store/library-repo';
import { useServices } from '../../store/services';
import { annotateArticles } from '../../../corpus/export/export-input';
import { useColorNames } from '../../ui/color-names';
import { ChangeList } from './ChangeList';
import { NoteChangeList } from './NoteChangeList';
import { Modal } from '../../ui/Modal';
import { describeError } from '../../ui/i18n/describe-error';

const MAX_JSON_BYTES = 50 * 1024 * 1024;
const today = () => new Date().toISOString().slice(0, 10);

/** Settings → Export and import: Markdown, W3C JSON, a full backup file, and importing JSON. */
export function ExportImportSection() {
  const { t, lang } = useI18n();
  const { db, host, bundled } = useServices();
  const { articles } = useLibrary();
  const colorNames = useColorNames();
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<{ file: string; lines: string[] }>();
  const [plan, setPlan] = useState<{ file: string; plan: ImportPlan; changes: readonly AnnotationChange[]; noteChanges: readonly ArticleNoteChange[] }>();
  const [undo, setUndo] = useState<{ file: string; safety: string }>();
  const [policy, setPolicy] = useState<DuplicatePolicy>('skip');

  const save = async (suggestedName: string, content: string, mimeType: 'text/markdown' | 'application/json') => {
    const result = await host.saveFile({ suggestedName, content, mimeType });
    if (!result.ok) toast(t('common.error', { message: describeError(t, result.error) }), { tone: 'error' });
    else if (result.value.saved) toast(t('export.saved', { path: result.value.path }));
  };
  const exportBackup = async () =>
    save(`pizhu-backup-${today()}.json`, serializeBackup(await snapshot(db), new Date().toISOString(), __APP_VERSION__), 'application/json');
  const exportW3c = async () => {
    const data = await snapshot(db);
    await save(`pizhu-annotations-${today()}.jsonld`, `${JSON.stringify(toAnnotationCollection(data.annotations), null, 2)}\n`, 'application/json');
  };
  const exportMd = async () => {
    const data = await snapshot(db);
    const earlier = await loadEarlierTexts(db, articles, data.annotations);
    const annotated = annotateArticles(articles, data.annotations, data.articleNotes, earlier).filter(
      (a) => a.annotations.length + a.orphans.length + a.articleNotes.length > 0,
    );
    await save(`pizhu-notes-${today()}.md`, exportMarkdown({ articles: annotated, colorNames, lang }), 'text/markdown');
  };
  const onFile = async (file: File | undefined) => {
    setErrors(undefined);
    setPlan(undefined);
    if (!file) return;
    if (file.size > MAX_JSON_BYTES) {
      setErrors({ file: file.name, lines: [t('import.tooLarge')] });
      return;
    }
    const parsed = await checkImportIdentity(db, parseAnnotationImport(await file.text()), bundled);
    if (!parsed.ok) {
      setErrors({
        file: file.name,
        lines: parsed.error
          .slice(0, 20)
          .map((e) => describeImportError(t, e))
          .concat(parsed.error.length > 20 ? [t('import.moreErrors', { count: parsed.error.length - 20 })] : []),
      });
      return;
    }
    const planned = await planImport(db, parsed.value);
    const preview = await previewImportChanges(db, planned.annotations, planned.articleNotes);
    setPlan({ file: file.name, plan: planned, changes: preview.annotations, noteChanges: preview.notes });
  };
  const confirm = async () => {
    if (!plan) return;
    // The state before the import, pinned: undo restores it, and no later backup prunes it.
    const safety = await backUpNow(db, host, __APP_VERSION__, { pin: true });
    if ('error' in safety) {
      setErrors({ file: plan.file, lines: [t('import.safetyFailed', { message: safety.error })] });
      setPlan(undefined);
      return;
    }
    try {
      const result = await applyImport(db, plan.plan, policy);
      toast(t('import.done', { added: result.added, replaced: result.replaced, skipped: result.skipped }));
      setUndo({ file: plan.file, safety: safety.name });
    } catch (error) {
      setErrors({ file: plan.file, lines: [error instanceof Error ? error.message : String(error)] });
    }
    setPlan(undefined);
  };
  const undoImport = async () => {
    if (!undo) return;
    const result = await restoreSafetyBackup(db, host, undo.safety, __APP_VERSION__);
    if ('errors' in result) setErrors({ file: undo.safety, lines: result.errors.slice(0, 20).map((e) => describeImportError(t, e)) });
    else toast(t('backup.undone', { name: undo.safety }));
    setUndo(undefined);
  };
  const titles = new Map(articles.map((a) => [a.id, a.meta.title]));
  const titleOf = (id: string) => titles.get(id) ?? plan?.plan.articles.find((a) => a.id === id)?.meta.title;
  return (
    <section className="settings-section" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('settings.export')}</h2>
      <div className="button-row">
        <button type="button" className="tool-button" onClick={() => void exportMd()}>
          {t('export.markdown')}
        </button>
        <button type="button" className="tool-button" onClick={() => void exportW3c()}>
          {t('export.w3c')}
        </button>
        <button type="button" className="tool-button" onClick={() => void exportBackup()}>
          {t('export.backup')}
        </button>
        <button type="button" className="tool-button" onClick={() => fileInput.current?.click()}>
          {t('import.annotations')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.jsonld,application/json"
          className="visually-hidden"
          aria-label={t('import.annotations')}
          tabIndex={-1}
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {undo && (
        <div className="undo-notice" role="status">
          <span>{t('import.undoHint', undo)}</span>{' '}
          <button type="button" className="tool-button" onClick={() => void undoImport()}>
            {t('import.undo')}
          </button>
        </div>
      )}
      {errors && (
        <div className="error-box" role="alert">
          <p>{t('import.refused', { file: errors.file })}</p>
          <ul>
            {errors.lines.map((line, i) => (
              <li key={i}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan && (
        <Modal className="dialog dialog-wide" aria-labelledby="import-title" onClose={() => setPlan(undefined)}>
          <h3 id="import-title">{t('import.confirmTitle', { file: plan.file })}</h3>
          <p>{t('import.summary', { annotations: plan.plan.annotations.length, notes: plan.plan.articleNotes.length, articles: plan.plan.articles.length })}</p>
          {plan.plan.duplicates.length > 0 && (
            <fieldset>
              <legend>{t('import.duplicates', { count: plan.plan.duplicates.length })}</legend>
              <label className="radio">
                <input type="radio" name="dup" checked={policy === 'skip'} onChange={() => setPolicy('skip')} />
                {t('import.skip')}
              </label>
              <label className="radio">
                <input type="radio" name="dup" checked={policy === 'replace'} onChange={() => setPolicy('replace')} />
                {t('import.replace')}
              </label>
            </fieldset>
          )}
          <ChangeList changes={policy === 'replace' ? plan.changes : plan.changes.filter((c) => c.kind === 'added')} titleOf={titleOf} />
          <NoteChangeList changes={policy === 'replace' ? plan.noteChanges : plan.noteChanges.filter((c) => c.kind === 'added')} titleOf={titleOf} />
          <p className="settings-note">{t('import.safety')}</p>
          <div className="dialog-actions">
            <button type="button" className="primary-button" onClick={() => void confirm()}>
              {t('import.confirm')}
            </button>
            <button type="button" className="tool-button" onClick={() => setPlan(undefined)}>
              {t('common.cancel')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}

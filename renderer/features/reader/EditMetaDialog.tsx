import { useId, useMemo, useRef, useState } from 'react';
import {
  changedFields,
  CORRECTABLE_FIELDS,
  fieldsFromForm,
  formFromMeta,
  type CorrectableField,
  type FieldProblem,
  type MetaCorrection,
  type MetaForm,
} from '../../../corpus/corrections';
import type { Article } from '../../../corpus/model';
import { useI18n } from '../../ui/i18n';
import { describeImportError } from '../../ui/i18n/describe-import-error';
import { useToast } from '../../ui/toast';
import { restoreMetaCorrection, saveMetaCorrection } from '../../store/meta-corrections-repo';
import { useServices } from '../../store/services';
import { Modal } from '../../ui/Modal';
import { describeError } from '../../ui/i18n/describe-error';
import { MetaFieldRow } from './MetaFieldRow';

const sameFields = (a: object | undefined, b: object): boolean => JSON.stringify(a ?? {}) === JSON.stringify(b);

export interface EditMetaDialogProps {
  /** The article as shown (with its correction). */
  readonly article: Article;
  /** The article as imported: what "reset" goes back to. */
  readonly inferred: Article;
  readonly correction: MetaCorrection | undefined;
  readonly onClose: () => void;
}

/**
 * Corrects an imported article's title, source, date, authors and places. A field that
 * differs from the inference is marked "edited" with a reset to the inferred value; values
 * are checked before anything is written (errors in the user's language, on the field);
 * saving offers Undo, because the change alters what every view shows.
 */
export function EditMetaDialog({ article, inferred, correction, onClose }: EditMetaDialogProps) {
  const { t } = useI18n();
  const { db } = useServices();
  const toast = useToast();
  const titleId = useId();
  const idBase = useId();
  const [form, setForm] = useState<MetaForm>(() => formFromMeta(article.meta));
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const inputs = useRef<Partial<Record<CorrectableField, HTMLInputElement | null>>>({});
  const inferredForm = useMemo(() => formFromMeta(inferred.meta), [inferred.meta]);
  const edited = new Set(changedFields(form, inferred.meta));

  const set = (field: CorrectableField, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setProblems((all) => all.filter((p) => p.field !== field));
  };

  const save = async () => {
    const result = fieldsFromForm(form, inferred.meta);
    if (!result.ok) {
      setProblems(result.error);
      inputs.current[result.error[0]!.field]?.focus();
      return;
    }
    if (sameFields(correction?.fields, result.value)) {
      toast(t('editMeta.unchanged'));
      onClose();
      return;
    }
    setBusy(true);
    try {
      const saved = await saveMetaCorrection(db, inferred, result.value);
      if (!saved.ok) {
        toast(t('common.error', { message: saved.error.map((e) => describeImportError(t, e)).join('; ') }), { tone: 'error' });
        setBusy(false);
        return;
      }
      onClose();
      const { previous } = saved.value;
      toast(t('editMeta.saved'), { action: { label: t('toast.undo'), run: () => void restoreMetaCorrection(db, inferred.id, previous) } });
    } catch (error) {
      toast(t('common.error', { message: describeError(t, error) }), { tone: 'error' });
      setBusy(false);
    }
  };

  return (
    <Modal className="dialog edit-meta-dialog" aria-labelledby={titleId} onClose={onClose} closeOnBackdrop>
      <h3 id={titleId}>{t('editMeta.title')}</h3>
      <p className="settings-note">{t('editMeta.intro')}</p>
      <form
        className="pack-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {CORRECTABLE_FIELDS.map((field, i) => (
          <MetaFieldRow
            key={field}
            id={`${idBase}-${field}`}
            field={field}
            value={form[field]}
            inferred={inferredForm[field]}
            edited={edited.has(field)}
            problem={problems.find((p) => p.field === field)}
            autoFocus={i === 0}
            inputRef={(el) => {
              inputs.current[field] = el;
            }}
            onChange={(value) => set(field, value)}
          />
        ))}
        <div className="dialog-actions">
          <button type="submit" className="primary-button" disabled={busy}>
            {t('editMeta.save')}
          </button>
          <button type="button" className="tool-button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** "编辑信息" for the reader's toolbar: opens the dialog, and gives focus back when it closes. */
export function EditMetaButton(props: Omit<EditMetaDialogProps, 'onClose'>) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" className="tool-button edit-meta-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('editMeta.button')}
      </button>
      {open && <EditMetaDialog {...props} onClose={close} />}
    </>
  );
}

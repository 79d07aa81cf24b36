import type { CorrectableField, FieldProblem } from '../../../corpus/corrections';
import { useI18n } from '../../ui/i18n';
import { FIELD_LABEL, problemMessage } from './meta-problem-message';

const HINT: Partial<Record<CorrectableField, 'editMeta.hint.date' | 'editMeta.hint.list'>> = {
  date: 'editMeta.hint.date',
  authors: 'editMeta.hint.list',
  places: 'editMeta.hint.list',
};

/**
 * One field of the edit-metadata form: its input, then (when it differs from the inference)
 * "edited" with the inferred value and a reset, its hint, and its problem; the input is
 * described by all three.
 */
export function MetaFieldRow({
  id,
  field,
  value,
  inferred,
  edited,
  problem,
  autoFocus,
  inputRef,
  onChange,
}: {
  id: string;
  field: CorrectableField;
  value: string;
  /** The value as imported: what "reset" puts back. */
  inferred: string;
  edited: boolean;
  problem: FieldProblem | undefined;
  autoFocus: boolean;
  inputRef: (input: HTMLInputElement | null) => void;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const hint = HINT[field];
  const described = [hint && `${id}-hint`, problem && `${id}-error`, edited && `${id}-inferred`].filter(Boolean).join(' ');
  return (
    <div className="settings-row">
      <label htmlFor={id}>{t(FIELD_LABEL[field])}</label>
      <input
        id={id}
        type="text"
        value={value}
        autoFocus={autoFocus}
        ref={inputRef}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {edited && (
        <>
          {' '}
          <span className="badge">{t('editMeta.edited')}</span>
          <p className="settings-note" id={`${id}-inferred`}>
            {inferred ? t('editMeta.inferred', { value: inferred }) : t('editMeta.inferredNone')}{' '}
            <button
              type="button"
              className="link-button"
              aria-label={t('editMeta.resetField', { field: t(FIELD_LABEL[field]) })}
              onClick={() => onChange(inferred)}
            >
              {t('editMeta.reset')}
            </button>
          </p>
        </>
      )}
      {hint && (
        <p className="settings-note" id={`${id}-hint`}>
          {t(hint)}
        </p>
      )}
      {problem && (
        <p className="error-text" role="alert" id={`${id}-error`}>
          {problemMessage(t, problem)}
        </p>
      )}
    </div>
  );
}

import type { PageSize } from '../../../../corpus/export/print-types';
import { useI18n } from '../../../ui/i18n';

const SIZES: readonly PageSize[] = ['A4', 'Letter'];

/** A4 / Letter radio group. */
export function PageSizeField({ value, onChange, autoFocus = false }: { value: PageSize; onChange: (size: PageSize) => void; autoFocus?: boolean }) {
  const { t } = useI18n();
  return (
    <fieldset className="settings-row">
      <legend>{t('print.pageSize')}</legend>
      {SIZES.map((size) => (
        <label key={size} className="radio">
          <input
            type="radio"
            name="print-page-size"
            value={size}
            checked={value === size}
            autoFocus={autoFocus && value === size}
            onChange={() => onChange(size)}
          />
          {size}
        </label>
      ))}
    </fieldset>
  );
}

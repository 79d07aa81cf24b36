import { useServices } from '../store/services';
import { putSettings, resetSettings, useInvalidSettings } from '../store/settings-repo';
import { describeImportError } from '../ui/i18n/describe-import-error';
import { useI18n } from '../ui/i18n';
import { useToast } from '../ui/toast';

/**
 * Shown on every view while a stored setting is one the app refused (and uses the default
 * for): which setting, why (folded away), and a way to remove it, with undo.
 */
export function InvalidSettingsNotice() {
  const { t } = useI18n();
  const { db } = useServices();
  const toast = useToast();
  const invalid = useInvalidSettings();
  if (!invalid || invalid.length === 0) return null;
  const clear = async () => {
    const removed = await resetSettings(
      db,
      invalid.map((s) => s.key),
    );
    toast(t('settings.invalidCleared'), { action: { label: t('toast.undo'), run: () => void putSettings(db, removed) } });
  };
  return (
    <aside className="settings-warning" aria-label={t('settings.invalidTitle')}>
      <ul role="alert">
        {invalid.map((setting) => (
          <li key={setting.key}>{t('settings.invalid', { key: setting.key })}</li>
        ))}
      </ul>
      <details>
        <summary>{t('importError.detail')}</summary>
        <ul>
          {invalid.flatMap((setting) =>
            (setting.invalid ?? []).map((error, i) => (
              <li key={`${setting.key}-${i}`}>
                <code>{setting.key}</code> {describeImportError(t, error)}
              </li>
            )),
          )}
        </ul>
      </details>
      <button type="button" className="tool-button" onClick={() => void clear()}>
        {t('settings.clearInvalid')}
      </button>
    </aside>
  );
}

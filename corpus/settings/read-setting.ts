import { zodIssuesToImportErrors, type ImportError } from '../backup/import-error';
import { SETTINGS, type SettingKey, type SettingValue } from './setting-schemas';

/** A stored setting as the app may use it: the value, or the default and why the stored one was refused. */
export type CheckedSetting<K extends SettingKey> =
  | { readonly key: K; readonly value: SettingValue<K>; readonly invalid?: undefined }
  | { readonly key: K; readonly value: SettingValue<K>; readonly invalid: readonly ImportError[] };

/**
 * The value to use for a stored setting. Absent → the default; present but not matching the
 * setting's schema → the default plus the errors (paths relative to the setting), so the
 * caller can warn instead of crashing on it.
 */
export function checkSetting<K extends SettingKey>(key: K, stored: unknown): CheckedSetting<K> {
  const { schema, fallback } = SETTINGS[key];
  if (stored === undefined) return { key, value: fallback };
  const parsed = schema.safeParse(stored);
  if (parsed.success) return { key, value: parsed.data as SettingValue<K> };
  return { key, value: fallback, invalid: zodIssuesToImportErrors(parsed.error.issues) };
}

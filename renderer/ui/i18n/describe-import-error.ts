import { importErrorParams, type ImportError } from '../../../corpus/backup';
import { describeHostError } from './describe-error';
import { IMPORT_ERROR_TYPES } from './import-error-messages';
import type { Translate } from './index';

const isTypeName = (name: string): name is (typeof IMPORT_ERROR_TYPES)[number] => (IMPORT_ERROR_TYPES as readonly string[]).includes(name);

/**
 * An import or backup error in the user's language: `data.settings["colors.names"].yellow：应为字符串`.
 * The path and any quoted value from the file are kept exactly as they are.
 */
export function describeImportError(t: Translate, error: ImportError): string {
  const params: Record<string, string | number> = { ...importErrorParams(error) };
  if (error.code === 'expected-type') {
    params.expected = error.params.expected
      .split(' | ')
      .map((name) => (isTypeName(name) ? t(`importError.type.${name}`) : name))
      .join(' | ');
  }
  // The host's own words (a file-system error, a missing backup) said again in the user's language.
  if (error.code === 'unreadable') params.detail = describeHostError(t, error.params.detail);
  const message = t(`importError.${error.code}`, params);
  return error.path ? t('importError.withPath', { path: error.path, message }) : message;
}

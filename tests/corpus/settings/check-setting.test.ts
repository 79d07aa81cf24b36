import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupChecksum, formatImportError, parseBackup, serializeBackup, type BackupData, type JsonValue } from '../../../corpus/backup';
import { APPEARANCE_DEFAULTS, checkSetting, SETTING_KEYS, SETTINGS, type SettingKey } from '../../../corpus/settings';

const empty = (settings: Record<string, JsonValue>): BackupData => ({
  annotations: [],
  articleNotes: [],
  importedArticles: [],
  readingPositions: [],
  settings,
});

describe('checkSetting', () => {
  it.each<[string, SettingKey, unknown, unknown]>([
    ['absent language', 'ui.language', undefined, 'system'],
    ['chosen language', 'ui.language', 'en', 'en'],
    ['partial appearance', 'ui.appearance', { theme: 'sepia' }, { theme: 'sepia' }],
    ['appearance at the range ends', 'ui.appearance', { fontSize: 14, lineHeight: 2.4, width: 56 }, { fontSize: 14, lineHeight: 2.4, width: 56 }],
    ['appearance with a newer field (dropped)', 'ui.appearance', { font: 'sans', hyphenate: true }, { font: 'sans' }],
    ['own colour names', 'colors.names', { yellow: '重点', blue: '' }, { yellow: '重点', blue: '' }],
    ['paragraph numbers off', 'reader.paraNumbers', false, false],
    ['last backup checksum', 'backup.lastChecksum', '0123456789abcdef', '0123456789abcdef'],
    [
      'a failed backup',
      'backup.status',
      { running: false, failure: { at: '2026-03-01T08:00:00.000Z', message: 'disk full', automatic: true } },
      { running: false, failure: { at: '2026-03-01T08:00:00.000Z', message: 'disk full', automatic: true } },
    ],
  ])('accepts %s', (_name, key, stored, expected) => {
    const checked = checkSetting(key, stored);
    expect(checked.invalid).toBeUndefined();
    expect(checked.value).toEqual(expected);
  });

  it.each<[string, SettingKey, unknown, string[]]>([
    ['a colour name that is a number', 'colors.names', { yellow: 5 }, ['yellow: expected string']],
    ['an unknown colour', 'colors.names', { red: 'x' }, ['unexpected field "red"']],
    ['a colour name too long', 'colors.names', { pink: '字'.repeat(21) }, ['pink: expected at most 20 characters']],
    ['colour names as a list', 'colors.names', ['重点'], ['expected record']],
    ['a language nobody ships', 'ui.language', 'tlh', ['expected "system" | "zh-CN" | "en"']],
    ['a theme that does not exist', 'ui.appearance', { theme: 'neon' }, ['theme: expected "system" | "light" | "dark" | "sepia"']],
    ['a font size as text', 'ui.appearance', { fontSize: 'big' }, ['fontSize: expected number']],
    ['a font size off the scale', 'ui.appearance', { fontSize: 400 }, ['fontSize: expected a number ≤ 28']],
    ['a fractional width', 'ui.appearance', { width: 30.5 }, ['width: expected int']],
    ['appearance as a string', 'ui.appearance', 'dark', ['expected object']],
    ['paragraph numbers as text', 'reader.paraNumbers', 'yes', ['expected boolean']],
    ['a checksum that is not one', 'backup.lastChecksum', 42, ['expected string']],
    [
      'a backup failure whose message is not text',
      'backup.status',
      { running: false, failure: { at: 'x', message: { code: 5 }, automatic: true } },
      ['failure.message: expected string'],
    ],
  ])('replaces %s by the default, naming the field', (_name, key, stored, errors) => {
    const checked = checkSetting(key, stored);
    expect(checked.value).toEqual(SETTINGS[key].fallback);
    expect(checked.invalid?.map(formatImportError)).toEqual(errors);
  });

  it('every default passes its own schema', () => {
    for (const key of SETTING_KEYS) expect(SETTINGS[key].schema.safeParse(SETTINGS[key].fallback).success, key).toBe(true);
    expect(SETTINGS['ui.appearance'].schema.safeParse(APPEARANCE_DEFAULTS).success).toBe(true);
  });

  it('whatever JSON is stored, the value is one the schema accepts and a refusal names its reason', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SETTING_KEYS), fc.jsonValue(), (key, stored) => {
        const checked = checkSetting(key, stored);
        expect(SETTINGS[key].schema.safeParse(checked.value).success).toBe(true);
        if (checked.invalid) expect(checked.invalid.length).toBeGreaterThan(0);
        else expect(checked.value).toEqual(SETTINGS[key].schema.parse(stored));
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});

describe('settings in a backup', () => {
  const parse = (settings: Record<string, JsonValue>) => parseBackup(serializeBackup(empty(settings), '2026-01-01T00:00:00.000Z', '1.0.0'));

  it('refuses a backup whose known settings are wrong, naming each field under data.settings', () => {
    const result = parse({ 'colors.names': { yellow: 5 }, 'ui.language': 'tlh', 'ui.appearance': { fontSize: 'big' } });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error.map(formatImportError)).toEqual([
      'data.settings["colors.names"].yellow: expected string',
      'data.settings["ui.language"]: expected "system" | "zh-CN" | "en"',
      'data.settings["ui.appearance"].fontSize: expected number',
    ]);
  });

  it('keeps settings it does not know (a newer Pizhu’s) as they are', () => {
    const settings = { 'ui.language': 'en', 'reader.future': { any: ['json', 1, null] } };
    const result = parse(settings);
    expect(result.ok && result.value.data.settings).toEqual(settings);
  });

  it('the checksum is not what refuses it: the same data resealed is still refused', () => {
    const file = JSON.parse(serializeBackup(empty({}), '2026-01-01T00:00:00.000Z', '1.0.0')) as {
      data: { settings: Record<string, JsonValue> };
      checksum: string;
    };
    file.data.settings['reader.paraNumbers'] = 'off';
    file.checksum = backupChecksum(file.data);
    const result = parseBackup(JSON.stringify(file));
    expect(result.ok ? [] : result.error.map(formatImportError)).toEqual(['data.settings["reader.paraNumbers"]: expected boolean']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatImportError,
  IMPORT_ERROR_EN,
  importError,
  parseAnnotationImport,
  parseBackup,
  serializeBackup,
  type ImportError,
  type ImportErrorCode,
} from '../../../corpus/backup';
import { translator } from '../../../renderer/ui/i18n';
import { describeImportError } from '../../../renderer/ui/i18n/describe-import-error';
import { en } from '../../../renderer/ui/i18n/en';
import { zhCN } from '../../../renderer/ui/i18n/zh-CN';

const zh = translator('zh-CN');
const english = translator('en');

describe('describeImportError', () => {
  it.each<[string, ImportError, string, string]>([
    [
      'a wrong type under a quoted key',
      importError('data.settings["colors.names"].yellow', { code: 'expected-type', params: { expected: 'string' } }),
      'data.settings["colors.names"].yellow：应为字符串',
      'data.settings["colors.names"].yellow: expected string',
    ],
    [
      'allowed values, kept verbatim',
      importError('data.settings["ui.language"]', { code: 'expected-values', params: { values: '"system" | "zh-CN" | "en"' } }),
      'data.settings["ui.language"]：应为 "system" | "zh-CN" | "en" 之一',
      'data.settings["ui.language"]: expected "system" | "zh-CN" | "en"',
    ],
    [
      'a union of types',
      importError('items[0].body', { code: 'expected-type', params: { expected: 'object | array' } }),
      'items[0].body：应为对象 | 数组',
      'items[0].body: expected object | array',
    ],
    [
      'a type name the catalog does not know',
      importError('x', { code: 'expected-type', params: { expected: 'bigint' } }),
      'x：应为bigint',
      'x: expected bigint',
    ],
    [
      'a whole-file error (no path)',
      importError('', { code: 'file-truncated' }),
      '文件不完整：JSON 没有写完就结束了（可能是复制或下载中断）',
      'the file is truncated: the JSON ends before it is complete',
    ],
    [
      'a syntax error with its position',
      importError('', { code: 'json-syntax-at', params: { line: 3, column: 7, reason: 'Unexpected token' } }),
      '第 3 行第 7 列不是有效的 JSON：Unexpected token',
      'not valid JSON at line 3, column 7: Unexpected token',
    ],
    [
      'a duplicate id',
      importError('data.annotations[4].id', { code: 'duplicate-id', params: { id: '"a1"', first: 'data.annotations[0]' } }),
      'data.annotations[4].id：ID "a1" 重复（首次出现在 data.annotations[0]）',
      'data.annotations[4].id: duplicate id "a1" (first at data.annotations[0])',
    ],
    ['a plural in English', importError('tags', { code: 'too-few-items', params: { limit: 1 } }), 'tags：至少应有 1 项', 'tags: expected at least 1 item'],
  ])('%s', (_name, error, inChinese, inEnglish) => {
    expect(describeImportError(zh, error)).toBe(inChinese);
    expect(describeImportError(english, error)).toBe(inEnglish);
  });

  it('the English catalog says exactly what the core says, for every code', () => {
    for (const code of Object.keys(IMPORT_ERROR_EN) as ImportErrorCode[]) {
      expect(en[`importError.${code}`], code).toBe(IMPORT_ERROR_EN[code]);
      expect(zhCN[`importError.${code}`], code).toMatch(/\p{Script=Han}|\{detail\}/u);
    }
  });

  it('a refused backup reads in Chinese with no English words but the file’s own paths and values', () => {
    const text = serializeBackup(
      {
        annotations: [],
        articleNotes: [],
        importedArticles: [],
        readingPositions: [],
        settings: { 'colors.names': { yellow: 5 }, 'ui.appearance': { fontSize: 400, theme: 'neon' } },
      },
      '2026-03-01T08:00:00.000Z',
      '1.0.0',
    );
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.error.map((e) => describeImportError(zh, e));
    expect(lines).toEqual([
      'data.settings["colors.names"].yellow：应为字符串',
      'data.settings["ui.appearance"].theme：应为 "system" | "light" | "dark" | "sepia" 之一',
      'data.settings["ui.appearance"].fontSize：应为 ≤ 28 的数',
    ]);
    // The English rendering through the catalog equals the core's own.
    expect(result.ok ? [] : result.error.map((e) => describeImportError(english, e))).toEqual(result.ok ? [] : result.error.map(formatImportError));
  });

  it.each([
    ['empty', '  ', '文件是空的'],
    ['neither a backup nor a collection', '{"hello":1}', '既不是 Pizhu 备份（"format": "pizhu-backup"），也不是 W3C 批注集（"type": "AnnotationCollection"）'],
    ['a newer version', '{"format":"pizhu-backup","version":3}', 'version：版本 3 由更新的 Pizhu 写成；此版本只能读取版本 2：请先更新 Pizhu 再导入'],
  ])('an import file that is %s', (_name, text, expected) => {
    const result = parseAnnotationImport(text);
    expect(result.ok ? [] : result.error.map((e) => describeImportError(zh, e))).toEqual([expected]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatImportError, importedIdentityErrors, parseAnnotationImport, serializeBackup, type BackupData } from '../../../corpus/backup';
import { normalizeArticle } from '../../../corpus/normalize';
import { checkImportIdentity, checkRestoreIdentity } from '../../../renderer/store/import-repo';
import type { ImportedArticle } from '../../../renderer/store/records';
import { freshDatabases, seedArticle } from '../support/fresh-db';

const bundledArticle = seedArticle;
const bundled = [{ ...bundledArticle, id: '000_d183bd2552e90b6e' }];
const BUNDLED = new Set(bundled.map((a) => a.id));

function imported(text: string, id?: string): ImportedArticle {
  const { article } = normalizeArticle({ fileName: 'a.txt', text, origin: 'imported' });
  return { ...article, id: id ?? `imp-${article.contentHash}`, importedAt: '2026-11-01T00:00:00.000Z', encoding: 'utf-8' };
}

const backupText = (importedArticles: readonly ImportedArticle[]): string => {
  const data: BackupData = { annotations: [], articleNotes: [], importedArticles, settings: {}, readingPositions: [] };
  return serializeBackup(data, '2026-11-30T00:00:00.000Z', '0.1.0');
};

const freshDb = freshDatabases();

describe('importedIdentityErrors', () => {
  const mine = imported('# 甲\n\n甲文正文。');
  const other = imported('# 乙\n\n乙文正文。');
  it.each([
    ['a new imported id', [mine], new Map<string, string>(), []],
    [
      'a bundled id',
      [{ ...mine, id: bundled[0]!.id }],
      new Map<string, string>(),
      ['data.importedArticles[0].id: "000_d183bd2552e90b6e" is the id of a bundled article: an imported article cannot take it'],
    ],
    ['the same article again (same id, same text)', [mine], new Map([[mine.id, mine.contentHash]]), []],
    [
      "another article's id with different text",
      [other, { ...mine, id: other.id }],
      new Map([[other.id, other.contentHash]]),
      [`data.importedArticles[1].id: ${JSON.stringify(other.id)} is already the id of a different article in the library (its text differs)`],
    ],
  ] as const)('%s', (_name, records, existing, expected) => {
    expect(importedIdentityErrors(records, BUNDLED, existing).map(formatImportError)).toEqual(expected);
  });

  it('refuses every record that claims a bundled id, and only those (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 20 }), (claims) => {
        const records = claims.map((claim, i) => ({ id: claim ? bundled[0]!.id : `imp-${i}`, contentHash: `${i}` }));
        const paths = importedIdentityErrors(records, BUNDLED).map((e) => e.path);
        expect(paths).toEqual(claims.flatMap((claim, i) => (claim ? [`data.importedArticles[${i}].id`] : [])));
      }),
    );
  });
});

describe('checkImportIdentity (annotation import of a backup file)', () => {
  it('refuses a crafted backup whose imported article takes a bundled id, by path; nothing is planned', async () => {
    const db = freshDb();
    const crafted = { ...imported('# 甲\n\n甲文正文。'), id: bundled[0]!.id };
    const result = await checkImportIdentity(db, parseAnnotationImport(backupText([crafted])), bundled);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.map((e) => [e.path, e.code])).toEqual([['data.importedArticles[0].id', 'id-of-bundled-article']]);
  });

  it('refuses an id already held by a different article in the library, passes the same article', async () => {
    const db = freshDb();
    const mine = imported('# 甲\n\n甲文正文。');
    await db.importedArticles.add(mine);
    const swapped = { ...imported('# 乙\n\n乙文正文。'), id: mine.id };
    const refused = await checkImportIdentity(db, parseAnnotationImport(backupText([swapped])), bundled);
    expect(!refused.ok && refused.error.map((e) => e.code)).toEqual(['id-taken']);
    const same = await checkImportIdentity(db, parseAnnotationImport(backupText([mine])), bundled);
    expect(same.ok).toBe(true);
  });

  it('passes parse errors through unchanged', async () => {
    const parsed = parseAnnotationImport('{');
    expect(await checkImportIdentity(freshDb(), parsed, bundled)).toBe(parsed);
  });
});

describe('checkRestoreIdentity', () => {
  it('refuses a restore that would make an imported record of a bundled id', () => {
    const parsed = parseAnnotationImport(backupText([{ ...imported('# 甲\n\n甲文正文。'), id: bundled[0]!.id }]));
    if (!parsed.ok || parsed.value.kind !== 'backup') throw new Error('fixture');
    const checked = checkRestoreIdentity({ backup: parsed.value.backup }, bundled);
    expect('errors' in checked && checked.errors.map(formatImportError)).toEqual([
      'data.importedArticles[0].id: "000_d183bd2552e90b6e" is the id of a bundled article: an imported article cannot take it',
    ]);
  });

  const claimed = { ...imported('# 丙\n\n丙文正文。'), id: bundled[0]!.id };
  const at = '2026-11-29T00:00:00.000Z';
  const bundledError = (path: string) => `${path}: "000_d183bd2552e90b6e" is the id of a bundled article: an imported article cannot take it`;
  const restoreOf = (extra: Partial<BackupData>) => {
    const data: BackupData = { annotations: [], articleNotes: [], importedArticles: [], settings: {}, readingPositions: [], ...extra };
    const parsed = parseAnnotationImport(serializeBackup(data, '2026-11-30T00:00:00.000Z', '0.1.0'));
    if (!parsed.ok || parsed.value.kind !== 'backup') throw new Error(`fixture: ${JSON.stringify(parsed)}`);
    return checkRestoreIdentity({ backup: parsed.value.backup }, bundled);
  };

  it('refuses a restore whose trashed article claims a bundled id', () => {
    const checked = restoreOf({ articleTrash: [{ id: 'x@t', article: claimed, annotations: [], articleNotes: [], deletedAt: at }] });
    expect('errors' in checked && checked.errors.map(formatImportError)).toEqual([bundledError('data.articleTrash[0].article.id')]);
  });

  it('lets through the kept text of an annotated bundled article (an old version under its own id)', () => {
    const kept = { ...bundled[0]!, importedAt: at, encoding: 'utf-8' as const };
    const checked = restoreOf({ articleVersions: [{ key: `${kept.id}:${kept.contentHash}`, articleId: kept.id, article: kept, replacedAt: at }] });
    expect('errors' in checked).toBe(false);
  });

  it('lets a good backup through', () => {
    const parsed = parseAnnotationImport(backupText([imported('# 甲\n\n甲文正文。')]));
    if (!parsed.ok || parsed.value.kind !== 'backup') throw new Error('fixture');
    const loaded = { backup: parsed.value.backup };
    expect(checkRestoreIdentity(loaded, bundled)).toBe(loaded);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes, type ImportSource } from '../../../renderer/features/import/import-file';
import { searchDocFromArticle } from '../../../corpus/search';
import { runImport, type FileResult } from '../../../renderer/features/import/run-import';
import { loadNodePdfJs } from '../../../build/report/node-pdf';
import { moveArticleToTrash } from '../../../renderer/store/article-trash-repo';
import { v1Annotation } from '../store/fixtures';
import { freshDatabases, seedArticle, SEED_TEXT } from '../support/fresh-db';

const fixture = (name: string): ImportSource => sourceFromBytes(name, new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/import', name))));
const text = (name: string, content: string): ImportSource => sourceFromBytes(name, new TextEncoder().encode(content));
const summary = (results: readonly FileResult[]) =>
  results.map((r) =>
    r.status === 'imported' ? `✓ ${r.name} ${r.article.encoding}` : r.status === 'refused' ? `✗ ${r.name} ${r.refusal.reason}` : `${r.status} ${r.name}`,
  );

const bundled = [seedArticle];
const freshDb = freshDatabases();

describe('runImport', () => {
  it('imports good files, refuses bad ones by name and reason, in order', async () => {
    const db = freshDb();
    const progress: number[] = [];
    const results = await runImport(
      [
        fixture('gb18030-briefing.txt'),
        fixture('meeting-notes.md'),
        fixture('hostile-page.html'),
        fixture('utf16-briefing.txt'),
        fixture('scan.txt'),
        text('empty.txt', ''),
        text('report.pdf', '%PDF-1.7'),
        sourceFromBytes('bad.txt', new Uint8Array([0x41, 0xff, 0xff, 0xff])),
        text('copy-of-seed.md', SEED_TEXT),
        fixture('gb18030-briefing.txt'),
      ],
      { db, bundled, extract: { loadPdf: loadNodePdfJs }, onProgress: (p) => progress.push(p.done) },
    );
    expect(summary(results)).toEqual([
      '✓ gb18030-briefing.txt gb18030',
      '✓ meeting-notes.md utf-8',
      '✓ hostile-page.html utf-8',
      '✓ utf16-briefing.txt utf-16le',
      '✗ scan.txt binary',
      '✗ empty.txt empty',
      '✗ report.pdf corrupt',
      '✗ bad.txt undecodable',
      '✗ copy-of-seed.md duplicate',
      '✗ gb18030-briefing.txt duplicate',
    ]);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10]);
    const stored = await db.importedArticles.orderBy('importedAt').toArray();
    expect(stored.map((a) => a.fileName)).toEqual(['gb18030-briefing.txt', 'meeting-notes.md', 'hostile-page.html', 'utf16-briefing.txt']);
    expect(stored.every((a) => a.origin === 'imported' && a.id === `imp-${a.contentHash}`)).toBe(true);
    expect(stored.map((a) => a.meta.title)).toEqual(['中文简报：赣江新区数字经济发展', '青山湖区产业园调研纪要', '南昌航空城建设提速', '双字节简报']);
    const gb = stored[0]!;
    expect(gb.blocks.map((b) => b.text).join('\n')).toContain('带动就业超过三千人。𠮷字也能保存。');
    const html = stored[2]!;
    expect(html.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['title', '南昌航空城建设提速'],
      ['paragraph', '航空城今年新开工项目十八个，总投资超过两百亿元。'],
      ['caption', '航空城总装车间'],
      ['heading', '下一步安排'],
      ['paragraph', '管委会表示，将继续优化营商环境，推动项目早投产、早见效。'],
    ]);
    const duplicate = results[8]!;
    expect(duplicate.status === 'refused' && duplicate.refusal.detail).toBe('内置文章');
  });

  it('re-importing the same content is a duplicate; nothing changes', async () => {
    const db = freshDb();
    await runImport([fixture('meeting-notes.md')], { db, bundled });
    const again = await runImport([text('renamed.md', readFileSync(join(import.meta.dirname, '../../fixtures/import/meeting-notes.md'), 'utf8'))], {
      db,
      bundled,
    });
    expect(summary(again)).toEqual(['✗ renamed.md duplicate']);
    expect(await db.importedArticles.count()).toBe(1);
  });

  it('stores the batch in one transaction: a storage failure adds nothing and names every file', async () => {
    const db = freshDb();
    await db.open();
    db.importedArticles.hook('creating', (_key, obj: { fileName: string }) => {
      if (obj.fileName === 'b.txt') throw new Error('QuotaExceededError');
    });
    const results = await runImport([text('a.txt', '# 甲\n\n甲文正文。'), text('b.txt', '# 乙\n\n乙文正文。'), text('c.exe', 'MZ')], { db, bundled });
    expect(summary(results)).toEqual(['✗ a.txt storage', '✗ b.txt storage', '✗ c.exe unsupported']);
    expect(await db.importedArticles.count()).toBe(0);
  });

  it('never touches existing notes', async () => {
    const db = freshDb();
    const existing = { ...v1Annotation(1), articleId: 'article-1' };
    await db.annotations.add(existing);
    await runImport([fixture('meeting-notes.md')], { db, bundled });
    expect(await db.annotations.toArray()).toEqual([existing]);
  });

  it('stores articles the search index can take (as the index worker does)', async () => {
    const db = freshDb();
    await runImport([fixture('meeting-notes.md')], { db, bundled });
    const [doc] = (await db.importedArticles.toArray()).map(searchDocFromArticle);
    expect(doc).toMatchObject({ title: '青山湖区产业园调研纪要' });
    expect(doc!.articleId).toMatch(/^imp-[0-9a-f]{16}$/);
  });
});

describe('removing an imported article', () => {
  it('moves it to the article trash with its annotations; other notes stay; the same content imports again under its id', async () => {
    const db = freshDb();
    const [result] = await runImport([fixture('meeting-notes.md')], { db, bundled });
    const id = result!.status === 'imported' ? result!.article.id : '';
    const mine = [1, 2].map((i) => ({ ...v1Annotation(i), articleId: id, target: { ...v1Annotation(i).target, source: id } }));
    const other = { ...v1Annotation(3), articleId: 'article-3' };
    await db.annotations.bulkAdd([...mine, other]);
    await db.readingPositions.put({ articleId: id, blockId: 'b2', progress: 0.5, updated: '2026-01-01T00:00:00.000Z' });
    const moved = await moveArticleToTrash(db, id, new Set(bundled.map((a) => a.id)));
    expect(moved.ok && moved.value.annotations).toEqual(mine);
    expect(await db.importedArticles.get(id)).toBeUndefined();
    expect(await db.annotations.toArray()).toEqual([other]);
    expect(await db.readingPositions.get(id)).toBeUndefined();
    const [again] = await runImport([fixture('meeting-notes.md')], { db, bundled });
    expect(again!.status === 'imported' && again!.article.id).toBe(id);
  });
});

// Dexie's live queries look for a global IndexedDB; each test still gets its own fresh factory.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { formatImportError, parseBackup, serializeBackup } from '../../../corpus/backup';
import { buildIndex } from '../../../corpus/search';
import { App } from '../../../renderer/app/App';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import { restoreBackup, snapshot } from '../../../renderer/store/backup-repo';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import { createDb, type PizhuDb } from '../../../renderer/store/db';
import { LiveDataProvider } from '../../../renderer/store/live-data';
import { checkRecords } from '../../../renderer/store/read-back';
import { useRecordProblems } from '../../../renderer/store/use-record-problems';
import { ServicesProvider } from '../../../renderer/store/services';
import { v1Annotation } from './fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
(globalThis as { __APP_VERSION__?: string }).__APP_VERSION__ = '0.0.0-test';

const good = (i: number) => ({ ...v1Annotation(i), articleId: v1Annotation(i).target.source });
/** An annotation another release (or a hand edit) broke: its quote is a number. */
const broken = (i: number) => {
  const a = good(i);
  return { ...a, target: { ...a.target, selector: [{ ...a.target.selector[0], exact: 5 }, a.target.selector[1]] } } as unknown as ReturnType<typeof good>;
};
const brokenNote = {
  id: 'note-1',
  kind: 'article-note',
  articleId: 'article-1',
  body: { note: '整篇', tags: [] },
  created: 'yesterday',
  modified: '2026-01-01T00:00:00.000Z',
};

const dbs: PizhuDb[] = [];
const freshDb = () => {
  const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  dbs.push(db);
  return db;
};
let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  for (const db of dbs.splice(0)) db.close();
});

async function settle(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error(`timed out waiting for ${what}; page: ${document.body.textContent}`);
}

describe('records read back from the database pass the backup schemas', () => {
  it('a bad annotation is skipped and listed by id and field; fixing it clears the problem', () => {
    const db = freshDb();
    const seen: unknown[] = [];
    const kept = checkRecords(db, 'annotations', [good(1), broken(2), good(3)], true);
    expect(kept.map((a) => a.id)).toEqual([good(1).id, good(3).id]);
    function Probe() {
      seen.push(useRecordProblems(db));
      return null;
    }
    const container = document.createElement('div');
    root = createRoot(container);
    act(() => root!.render(<Probe />));
    const [problem] = seen.at(-1) as { table: string; id: string; errors: Parameters<typeof formatImportError>[0][] }[];
    expect(problem?.table).toBe('annotations');
    expect(problem?.id).toBe(good(2).id);
    expect(problem?.errors.map(formatImportError)).toEqual(['target.selector[0].exact: expected string']);
    // The same record read again is not re-validated (cached by version) and stays listed.
    act(() => void checkRecords(db, 'annotations', [good(1), broken(2), good(3)], true));
    expect(seen.at(-1)).toHaveLength(1);
    // Repaired (a newer revision): accepted, and the list is empty.
    act(() => void checkRecords(db, 'annotations', [good(1), { ...good(2), revision: 2 }, good(3)], true));
    expect(seen.at(-1)).toEqual([]);
  });

  it('the app shows which records were skipped, in Chinese with the field path verbatim, and keeps working', async () => {
    const db = freshDb();
    await db.annotations.bulkPut([good(1), broken(2)]);
    await db.settings.put({ key: 'ui.language', value: 'zh-CN' });
    location.hash = '#/notebook';
    const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.0.0-test' });
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() =>
      root!.render(
        <ServicesProvider services={{ db, host, bundled: [], bundledIndex: () => Promise.resolve(buildIndex([])) }}>
          <LiveDataProvider>
            <App />
          </LiveDataProvider>
        </ServicesProvider>,
      ),
    );
    await settle(() => document.querySelector('[aria-label="有保存的记录无法读取"]') !== null, 'the stored-records notice');
    const notice = document.querySelector('[aria-label="有保存的记录无法读取"]')!;
    expect(notice.querySelector('[role="alert"]')?.textContent).toBe('1 条保存的记录无法读取，已跳过（没有删除，也不会写进备份）。');
    const items = [...notice.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toContain(`批注 ${good(2).id}：target.selector[0].exact：应为字符串`);
    // The notebook lists the good annotation.
    await settle(() => (document.body.textContent ?? '').includes('第1条引文'), 'the good annotation');
    expect(document.querySelector('.view-failure')).toBeNull();
    // Nothing was deleted.
    expect(await db.annotations.count()).toBe(2);
  });

  it('an article note with a bad timestamp is skipped and named by its field', () => {
    const db = freshDb();
    expect(checkRecords(db, 'articleNotes', [brokenNote], true)).toEqual([]);
  });

  it('a backup leaves the bad record out (so it restores), and a restore leaves it in the database', async () => {
    const db = freshDb();
    await db.annotations.bulkPut([good(1), broken(2)]);
    const data = await snapshot(db);
    expect(data.annotations.map((a) => a.id)).toEqual([good(1).id]);
    const parsed = parseBackup(serializeBackup(data, '2026-12-01T00:00:00.000Z', '0.1.0'));
    if (!parsed.ok) throw new Error(parsed.error.map(formatImportError).join('\n'));
    await db.annotations.put(good(3));
    const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.1.0' });
    expect(await restoreBackup(db, host, parsed.value, '0.1.0')).toHaveProperty('safetyBackup');
    expect((await db.annotations.toArray()).map((a) => a.id).sort()).toEqual([good(1).id, good(2).id].sort());
    expect((await db.annotations.get(good(2).id))?.target.selector[0].exact).toBe(5);
  });
});

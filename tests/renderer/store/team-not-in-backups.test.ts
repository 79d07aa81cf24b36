import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../../renderer/store/backup-snapshot';
import { createDb, type PizhuDb } from '../../../renderer/store/db';
import { v1Annotation } from './fixtures';

const TOKEN = 'pzi_' + 'S'.repeat(43);
const opened: PizhuDb[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

describe('team data stays out of backups', () => {
  it('the invite token, the server, colleagues’ notes and the pack list are in no backup', async () => {
    const db = createDb({ name: 'pizhu-team-backup', indexedDB: new IDBFactory(), IDBKeyRange });
    opened.push(db);
    await db.open();
    await db.team.put({
      key: 'membership',
      serverUrl: 'wss://team.example.org',
      memberId: 'm1',
      groupId: 'g1',
      groupName: '会议组',
      name: '张伟',
      role: 'editor',
      token: TOKEN,
      joinedAt: '2026-12-02T00:00:00.000Z',
    });
    const colleague = { ...v1Annotation(1), body: { note: '李娜的意见', tags: [] } };
    await db.teamNotes.put({ id: 'p1/m2/c1', articleId: colleague.target.source, packId: 'p1', authorId: 'm2', authorName: '李娜', annotation: colleague });
    await db.teamPacks.put({ id: 'p1', title: '周一例会', sharedBy: 'm1', sharedByName: '张伟', created: '2026-12-02T00:00:00.000Z', articleIds: ['art-1'] });
    const text = JSON.stringify(await snapshot(db));
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('team.example.org');
    expect(text).not.toContain('李娜的意见');
    expect(text).not.toContain('周一例会');
  });
});

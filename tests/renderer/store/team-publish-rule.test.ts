// liveQuery runs its querier only where a global indexedDB exists (Dexie checks it); each database still gets its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleText, contentHash, type Article } from '../../../corpus/model';
import { notesDocName } from '../../../corpus/sync';
import { putAnnotation } from '../../../renderer/store/annotations-repo';
import { createDb, type PizhuDb } from '../../../renderer/store/db';
import type { StoredAnnotation, TeamMembership } from '../../../renderer/store/records';
import { startTeamClient, type TeamClient } from '../../../renderer/store/team/team-client';
import { createTeamStatusStore } from '../../../renderer/store/team/team-status';
import { openDatabase } from '../../../server/open-database';
import { createRegistry, type Invite } from '../../../server/registry';
import { startTeamServer, type TeamServer } from '../../../server/team-server';
import { close, connect, eventually, memoryLog, tempDataDir } from '../../server/support';
import { article as sample } from '../export/fixtures';
import { v1Annotation } from './fixtures';

/**
 * The privacy rule with the real client and server: a colleague's shared pack shows me their
 * notes, but mine reach nobody until I choose to contribute to it.
 */
const shared: Article = (() => {
  const a = sample('imp-pack-1', '陕西能源转型', ['煤电装机下降，新能源占比过半。', '电网改造投资继续增加。']);
  return { ...a, origin: 'imported', contentHash: contentHash(articleText(a.blocks)) };
})();

const noteOn = (i: number, note: string): StoredAnnotation => {
  const base = v1Annotation(i);
  return {
    ...base,
    articleId: shared.id,
    target: {
      source: shared.id,
      contentHash: shared.contentHash,
      selector: [
        { type: 'TextQuoteSelector', exact: '煤电装机', prefix: '', suffix: '下降' },
        { type: 'TextPositionSelector', start: 0, end: 4 },
      ],
    },
    body: { note, tags: [] },
  };
};

describe('team client: my notes go only to packs I chose', () => {
  let server: TeamServer;
  let zhang: Invite;
  let li: Invite;
  let dataDir: string;
  const running: { client: TeamClient; db: PizhuDb }[] = [];
  let n = 0;

  beforeEach(async () => {
    dataDir = tempDataDir();
    const db = openDatabase(dataDir);
    const registry = createRegistry(db);
    zhang = registry.invite('会议组', '张伟', 'editor');
    li = registry.invite('会议组', '李娜', 'editor');
    db.close();
    server = await startTeamServer({ host: '127.0.0.1', port: 0, dataDir, log: memoryLog().log });
  });
  afterEach(async () => {
    for (const r of running.splice(0)) {
      await r.client.stop();
      r.db.close();
    }
    await server.stop();
  });

  async function app(invite: Invite) {
    const db = createDb({ name: `pizhu-publish-${++n}`, indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    const membership: TeamMembership = {
      key: 'membership',
      serverUrl: `ws://127.0.0.1:${server.port}`,
      memberId: invite.member.id,
      groupId: invite.member.groupId,
      groupName: '会议组',
      name: invite.member.name,
      role: invite.member.role,
      token: invite.token,
      joinedAt: '2026-12-01T08:00:00.000Z',
    };
    const status = createTeamStatusStore();
    const client = startTeamClient({ db, membership, bundled: [], status });
    running.push({ client, db });
    return { db, client, status };
  }

  it('B sees A’s notes read-only and publishes nothing until B contributes; then A gets B’s notes, earlier ones too', async () => {
    const a = await app(zhang);
    await a.db.importedArticles.put({ ...shared, importedAt: '2026-12-01T08:00:00.000Z', encoding: 'utf-8' });
    await putAnnotation(a.db, noteOn(1, '张伟的意见'));
    const b = await app(li);
    await putAnnotation(b.db, noteOn(2, '李娜早先的私人笔记'));

    await eventually(() => a.status.get().connection === 'connected' && b.status.get().connection === 'connected', 'both to connect', 10_000);
    const packId = await a.client.sharePack('周一例会', [shared]);
    await eventually(() => a.status.get().contributing.includes(packId), 'sharing to count as contributing', 10_000);

    // B gets the pack and A's note …
    let bSees: string[] = [];
    await eventually(
      () => {
        void b.db.teamNotes.toArray().then((all) => (bSees = all.map((x) => x.annotation.body.note)));
        return bSees.includes('张伟的意见');
      },
      'B to see A’s note',
      10_000,
    );
    expect(b.status.get().contributing).toEqual([]);
    // … and publishes nothing: A has no note of B's, and B's notes document on the server is empty.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await a.db.teamNotes.count()).toBe(0);
    const probe = connect(server.port, notesDocName(li.member.groupId, packId, li.member.id), zhang.token);
    expect(await probe.ready).toBe('synced');
    expect(probe.doc.getMap('annotations').size).toBe(0);
    close(probe);

    // B contributes: the earlier note and a new one reach A, as B's.
    await b.client.contribute(packId);
    await putAnnotation(b.db, noteOn(3, '李娜参与后写的'));
    let aSees: string[] = [];
    await eventually(
      () => {
        void a.db.teamNotes.toArray().then((all) => (aSees = all.map((x) => `${x.authorName}:${x.annotation.body.note}`).sort()));
        return aSees.length === 2;
      },
      'A to get B’s notes',
      10_000,
    );
    expect(aSees).toEqual(['李娜:李娜参与后写的', '李娜:李娜早先的私人笔记']);
    expect(b.status.get().contributing).toEqual([packId]);
  }, 40_000);
});

/**
 * The team server under a pack's load: `members` colleagues with `perMember` annotations each
 * on one pack, every one of them following every colleague's notes document (over one socket
 * each, as the app does). Measures how long a change takes to reach every member (p50/p95),
 * the server process's memory, and how long a new laptop takes to load the whole pack. The
 * baseline, in the same run: the same change with two members. And the pack again on two
 * server processes behind one Redis (same data folder), members split between them, when
 * redis-server is installed.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { writeAnnotation } from '../../corpus/sync';
import type { Annotation } from '../../corpus/model';
import { openDatabase } from '../../server/open-database';
import { createRegistry, type Invite } from '../../server/registry';

const ROOT = resolve(import.meta.dirname, '../..');

function startServer(dataDir: string, redis?: string): Promise<{ child: ChildProcess; port: number }> {
  const args = ['--import', 'tsx', 'server/main.ts', '--port', '0', '--data', dataDir, ...(redis ? ['--redis', redis] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  return new Promise((ok, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening .*port=(\d+)/.exec(out);
      if (match) ok({ child, port: Number(match[1]) });
    });
    child.once('exit', (code) => fail(new Error(`server exited ${code}`)));
  });
}

const REDIS_SERVER = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();

/** A throwaway redis-server on a free port, saving nothing. */
async function startRedis(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const port = await new Promise<number>((ok) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address() as { port: number };
      probe.close(() => ok(p));
    });
  });
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  await new Promise<void>((ok, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) ok();
    });
    child.once('exit', (code) => fail(new Error(`redis-server exited ${code}`)));
  });
  return { child, url: `redis://127.0.0.1:${port}` };
}

const rssMiB = (pid: number): number => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 102.4) / 10 : NaN;
};

function annotation(member: number, i: number): Annotation {
  return {
    id: `m${member}-a${i}`,
    kind: 'highlight',
    target: {
      source: `imp-${i % 20}`,
      contentHash: 'bench',
      selector: [
        { type: 'TextQuoteSelector', exact: '全年粮食总产量', prefix: '据统计，', suffix: '再创历史新高' },
        { type: 'TextPositionSelector', start: i, end: i + 7 },
      ],
    },
    body: { note: `第${member}位同事的第${i}条批注：数据需要与统计公报核对。`, tags: ['会议', `组${i % 5}`] },
    color: 'yellow',
    created: '2026-03-01T08:00:00.000Z',
    modified: '2026-03-01T08:00:00.000Z',
    revision: 1,
  };
}

interface Laptop {
  readonly socket: HocuspocusProviderWebsocket;
  readonly docs: Map<string, { doc: Y.Doc; provider: HocuspocusProvider }>;
}

async function openLaptop(port: number, token: string, names: readonly string[]): Promise<Laptop> {
  const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket });
  const docs = new Map<string, { doc: Y.Doc; provider: HocuspocusProvider }>();
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((ok, fail) => {
          const doc = new Y.Doc();
          const provider = new HocuspocusProvider({
            websocketProvider: socket,
            name,
            document: doc,
            token,
            onSynced: () => ok(),
            onAuthenticationFailed: () => fail(new Error(`refused ${name}`)),
          });
          provider.attach();
          docs.set(name, { doc, provider });
        }),
    ),
  );
  return { socket, docs };
}

function closeLaptop(l: Laptop): void {
  for (const { provider, doc } of l.docs.values()) {
    provider.destroy();
    doc.destroy();
  }
  l.socket.destroy();
}

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};

/** Time for one member's edit to show on every other member's laptop, `rounds` times. */
async function propagation(laptops: readonly Laptop[], notesName: (m: number) => string, rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const writer = r % laptops.length;
    const name = notesName(writer);
    const marker = `round-${r}`;
    const seen = laptops.map((l, i) =>
      i === writer
        ? Promise.resolve()
        : new Promise<void>((ok) => {
            const doc = l.docs.get(name)!.doc;
            const check = () => {
              const entry = doc.getMap<Y.Map<unknown>>('annotations').get(`m${writer}-a0`);
              if (entry && String(entry.get('note')).endsWith(marker)) {
                doc.off('update', check);
                ok();
              }
            };
            doc.on('update', check);
          }),
    );
    const own = laptops[writer]!.docs.get(name)!.doc;
    const t0 = performance.now();
    const a = annotation(writer, 0);
    writeAnnotation(own, { ...a, body: { ...a.body, note: a.body.note + marker } });
    await Promise.all(seen);
    times.push(performance.now() - t0);
  }
  return times;
}

async function runWith(members: number, perMember: number, rounds: number, servers: 1 | 2 = 1): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pizhu-team-bench-'));
  const db = openDatabase(dataDir);
  const registry = createRegistry(db);
  const invites: Invite[] = Array.from({ length: members + 1 }, (_, i) => registry.invite('会议组', `同事${i}`, 'editor'));
  db.close();
  const groupId = invites[0]!.member.groupId;
  const notesName = (m: number) => `notes/${groupId}/pack1/${invites[m]!.member.id}`;
  const names = [`pack/${groupId}/pack1`, ...Array.from({ length: members }, (_, m) => notesName(m))];
  const redis = servers === 2 ? await startRedis(dataDir) : undefined;
  const started = await Promise.all(Array.from({ length: servers }, () => startServer(dataDir, redis?.url)));
  const children = started.map((s) => s.child);
  const rss = () => Math.round(children.reduce((sum, c) => sum + rssMiB(c.pid!), 0) * 10) / 10;
  // Members alternate between the servers; the new laptop joins the last one.
  const portOf = (m: number) => started[m % servers]!.port;
  try {
    const rssIdle = rss();
    const laptops = await Promise.all(Array.from({ length: members }, (_, m) => openLaptop(portOf(m), invites[m]!.token, names)));
    // Everyone writes their annotations (in batches, as an import of notes would).
    const t0 = performance.now();
    laptops.forEach((l, m) => {
      const doc = l.docs.get(notesName(m))!.doc;
      // One transaction: sharing a pack sends a member's existing notes as one update.
      doc.transact(() => {
        for (let i = 0; i < perMember; i++) writeAnnotation(doc, annotation(m, i));
      });
    });
    await Promise.all(
      laptops.flatMap((l) =>
        [...l.docs.values()].map(
          ({ provider }) =>
            new Promise<void>((ok) => {
              const check = () => (provider.hasUnsyncedChanges ? setTimeout(check, 20) : ok());
              check();
            }),
        ),
      ),
    );
    // …and until every laptop holds every colleague's notes.
    const total = () =>
      laptops.every((l) => [...l.docs.entries()].filter(([n]) => n.startsWith('notes/')).every(([, { doc }]) => doc.getMap('annotations').size === perMember));
    while (!total()) await new Promise((r) => setTimeout(r, 50));
    const fanOutMs = performance.now() - t0;
    const times = await propagation(laptops, notesName, rounds);
    const rssLoaded = rss();
    const t1 = performance.now();
    const fresh = await openLaptop(portOf(members), invites[members]!.token, names);
    const newLaptopLoadMs = performance.now() - t1;
    const loadedAnnotations = [...fresh.docs.values()].reduce((n, { doc }) => n + doc.getMap('annotations').size, 0);
    closeLaptop(fresh);
    laptops.forEach(closeLaptop);
    return {
      servers,
      members,
      annotationsPerMember: perMember,
      changeToEveryMemberP50Ms: percentile(times, 50),
      changeToEveryMemberP95Ms: percentile(times, 95),
      initialFanOutMs: Math.round(fanOutMs),
      newLaptopLoadMs: Math.round(newLaptopLoadMs),
      newLaptopAnnotations: loadedAnnotations,
      serverRssIdleMiB: rssIdle,
      serverRssLoadedMiB: rssLoaded,
    };
  } finally {
    await Promise.all(
      children.map(
        (child) =>
          new Promise((r) => {
            child.once('close', r);
            child.kill('SIGTERM');
          }),
      ),
    );
    redis?.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runTeamBench(members = 10, perMember = 1000): Promise<Record<string, unknown>> {
  const baseline = await runWith(2, perMember, 40);
  const pack = await runWith(members, perMember, 100);
  // The same pack on two servers behind Redis: the price of the hop between instances.
  const twoServers = REDIS_SERVER ? await runWith(members, perMember, 100, 2) : { skipped: 'redis-server is not installed' };
  return { pack, twoServersBehindRedis: twoServers, baselineTwoMembers: baseline };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  void runTeamBench().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'));
}

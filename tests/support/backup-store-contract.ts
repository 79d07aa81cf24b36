/**
 * The clock-change contract every backup store meets (Electron's folder, the browser host's
 * IndexedDB table): run by `tests/electron/backups.test.ts` and
 * `tests/renderer/store/browser-backups-clock.test.ts` against the real stores with a fake clock.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../corpus/model';
import { BACKUPS_KEPT, type BackupInfo, type WriteBackupRequest, type WrittenBackup } from '../../electron/ipc/contract';
import type { Result } from '../../corpus/model/result';

/** The three calls both stores share. */
export interface BackupStoreUnderTest {
  writeBackup(json: string, request: WriteBackupRequest): Promise<Result<WrittenBackup>>;
  listBackups(): Promise<Result<readonly BackupInfo[]>>;
  readBackup(name: string): Promise<Result<string>>;
}

/** A fresh, empty store whose clock is `now`, keeping `kept` unpinned backups. */
export type MakeStore = (now: () => Date, kept: number) => Promise<BackupStoreUnderTest>;

/** A backup-shaped JSON text for some content, with its checksum (what the renderer sends). */
export function backupText(content: string): { json: string; request: (pin?: boolean) => WriteBackupRequest } {
  const checksum = contentHash(content);
  return { json: JSON.stringify({ data: content, checksum }), request: (pin = false) => ({ checksum, pin }) };
}

const at = (iso: string) => new Date(iso).getTime();
const HOUR = 3_600_000;

/** Clock readings for 14 successive backups, named for what happened to the clock. */
export const CLOCK_SCENARIOS: readonly (readonly [string, readonly number[]])[] = [
  ['forward: an hour apart', Array.from({ length: 14 }, (_, i) => at('2026-11-26T08:00:00Z') + i * HOUR)],
  ['back: corrected by a day after the 11th', Array.from({ length: 14 }, (_, i) => at('2026-11-26T08:00:00Z') + i * HOUR - (i >= 11 ? 24 * HOUR : 0))],
  [
    'far future: 11 written in 2099, then the clock is fixed',
    Array.from({ length: 14 }, (_, i) => (i < 11 ? at('2099-01-01T00:00:00Z') + i * HOUR : at('2026-11-26T08:00:00Z') + i * HOUR)),
  ],
  ['equal: every backup in the same millisecond', Array.from({ length: 14 }, () => at('2026-11-26T08:00:00.123Z'))],
  ['back and forth: alternating years', Array.from({ length: 14 }, (_, i) => (i % 2 ? at('2030-05-05T05:05:05Z') : at('2021-01-01T00:00:00Z')) + i)],
];

function clockFrom(readings: readonly number[]) {
  let i = 0;
  return {
    now: () => new Date(readings[Math.min(i, readings.length - 1)]!),
    tick: () => void i++,
  };
}

async function names(store: BackupStoreUnderTest): Promise<string[]> {
  const listed = await store.listBackups();
  if (!listed.ok) throw new Error(listed.error);
  return listed.value.map((b) => b.name);
}

export function describeBackupStoreContract(label: string, makeStore: MakeStore): void {
  const kept = BACKUPS_KEPT;
  describe(`${label}: order by sequence, never by clock or name`, () => {
    it.each(CLOCK_SCENARIOS)('%s — every backup just written exists, is listed first, and the newest are kept', async (_name, readings) => {
      const clock = clockFrom(readings);
      const store = await makeStore(clock.now, kept);
      const written: string[] = [];
      for (let i = 0; i < readings.length; i++) {
        const { json, request } = backupText(`content ${i}`);
        const result = await store.writeBackup(json, request());
        clock.tick();
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.unchanged).toBe(false);
        written.push(result.value.name);
        // "Back up now" names a backup that really exists, with exactly this content.
        expect(await store.readBackup(result.value.name)).toEqual({ ok: true, value: json });
        expect((await names(store))[0]).toBe(result.value.name);
      }
      expect(await names(store)).toEqual(written.slice(-kept).reverse());
    });

    it.each(CLOCK_SCENARIOS)('%s — a safety backup is never pruned by the backups after it', async (_name, readings) => {
      const clock = clockFrom(readings);
      const store = await makeStore(clock.now, kept);
      const safety = backupText('state before the restore');
      const pinned = await store.writeBackup(safety.json, safety.request(true));
      clock.tick();
      expect(pinned.ok && pinned.value.pinned).toBe(true);
      if (!pinned.ok) return;
      for (let i = 1; i < readings.length; i++) {
        const { json, request } = backupText(`after ${i}`);
        await store.writeBackup(json, request());
        clock.tick();
      }
      const listed = await names(store);
      expect(listed).toContain(pinned.value.name);
      expect(listed).toHaveLength(kept + 1);
      expect(await store.readBackup(pinned.value.name)).toEqual({ ok: true, value: safety.json });
    });
  });

  describe(`${label}: identical content is stored once`, () => {
    it('writing unchanged data names the kept backup, renews it as the newest, and writes nothing', async () => {
      const clock = clockFrom(Array.from({ length: 5 }, (_, i) => at('2026-11-26T08:00:00Z') + i * HOUR));
      const store = await makeStore(clock.now, kept);
      const a = backupText('A');
      const b = backupText('B');
      const first = await store.writeBackup(a.json, a.request());
      clock.tick();
      await store.writeBackup(b.json, b.request());
      clock.tick();
      const again = await store.writeBackup(a.json, a.request(true));
      expect(again.ok && first.ok && again.value.name === first.value.name).toBe(true);
      expect(again.ok && again.value.unchanged && again.value.pinned).toBe(true);
      const listed = await store.listBackups();
      expect(listed.ok && listed.value.map((x) => [x.name, x.created, x.pinned])).toEqual(
        first.ok
          ? [
              [first.value.name, '2026-11-26T10:00:00.000Z', true],
              [expect.any(String), '2026-11-26T09:00:00.000Z', false],
            ]
          : [],
      );
    });
  });

  describe(`${label}: property — any clock, any content, any pins`, () => {
    const step = fc.record({
      time: fc.oneof(fc.integer({ min: at('1999-01-01T00:00:00Z'), max: at('2100-01-01T00:00:00Z') }), fc.constant(at('2026-11-26T08:00:00Z'))),
      content: fc.integer({ min: 0, max: 5 }),
      pin: fc.boolean(),
    });
    it('the last write is listed first and readable; pins survive; unpinned never exceed the limit; no content twice', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 16 }), async (steps) => {
          const clock = clockFrom(steps.map((s) => s.time));
          const small = 3;
          const store = await makeStore(clock.now, small);
          const pinnedContents = new Set<number>();
          for (const s of steps) {
            const { json, request } = backupText(`content ${s.content}`);
            const result = await store.writeBackup(json, request(s.pin));
            clock.tick();
            if (!result.ok) throw new Error(result.error);
            if (s.pin) pinnedContents.add(s.content);
            const listed = await store.listBackups();
            if (!listed.ok) throw new Error(listed.error);
            expect(listed.value[0]?.name).toBe(result.value.name);
            expect(await store.readBackup(result.value.name)).toEqual({ ok: true, value: json });
            expect(listed.value.filter((b) => !b.pinned).length).toBeLessThanOrEqual(small);
            const contents = await Promise.all(
              listed.value.map(async (b) => {
                const r = await store.readBackup(b.name);
                return r.ok ? r.value : '';
              }),
            );
            expect(new Set(contents).size).toBe(contents.length);
            for (const c of pinnedContents) expect(contents).toContain(backupText(`content ${c}`).json);
            const sequences = listed.value.map((b) => b.sequence);
            expect(sequences).toEqual([...sequences].sort((x, y) => y - x));
          }
        }),
        { numRuns: 20 },
      );
    });
  });
}

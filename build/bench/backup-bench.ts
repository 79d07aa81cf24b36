/**
 * Automatic backup with 10,000 annotations in Debian's Chromium through the built app (issue 13
 * item 6): the longest main-thread task (PerformanceObserver `longtask`) from the moment the
 * debounced backup fires until the backup status names the new backup, and how long that took.
 *
 * `worker` is the app as shipped: a module Worker opens the database by name, reads the snapshot
 * (one Dexie transaction), serializes it and computes the checksum; the main thread only receives
 * the text and stores it (the browser host writes it in 512 K-character parts, one request each).
 * The baseline, `mainThread`, is the same build with `Worker` removed from the page, so the app
 * falls back to reading and serializing on the main thread as every backup once did; both run in
 * this one bench run, on fresh profiles.
 *
 * Needs the built app. Run alone: `npx tsx build/bench/backup-bench.ts [annotations]`.
 */
import { pathToFileURL } from 'node:url';
import { AppSession } from '../../tests/e2e/support/app';
import { seedData } from '../../tests/e2e/support/notebook-bench';

export interface BackupBenchRun {
  /** Longest single main-thread task while the automatic backup ran. */
  readonly longestTaskMs: number;
  /** Sum of long tasks (> 50 ms) in that time: how long the page was unresponsive in total. */
  readonly blockedMs: number;
  /** Timer fired → backup status shows the new backup. */
  readonly backupMs: number;
  readonly backupBytes: number;
}

export interface BackupBenchResult {
  readonly annotations: number;
  readonly worker: BackupBenchRun;
  readonly mainThread: BackupBenchRun;
}

const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f);';
const NO_WORKER = 'delete window.Worker;';

async function runOnce(annotations: number, withWorker: boolean): Promise<BackupBenchRun> {
  const session = new AppSession();
  await session.serve();
  try {
    const page = await session.open('#/library');
    await session.browserContext.addInitScript(NAME_SHIM);
    if (!withWorker) await session.browserContext.addInitScript(NO_WORKER);
    await page.getByRole('main').first().waitFor();
    const data = seedData(annotations, Math.max(1, Math.round(annotations / 5)));
    await page.evaluate(NAME_SHIM);
    await page.evaluate(
      ({ articles, annotations: records }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('pizhu');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['importedArticles', 'annotations'], 'readwrite');
            for (const a of articles) tx.objectStore('importedArticles').put(a);
            for (const a of records) tx.objectStore('annotations').put(a);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      data,
    );
    // A fresh document on a fake clock: the start-up backup check waits for its 30 s debounce.
    await page.clock.install();
    await page.goto(`${session.baseUrl}#/settings`);
    await page.reload();
    await page.getByRole('heading', { name: '备份' }).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __blocked: number };
      w.__longest = 0;
      w.__blocked = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          w.__longest = Math.max(w.__longest, entry.duration);
          w.__blocked += entry.duration;
        }
      }).observe({ type: 'longtask' });
    });
    // Start-up with 10,000 annotations has long tasks of its own: wait for 2 s without any.
    await page.evaluate(async () => {
      const w = window as unknown as { __longest: number; __blocked: number };
      for (let quiet = 0; quiet < 20;) {
        const before = w.__blocked;
        await new Promise((r) => setTimeout(r, 100));
        quiet = w.__blocked === before ? quiet + 1 : 0;
      }
      w.__longest = 0;
      w.__blocked = 0;
    });
    const t0 = Date.now();
    await page.clock.fastForward('00:31');
    const status = page.getByRole('status').filter({ hasText: /^上次备份：/ });
    await status.waitFor({ timeout: 120_000 });
    const backupMs = Date.now() - t0;
    const measured = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
      const w = window as unknown as { __longest: number; __blocked: number };
      return { longest: w.__longest, blocked: w.__blocked };
    });
    const size = /([\d.]+) KB/.exec((await status.textContent()) ?? '')?.[1];
    if (session.pageErrors.length > 0) throw new Error(`page errors: ${session.pageErrors.join('; ')}`);
    return {
      longestTaskMs: Math.round(measured.longest),
      blockedMs: Math.round(measured.blocked),
      backupMs,
      backupBytes: Math.round(Number(size ?? 0) * 1024),
    };
  } finally {
    await session.dispose();
  }
}

/** Both runs, the shipped one first. */
export async function runBackupBench(annotations = 10_000): Promise<BackupBenchResult> {
  const worker = await runOnce(annotations, true);
  const mainThread = await runOnce(annotations, false);
  return { annotations, worker, mainThread };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [annotations] = process.argv.slice(2).map(Number);
  runBackupBench(annotations || undefined).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

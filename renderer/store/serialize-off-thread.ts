import { serializeBackupWithChecksum } from '../../corpus/backup';
import { snapshot } from './backup-snapshot';
import type { BackupWorkerRequest, BackupWorkerResponse } from './backup-worker';
import type { PizhuDb } from './db';

type Request = BackupWorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

let worker: Worker | undefined;
let nextId = 1;

function inWorker(request: Request): Promise<{ json: string; checksum: string }> {
  worker ??= new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<BackupWorkerResponse>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve({ json: event.data.json, checksum: event.data.checksum });
    };
    const onError = (event: ErrorEvent) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      // A worker that cannot start is not used again; the next backup is written here.
      worker = undefined;
      reject(new Error(event.message || 'backup worker failed to start'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, ...request } satisfies BackupWorkerRequest);
  });
}

/**
 * The backup file of everything in `db`, and its checksum. In a module Worker, which reads the
 * database itself, so the main thread only receives the finished text and typing never waits;
 * on the main thread only where workers do not exist (tests, very old browsers) or the worker
 * failed (it could not start, or could not open the database).
 */
export async function backupTextOffThread(db: PizhuDb, createdAt: string, appVersion: string): Promise<{ json: string; checksum: string }> {
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker({ database: db.name, createdAt, appVersion });
    } catch {
      // Written here instead (below).
    }
  }
  return serializeBackupWithChecksum(await snapshot(db), createdAt, appVersion);
}

import { serializeBackupWithChecksum, type BackupData } from '../../corpus/backup';
import type { BackupWorkerRequest, BackupWorkerResponse } from './backup-worker';

let worker: Worker | undefined;
let nextId = 1;

function inWorker(request: Omit<BackupWorkerRequest, 'id'>): Promise<{ json: string; checksum: string }> {
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
      // A worker that cannot start is not used again; the next backup serializes here.
      worker = undefined;
      reject(new Error(event.message || 'backup worker failed to start'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, ...request } satisfies BackupWorkerRequest);
  });
}

/**
 * The backup file and checksum, computed in a module Worker so typing never waits for it; on
 * the main thread only where workers do not exist (tests, very old browsers) or failed to start.
 */
export async function serializeOffThread(data: BackupData, createdAt: string, appVersion: string): Promise<{ json: string; checksum: string }> {
  if (typeof Worker === 'undefined') return serializeBackupWithChecksum(data, createdAt, appVersion);
  try {
    return await inWorker({ data, createdAt, appVersion });
  } catch {
    return serializeBackupWithChecksum(data, createdAt, appVersion);
  }
}

/// <reference lib="webworker" />
/**
 * Writes the text of a backup off the main thread: reading 10,000 annotations out of IndexedDB,
 * serializing them and computing the checksum are each hundreds of milliseconds that would
 * otherwise freeze typing. The worker opens the same database by name (IndexedDB works in
 * workers; the transaction is as consistent as on the main thread) and answers with the file
 * text and checksum only. A request may also carry the data itself (`data`), for callers that
 * already hold it.
 */
import { serializeBackupWithChecksum, type BackupData } from '../../corpus/backup';
import { snapshot } from './backup-snapshot';
import { createDb, type PizhuDb } from './db';

export type BackupWorkerRequest = {
  readonly id: number;
  readonly createdAt: string;
  readonly appVersion: string;
} & ({ readonly data: BackupData } | { readonly database: string });

export type BackupWorkerResponse = { readonly id: number; readonly json: string; readonly checksum: string } | { readonly id: number; readonly error: string };

/** One connection per database name, kept open between backups (Dexie closes it when a newer schema version opens). */
const connections = new Map<string, PizhuDb>();

function connection(name: string): PizhuDb {
  let db = connections.get(name);
  if (!db) {
    db = createDb({ name });
    connections.set(name, db);
  }
  return db;
}

self.onmessage = async (event: MessageEvent<BackupWorkerRequest>) => {
  const request = event.data;
  const { id, createdAt, appVersion } = request;
  let response: BackupWorkerResponse;
  try {
    const data = 'data' in request ? request.data : await snapshot(connection(request.database));
    response = { id, ...serializeBackupWithChecksum(data, createdAt, appVersion) };
  } catch (error) {
    if ('database' in request) connections.delete(request.database);
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};

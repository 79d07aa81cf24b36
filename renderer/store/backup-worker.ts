/// <reference lib="webworker" />
/**
 * Serializes a backup and computes its checksum off the main thread: for 10,000 annotations
 * that is seconds of string work that would otherwise freeze typing. Receives the snapshot
 * (read in one transaction on the main thread), answers with the file text and checksum.
 */
import { serializeBackupWithChecksum, type BackupData } from '../../corpus/backup';

export interface BackupWorkerRequest {
  readonly id: number;
  readonly data: BackupData;
  readonly createdAt: string;
  readonly appVersion: string;
}

export type BackupWorkerResponse = { readonly id: number; readonly json: string; readonly checksum: string } | { readonly id: number; readonly error: string };

self.onmessage = (event: MessageEvent<BackupWorkerRequest>) => {
  const { id, data, createdAt, appVersion } = event.data;
  let response: BackupWorkerResponse;
  try {
    response = { id, ...serializeBackupWithChecksum(data, createdAt, appVersion) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};

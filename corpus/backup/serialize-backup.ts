import { contentHash } from '../model';
import { canonicalJson } from './canonical-json';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupData } from './schemas';

/** The checksum of a backup's data: FNV-1a of its canonical JSON (key order does not matter). */
export function backupChecksum(data: unknown): string {
  return contentHash(canonicalJson(data));
}

/** A complete backup file (pretty-printed JSON, newline-terminated). */
export function serializeBackup(data: BackupData, createdAt: string, appVersion: string): string {
  return serializeBackupWithChecksum(data, createdAt, appVersion).json;
}

/** The backup file and its data's checksum, computed once (the store dedupes by it). */
export function serializeBackupWithChecksum(data: BackupData, createdAt: string, appVersion: string): { json: string; checksum: string } {
  const checksum = backupChecksum(data);
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt, app: { version: appVersion }, data, checksum };
  return { json: `${JSON.stringify(backup, null, 2)}\n`, checksum };
}

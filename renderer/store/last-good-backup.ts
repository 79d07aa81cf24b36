import type { Backup } from '../../corpus/backup';
import type { BackupInfo } from '../../electron/ipc/contract';
import type { Article } from '../../corpus/model';
import type { Host } from '../host/host';
import { loadBackup } from './backup-repo';
import { checkRestoreIdentity } from './import-repo';

export type LastGoodBackup =
  | { readonly kind: 'found'; readonly info: BackupInfo; readonly backup: Backup }
  | { readonly kind: 'none'; readonly checked: number }
  | { readonly kind: 'host-error'; readonly error: string };

/**
 * The newest kept backup that reads and validates completely (checksum, every record and every
 * known setting), for recovering from a state that breaks a view. The host lists backups newest
 * first; a damaged or invalid one is skipped, so a backup taken of the broken state itself is
 * never picked. A backup whose imported articles claim a bundled article's id fails the same
 * identity check as a restore from Settings (`checkRestoreIdentity`) and is skipped too.
 * Reads one backup at a time: the first good one is usually the first.
 */
export async function findLastGoodBackup(host: Host, bundled: readonly Pick<Article, 'id'>[]): Promise<LastGoodBackup> {
  const list = await host.listBackups();
  if (!list.ok) return { kind: 'host-error', error: list.error };
  for (const info of list.value) {
    const loaded = checkRestoreIdentity(await loadBackup(host, info.name), bundled);
    if ('backup' in loaded) return { kind: 'found', info, backup: loaded.backup };
  }
  return { kind: 'none', checked: list.value.length };
}

import { join } from 'node:path';

/**
 * The app's identity. FIXED FOREVER: the name decides the userData folder, where every note
 * lives; renaming would hide users' notes behind an empty library.
 */
export const APP_NAME = 'Pizhu';
export const APP_ID = 'app.pizhu.reader';
/** Folder name under the OS app-data folder (`~/.config/Pizhu`, `%APPDATA%\Pizhu`, …). */
export const USER_DATA_FOLDER = 'Pizhu';
/** Backups live next to the IndexedDB data, in `<userData>/backups`. */
export const BACKUPS_FOLDER = 'backups';

/** `<appData>/Pizhu`, set explicitly so a changed productName can never move it. */
export function userDataPath(appDataPath: string): string {
  return join(appDataPath, USER_DATA_FOLDER);
}

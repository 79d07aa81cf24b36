import type { IpcChannel } from '../ipc/contract';
import { createHandle, type GuardedHandler, type IpcRegistrar } from '../ipc/guards';
import { getAppInfo, type AppInfoDeps } from './handlers/app-info';
import type { BackupStore } from './handlers/backups';
import { openFiles, type OpenFilesDeps } from './handlers/open-files';
import { saveFile, type SaveFileDeps } from './handlers/save-file';
import { countPdfPagesOf, savePdf, type SavePdfDeps } from './handlers/save-pdf';
import type { TeamServerSetting } from './handlers/team-server';

export interface HandlerDeps {
  readonly appInfo: AppInfoDeps;
  readonly backups: BackupStore;
  readonly files: SaveFileDeps & SavePdfDeps & OpenFilesDeps;
  readonly teamServer: TeamServerSetting;
}

/** Every contract channel's handler; a channel added to the contract fails to compile here. */
export type Handlers = { readonly [C in IpcChannel]: GuardedHandler<C> };

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    getAppInfo: () => getAppInfo(deps.appInfo),
    writeBackup: (json, request) => deps.backups.writeBackup(json, request),
    listBackups: () => deps.backups.listBackups(),
    readBackup: (name) => deps.backups.readBackup(name),
    saveFile: (request) => saveFile(deps.files, request),
    savePdf: (request) => savePdf(deps.files, request),
    countPdfPages: (request) => countPdfPagesOf(deps.files, request),
    openFiles: () => openFiles(deps.files),
    setTeamServer: (url) => deps.teamServer.set(url),
  };
}

/** Registers one guarded handler (sender check + zod) per contract channel. */
export function registerHandlers(registrar: IpcRegistrar, handlers: Handlers): void {
  const handle = createHandle(registrar);
  const register = <C extends IpcChannel>(channel: C): void => handle(channel, handlers[channel]);
  for (const channel of Object.keys(handlers) as IpcChannel[]) register(channel);
}

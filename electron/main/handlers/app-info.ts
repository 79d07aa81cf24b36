import { ok, type Result } from '../../../corpus/model/result';
import type { AppInfo } from '../../ipc/contract';

export interface AppInfoDeps {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly userDataPath: string;
  readonly locales: readonly string[];
}

/** What the About box and the settings page show. */
export function getAppInfo(deps: AppInfoDeps): Promise<Result<AppInfo>> {
  return Promise.resolve(
    ok({
      name: deps.name,
      version: deps.version,
      host: 'electron',
      platform: deps.platform,
      dataLocation: deps.userDataPath,
      locales: [...deps.locales],
    }),
  );
}

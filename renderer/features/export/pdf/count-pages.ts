import type { PageSize } from '../../../../corpus/export/print-types';
import type { Host } from '../../../host/host';

/** Page counts of print documents from the host, or undefined where it cannot print off screen. */
export function countPagesWith(host: Host, pageSize: PageSize, lang: 'zh-CN' | 'en'): (htmls: string[]) => Promise<readonly number[] | undefined> {
  return async (htmls) => {
    const result = await host.countPdfPages({ htmls, pageSize, lang });
    return result.ok ? result.value : undefined;
  };
}

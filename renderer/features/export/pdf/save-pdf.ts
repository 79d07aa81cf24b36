import type { PageSize } from '../../../../corpus/export/print-types';
import type { Translate } from '../../../ui/i18n';
import type { Host } from '../../../host/host';
import { fileStem } from '../../../../corpus/export/export-input';
import { describeError } from '../../../ui/i18n/describe-error';

/**
 * Hands print HTML to the host (Electron: hidden window + save dialog; browser: the print
 * dialog) and says what happened as a toast message; undefined when nothing was written.
 */
export async function savePdf(
  host: Host,
  t: Translate,
  args: { html: string; title: string; pageSize: PageSize; lang: 'zh-CN' | 'en' },
): Promise<{ message: string; error: boolean } | undefined> {
  try {
    const result = await host.savePdf({ html: args.html, suggestedName: `${fileStem(args.title)}.pdf`, pageSize: args.pageSize, lang: args.lang });
    if (!result.ok) return { message: t('print.failed', { message: describeError(t, result.error) }), error: true };
    if (result.value.saved) return { message: t('print.saved', { path: result.value.path }), error: false };
    // Not saved: Electron's save dialog was cancelled, or the browser's print dialog took over.
    return undefined;
  } catch (e) {
    return { message: t('print.failed', { message: describeError(t, e) }), error: true };
  }
}

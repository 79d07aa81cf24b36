import { restoreTrashedArticle, type TrashRestoreRefusal } from '../store/article-trash-repo';
import { useServices } from '../store/services';
import { useI18n } from './i18n';
import { describeError } from './i18n/describe-error';
import type { MessageKey } from './i18n';
import { useToast } from './toast';

/** The toast for each reason a restore from the trash is refused. */
const REFUSAL_MESSAGE: Record<TrashRestoreRefusal, MessageKey> = {
  gone: 'trash.gone',
  bundled: 'trash.refusedBundled',
  'id-taken': 'trash.refusedIdTaken',
};

/**
 * Brings an article back from the trash and says how it went: `done(notes)` is the success
 * message; a refusal (the entry is gone, claims a bundled id, or its id now holds another text)
 * or a storage error is a toast in the user's language, and the entry stays in the trash.
 * Used by Settings → Trash and by the undo right after a remove.
 */
export function useRestoreTrashed(): (trashId: string, title: string, done: (notes: number) => string) => Promise<void> {
  const { t } = useI18n();
  const { db, bundled } = useServices();
  const toast = useToast();
  return async (trashId, title, done) => {
    try {
      const restored = await restoreTrashedArticle(db, trashId, new Set(bundled.map((a) => a.id)));
      if (restored.ok) toast(done(restored.value.notes));
      else toast(t(REFUSAL_MESSAGE[restored.error], { title }), { tone: 'error' });
    } catch (error) {
      toast(t('common.error', { message: describeError(t, error) }), { tone: 'error' });
    }
  };
}

import { useEffect, useRef } from 'react';
import { requestImportOnMount } from '../features/import/import-request';
import { backUpNow } from '../store/backup-repo';
import { useServices } from '../store/services';
import { useI18n } from '../ui/i18n';
import { navigate, routeFromPizhuLink, type Route } from '../ui/router';
import { useToast } from '../ui/toast';
import { describeError } from '../ui/i18n/describe-error';

/**
 * The native menu's app-wide commands (Electron sends them; the browser host never does).
 * Commands that belong to one view — find, print, search, meeting pack — are handled there.
 */
export function MenuCommands({ route }: { route: Route }) {
  const { db, host } = useServices();
  const { t } = useI18n();
  const toast = useToast();
  const current = useRef(route);
  current.current = route;
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        switch (command) {
          case 'library':
          case 'notebook':
          case 'settings':
            navigate({ name: command });
            break;
          case 'import':
            if (current.current.name !== 'library') {
              requestImportOnMount();
              navigate({ name: 'library' });
            }
            break;
          case 'backup-now':
            void backUpNow(db, host, __APP_VERSION__).then((result) =>
              'error' in result
                ? toast(t('common.error', { message: describeError(t, result.error) }), { tone: 'error' })
                : toast(t('settings.backupDone', { name: result.name })),
            );
            break;
          case 'about':
            toast(`Pizhu 批注 ${__APP_VERSION__} · ${t('app.tagline')}`);
            break;
          case 'export-markdown':
            navigate({ name: 'settings' });
            break;
          default:
            break;
        }
      }),
    [db, host, t, toast],
  );
  useEffect(
    () =>
      host.onOpenLink((url) => {
        const route = routeFromPizhuLink(url);
        if (route) navigate(route);
      }),
    [host],
  );
  return null;
}

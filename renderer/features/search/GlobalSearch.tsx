import { useEffect, useState } from 'react';
import { useI18n } from '../../ui/i18n';
import { useSearchIndexSync } from '../../store/search-index';
import { useServices } from '../../store/services';
import { SearchDialog } from './SearchDialog';

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The top bar's search button; Ctrl/Cmd+K and the menu's "Search all" open it too. */
export function GlobalSearch() {
  const { t } = useI18n();
  const { host } = useServices();
  const [open, setOpen] = useState(false);
  // Mounted for the app's whole life: imported articles are indexed at start and on every change, not on open.
  useSearchIndexSync();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = host.onMenuCommand((command) => {
      if (command === 'global-search') setOpen(true);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [host]);
  return (
    <>
      <button type="button" className="search-button" onClick={() => setOpen(true)} aria-keyshortcuts={isMac() ? 'Meta+K' : 'Control+K'}>
        <span aria-hidden="true">⌕</span> {t('nav.search')} <kbd>{isMac() ? '⌘K' : 'Ctrl K'}</kbd>
      </button>
      {open && <SearchDialog onClose={() => setOpen(false)} />}
    </>
  );
}

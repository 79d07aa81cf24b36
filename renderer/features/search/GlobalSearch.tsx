import { lazy, Suspense, useState } from 'react';
import { useI18n } from '../../ui/i18n';
import { useSearchIndexSync } from '../../store/search-index-sync';
import { useCommand } from '../../ui/use-command';

// The dialog (and the query engine, snippets and filters it brings) loads on first open, not before first paint.
const SearchDialog = lazy(() => import('./SearchDialog').then((m) => ({ default: m.SearchDialog })));

const SEARCH_KEY = { key: 'k', mod: true } as const;
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The top bar's search button; Ctrl/Cmd+K and the menu's "Search all" open it too. */
export function GlobalSearch() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // Mounted for the app's whole life: imported articles are indexed at start and on every change, not on open.
  useSearchIndexSync();
  useCommand({ key: SEARCH_KEY, menu: 'global-search' }, () => setOpen(true));
  return (
    <>
      <button type="button" className="search-button" onClick={() => setOpen(true)} aria-keyshortcuts={isMac() ? 'Meta+K' : 'Control+K'}>
        <span aria-hidden="true">⌕</span> {t('nav.search')} <kbd>{isMac() ? '⌘K' : 'Ctrl K'}</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

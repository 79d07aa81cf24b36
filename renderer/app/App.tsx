import { lazy, Suspense, useEffect, useState } from 'react';
import { LibraryView } from '../features/library/LibraryView';
import { useMeetingPackMenu } from '../features/export';
import { GlobalSearch } from '../features/search/GlobalSearch';
import { BackupWarningBanner } from '../features/settings/BackupWarningBanner';
import { ShortcutsDialog } from '../features/shortcuts/ShortcutsDialog';
import { useSharedAnnotations, useSharedCorrections, useSharedImportedArticles } from '../store/live-data';
import { useServices } from '../store/services';
import { useSetting } from '../store/settings-repo';
import { useAppearance } from '../ui/appearance';
import { ErrorBoundary } from './ErrorBoundary';
import { InvalidSettingsNotice } from './InvalidSettingsNotice';
import { StoredRecordsNotice } from './StoredRecordsNotice';
import { hasCatalog, I18nProvider, languageFor, loadCatalog, translator, useI18n, type Lang } from '../ui/i18n';
import { navigate, useRoute, type Route } from '../ui/router';
import { MenuCommands } from './MenuCommands';
import { ToastProvider } from '../ui/toast';

// Views other than the library load on first visit (issue 15: a smaller first paint).
const ReaderView = lazy(() => import('../features/reader/ReaderView').then((m) => ({ default: m.ReaderView })));
const NotebookView = lazy(() => import('../features/notebook/NotebookView').then((m) => ({ default: m.NotebookView })));
const MeetingPackView = lazy(() => import('../features/export/pdf/MeetingPackView').then((m) => ({ default: m.MeetingPackView })));
const FiguresView = lazy(() => import('../features/figures/FiguresView').then((m) => ({ default: m.FiguresView })));
const SettingsView = lazy(() => import('../features/settings/SettingsView').then((m) => ({ default: m.SettingsView })));

function TopBar({ route }: { route: Route }) {
  const { t } = useI18n();
  const item = (name: 'library' | 'notebook' | 'pack' | 'figures' | 'settings', label: string) => (
    <li>
      <a
        href={`#/${name}`}
        aria-current={route.name === name || (name === 'library' && route.name === 'reader') ? 'page' : undefined}
        onClick={(e) => {
          e.preventDefault();
          navigate({ name });
        }}
      >
        {label}
      </a>
    </li>
  );
  return (
    <header className="top-bar">
      <span className="brand" aria-label="Pizhu 批注">
        <span className="brand-mark" aria-hidden="true">
          批
        </span>
        {t('app.name')}
      </span>
      <nav aria-label={t('nav.main')}>
        <ul>
          {item('library', t('nav.library'))}
          {item('notebook', t('nav.notebook'))}
          {item('pack', t('nav.pack'))}
          {item('figures', t('nav.figures'))}
          {item('settings', t('nav.settings'))}
        </ul>
      </nav>
      <div className="top-bar-actions">
        <GlobalSearch />
      </div>
    </header>
  );
}

function Routes({ route }: { route: Route }) {
  switch (route.name) {
    case 'library':
      return <LibraryView />;
    case 'reader':
      return (
        <ReaderView
          articleId={route.articleId}
          {...(route.block ? { block: route.block } : {})}
          {...(route.find ? { find: route.find } : {})}
          {...(route.para ? { para: route.para } : {})}
        />
      );
    case 'pack':
      return <MeetingPackView />;
    case 'notebook':
      return <NotebookView />;
    case 'figures':
      return <FiguresView key={route.articleId ?? ''} {...(route.articleId ? { articleId: route.articleId } : {})} />;
    case 'settings':
      return <SettingsView />;
  }
}

const SHELL_RESET_KEYS: readonly unknown[] = [];

/** Each view behind its own error boundary, so a failing view leaves the top bar and a way out. */
function GuardedRoutes({ route }: { route: Route }) {
  const { t } = useI18n();
  const view = route.name === 'reader' ? t('boundary.view.reader') : t(`nav.${route.name}`);
  // A restore or repair changes the shared data, and the failed view is tried again with it.
  const data = [useSharedAnnotations(), useSharedImportedArticles(), useSharedCorrections()];
  return (
    <ErrorBoundary view={view} resetKeys={[JSON.stringify(route), ...data]}>
      <Suspense fallback={<main className="view-loading" aria-busy="true" />}>
        <Routes route={route} />
      </Suspense>
    </ErrorBoundary>
  );
}

export function App() {
  const { host } = useServices();
  const route = useRoute();
  useMeetingPackMenu();
  const [langSetting, , langLoaded] = useSetting('ui.language');
  useAppearance();
  const [osLang, setOsLang] = useState<Lang>(() => languageFor(navigator.languages ?? [navigator.language]));
  useEffect(() => {
    void host.getAppInfo().then((info) => {
      if (info.ok) setOsLang(languageFor(info.value.locales));
    });
  }, [host]);
  const wanted = langSetting === 'system' ? osLang : langSetting;
  // Only the language shown is loaded: a switch keeps the current one on screen until the
  // other's catalog has arrived (never a key in place of a string), then changes over.
  const [shown, setShown] = useState<Lang | null>(null);
  useEffect(() => {
    let live = true;
    void loadCatalog(wanted).then(
      () => {
        if (live) setShown(wanted);
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  const lang = hasCatalog(wanted) ? wanted : shown;
  useEffect(() => {
    if (lang) document.documentElement.lang = lang;
  }, [lang]);
  if (!langLoaded || !lang) return null;
  return (
    <I18nProvider lang={lang}>
      <ToastProvider>
        <div className="app">
          <MenuCommands route={route} />
          <ErrorBoundary view={translator(lang)('app.name')} resetKeys={SHELL_RESET_KEYS}>
            <TopBar route={route} />
            <InvalidSettingsNotice />
            <StoredRecordsNotice />
            <BackupWarningBanner />
          </ErrorBoundary>
          <GuardedRoutes route={route} />
          <ShortcutsDialog />
        </div>
      </ToastProvider>
    </I18nProvider>
  );
}

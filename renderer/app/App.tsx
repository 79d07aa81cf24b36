import { useEffect, useState } from 'react';
import { LibraryView } from '../features/library/LibraryView';
import { ReaderView } from '../features/reader/ReaderView';
import { useServices } from '../store/services';
import { useSetting } from '../store/settings-repo';
import { I18nProvider, languageFor, useI18n, type Lang } from './i18n';
import { navigate, useRoute, type Route } from './router';
import { ToastProvider } from './toast';

export type ThemeSetting = 'system' | 'light' | 'dark' | 'sepia';

function TopBar({ route }: { route: Route }) {
  const { t } = useI18n();
  const item = (name: 'library' | 'notebook' | 'settings', label: string) => (
    <li>
      <a href={`#/${name}`} aria-current={route.name === name || (name === 'library' && route.name === 'reader') ? 'page' : undefined}
        onClick={(e) => { e.preventDefault(); navigate({ name }); }}>
        {label}
      </a>
    </li>
  );
  return (
    <header className="top-bar">
      <span className="brand" aria-label="Pizhu 批注"><span className="brand-mark" aria-hidden="true">批</span>{t('app.name')}</span>
      <nav aria-label={t('nav.main')}>
        <ul>
          {item('library', t('nav.library'))}
          {item('notebook', t('nav.notebook'))}
          {item('settings', t('nav.settings'))}
        </ul>
      </nav>
    </header>
  );
}

function Routes({ route }: { route: Route }) {
  switch (route.name) {
    case 'library':
      return <LibraryView />;
    case 'reader':
      return <ReaderView articleId={route.articleId} {...(route.block ? { block: route.block } : {})} {...(route.find ? { find: route.find } : {})} />;
    case 'notebook':
    case 'settings':
      return <LibraryView />;
  }
}

export function App() {
  const { host } = useServices();
  const route = useRoute();
  const [langSetting, , langLoaded] = useSetting<Lang | 'system'>('ui.language', 'system');
  const [theme] = useSetting<ThemeSetting>('ui.theme', 'system');
  const [osLang, setOsLang] = useState<Lang>(() => languageFor(navigator.languages ?? [navigator.language]));
  useEffect(() => {
    void host.getAppInfo().then((info) => {
      if (info.ok) setOsLang(languageFor(info.value.locales));
    });
  }, [host]);
  const lang = langSetting === 'system' ? osLang : langSetting;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = theme;
  }, [lang, theme]);
  if (!langLoaded) return null;
  return (
    <I18nProvider lang={lang}>
      <ToastProvider>
        <div className="app">
          <TopBar route={route} />
          <Routes route={route} />
        </div>
      </ToastProvider>
    </I18nProvider>
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { SearchIndex } from '../../corpus/search';
import { createBrowserHost } from '../host/browser-host';
import { electronBridge } from '../host/host';
import { createBrowserBackupFiles } from '../store/browser-backups';
import { purgeExpiredArticleTrash } from '../store/article-trash-repo';
import { adoptRescuedDrafts } from '../store/draft-rescue';
import { keepAnnotatedBundledTexts } from '../store/bundled-texts';
import { startAutoBackup } from '../store/backup-repo';
import { createDb, requestPersistentStorage } from '../store/db';
import { loadBundledCorpus } from '../store/library-repo';
import { LiveDataProvider } from '../store/live-data';
import { ServicesProvider } from '../store/services';
import { TeamProvider } from '../store/team/team-service';
import { loadCatalog } from '../ui/i18n';
import { App } from './App';
import './styles.css';

/** Start-up: open the notes database, load the bundled corpus, pick the host, render. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const db = createDb();
  const host = electronBridge() ?? createBrowserHost({ backups: createBrowserBackupFiles(db), version: __APP_VERSION__ });
  try {
    const [bundled] = await Promise.all([loadBundledCorpus(), db.open(), loadCatalog('zh-CN')]);
    // The search index loads on first use — the top bar asks for it once the first paint is
    // committed — from its own chunk (issue 15: the entry bundle carries no search code).
    let index: Promise<SearchIndex> | undefined;
    const bundledIndex = () => (index ??= import('../features/search/search-service').then((m) => m.loadBundledIndex(bundled)));
    // Text typed just before the last window closed, kept synchronously: into the drafts table before anything shows them.
    await adoptRescuedDrafts(db).catch(() => 0);
    // The samples' text as the notes saw it, for when an upgrade changes it.
    void keepAnnotatedBundledTexts(db, bundled).catch(() => 0);
    void requestPersistentStorage();
    // Removed articles older than 30 days go for good, checked once per start.
    void purgeExpiredArticleTrash(db);
    startAutoBackup(db, host, __APP_VERSION__);
    root.render(
      <StrictMode>
        <ServicesProvider services={{ db, host, bundled, bundledIndex }}>
          <LiveDataProvider>
            <TeamProvider>
              <App />
            </TeamProvider>
          </LiveDataProvider>
        </ServicesProvider>
      </StrictMode>,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    root.render(
      <main className="startup-error" role="alert">
        <h1>Pizhu 批注</h1>
        <p>启动失败 · Pizhu could not start: {message}</p>
      </main>,
    );
  }
}

void start();

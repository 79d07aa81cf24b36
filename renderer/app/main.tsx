import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { SearchIndex } from '../../corpus/search';
import { createBrowserHost } from '../host/browser-host';
import { electronBridge } from '../host/host';
import { createBrowserBackupFiles } from '../store/browser-backups';
import { adoptRescuedDrafts } from '../store/draft-rescue';
import { startAutoBackup } from '../store/backup-repo';
import { createDb, requestPersistentStorage } from '../store/db';
import { loadBundledCorpus } from '../store/library-repo';
import { LiveDataProvider } from '../store/live-data';
import { ServicesProvider } from '../store/services';
import { TeamProvider } from '../store/team/team-service';
import { loadCatalog } from '../ui/i18n';
import { parseRoute } from '../ui/router';
import { App } from './App';
import './styles.css';

/** Start-up: open the notes database, load the bundled corpus, pick the host, render. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const onNotebook = parseRoute(location.hash).name === 'notebook';
  // Opening on the notebook: its code is fetched and evaluated beside the database's start-up
  // (evaluated later, it waits behind the main thread's handling of the full reads).
  if (onNotebook) void import('../features/notebook/NotebookView');
  // …and so is its summary reader (a chunk of its own: start-up elsewhere does not carry it).
  const summaryRepo = onNotebook ? import('../store/notebook-summary-repo') : undefined;
  const db = createDb();
  const host = electronBridge() ?? createBrowserHost({ backups: createBrowserBackupFiles(db), version: __APP_VERSION__ });
  try {
    const [bundled, , , repo] = await Promise.all([loadBundledCorpus(), db.open(), loadCatalog('zh-CN'), summaryRepo]);
    // Opening on the notebook: its one-record summary is asked for first, ahead of the full
    // reads (IndexedDB answers in order), so the list can paint before every note is read.
    const notebookSummary = repo?.readNotebookSummary(db, repo.corpusKeyOf(bundled));
    // The search index loads on first use — the top bar asks for it once the first paint is
    // committed — from its own chunk (issue 15: the entry bundle carries no search code).
    let index: Promise<SearchIndex> | undefined;
    const bundledIndex = () => (index ??= import('../features/search/search-service').then((m) => m.loadBundledIndex(bundled)));
    // Text typed just before the last window closed, kept synchronously: into the drafts table before anything shows them.
    await adoptRescuedDrafts(db).catch(() => 0);
    void requestPersistentStorage();
    // Keeping the samples' annotated texts and emptying the 30-day trash: a chunk of their own.
    void import('../store/startup-chores').then((chores) => chores.runStartupChores(db, bundled));
    startAutoBackup(db, host, __APP_VERSION__);
    root.render(
      <StrictMode>
        <ServicesProvider services={{ db, host, bundled, bundledIndex }}>
          <LiveDataProvider {...(notebookSummary ? { notebookSummary } : {})}>
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

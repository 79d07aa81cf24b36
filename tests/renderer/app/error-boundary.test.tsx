// Dexie's live queries look for a global IndexedDB; each test still gets its own fresh factory.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../../corpus/search';
import { ErrorBoundary } from '../../../renderer/app/ErrorBoundary';
import { createBrowserHost } from '../../../renderer/host/browser-host';
import { backUpNow } from '../../../renderer/store/backup-repo';
import { createBrowserBackupFiles } from '../../../renderer/store/browser-backups';
import { createDb } from '../../../renderer/store/db';
import { ServicesProvider } from '../../../renderer/store/services';
import { I18nProvider } from '../../../renderer/ui/i18n';
import { ToastProvider } from '../../../renderer/ui/toast';
import { useAllAnnotations } from '../../../renderer/store/annotations-repo';
import { v1Annotation } from '../store/fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
(globalThis as { __APP_VERSION__?: string }).__APP_VERSION__ = '0.0.0-test';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

async function settle(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error(`timed out waiting for ${what}; page: ${document.body.textContent}`);
}

const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === name);

/** A view that fails while the library holds more than one annotation (a bug the boundary must contain). */
function Fragile() {
  const all = useAllAnnotations();
  if (all && all.length > 1) throw new Error('view cannot render this');
  return <p>{all === undefined ? '…' : `${all.length} 条批注`}</p>;
}

describe('the error boundary around a view', () => {
  it('shows what failed in Chinese, and “restore the last good backup” (asked first) brings the view back', async () => {
    const db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
    const host = createBrowserHost({ backups: createBrowserBackupFiles(db), version: '0.0.0-test' });
    const one = { ...v1Annotation(1), articleId: v1Annotation(1).target.source };
    await db.annotations.put(one);
    const good = await backUpNow(db, host, '0.0.0-test');
    if ('error' in good) throw new Error(good.error);
    await db.annotations.put({ ...v1Annotation(2), articleId: v1Annotation(2).target.source });

    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    const original = console.error;
    console.error = () => undefined;
    try {
      act(() =>
        root!.render(
          <ServicesProvider services={{ db, host, bundled: [], bundledIndex: () => Promise.resolve(buildIndex([])) }}>
            <I18nProvider lang="zh-CN">
              <ToastProvider>
                <ErrorBoundary view="笔记本" resetKeys={[]}>
                  <Fragile />
                </ErrorBoundary>
              </ToastProvider>
            </I18nProvider>
          </ServicesProvider>,
        ),
      );
      await settle(() => document.querySelector('.view-failure') !== null, 'the failure');
      expect(document.querySelector('.view-failure h1')?.textContent).toBe('“笔记本”出错了，无法显示');
      expect(document.querySelector('.view-failure pre')?.textContent).toBe('Error: view cannot render this');

      act(() => button('恢复最近的有效备份…')!.click());
      await settle(() => button('恢复这份备份') !== undefined, 'the confirmation');
      expect(document.body.textContent).toContain(`从备份“${good.name}”`);
      act(() => button('恢复这份备份')!.click());
      await settle(() => (document.body.textContent ?? '').includes('1 条批注'), 'the view again');
      expect(document.querySelector('.view-failure')).toBeNull();
      expect(await db.annotations.count()).toBe(1);
    } finally {
      console.error = original;
    }
  });
});

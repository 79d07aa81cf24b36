import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../corpus/model/result';
import type { MenuCommand, OpenedFile } from '../../../electron/ipc/contract';
import { I18nProvider } from '../../../renderer/ui/i18n';
import { ToastProvider } from '../../../renderer/ui/toast';
import { LibraryView } from '../../../renderer/features/library/LibraryView';
import type { Host } from '../../../renderer/host/host';
import { createDb, type PizhuDb } from '../../../renderer/store/db';
import { ServicesProvider, type Services } from '../../../renderer/store/services';
import { waitFor } from '../support/wait-for';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const md = new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/import/meeting-notes.md')));

/** A host whose open dialog returns `files` and whose menu can be clicked from the test. */
function fakeHost(files: readonly OpenedFile[]) {
  let menu: ((command: MenuCommand) => void) | undefined;
  const openFiles = vi.fn(async () => ok(files));
  const host = {
    openFiles,
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      menu = listener;
      return () => {
        menu = undefined;
      };
    },
  } as Partial<Host> as Host;
  return { host, openFiles, menu: (command: MenuCommand) => menu?.(command) };
}

const dialogNamed = (name: string): HTMLElement | undefined =>
  [...document.querySelectorAll<HTMLElement>('[role="dialog"]')].find(
    (d) => document.getElementById(d.getAttribute('aria-labelledby') ?? '')?.textContent === name,
  );

let root: Root | undefined;
let db: PizhuDb | undefined;
afterEach(() => {
  act(() => root?.unmount());
  db?.close();
  document.body.innerHTML = '';
});

function renderLibrary(host: Host): void {
  db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  // Only what the library and the importer read; other services are not used here.
  const services = { db, host, bundled: [] } as Partial<Services> as Services;
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root!.render(
      <ServicesProvider services={services}>
        <I18nProvider lang="zh-CN">
          <ToastProvider>
            <LibraryView />
          </ToastProvider>
        </I18nProvider>
      </ServicesProvider>,
    ),
  );
}

describe('library import UI', () => {
  it('the native menu command "import" opens the picker; the dialog lists each file with its result', async () => {
    const fake = fakeHost([
      { name: 'meeting-notes.md', size: md.length, bytes: md },
      { name: 'setup.exe', size: 2, bytes: new Uint8Array([0x4d, 0x5a]) },
    ]);
    renderLibrary(fake.host);
    act(() => fake.menu('import'));
    await waitFor(() => dialogNamed('导入文章')?.textContent?.includes('导入 1 篇，拒绝 1 个文件。') ?? false, 'the result summary');
    const items = [...dialogNamed('导入文章')!.querySelectorAll('li')].map((li) => li.firstChild?.textContent);
    expect(items).toEqual([
      '✓ meeting-notes.md：已导入《青山湖区产业园调研纪要》（UTF-8）',
      '✗ setup.exe：不支持的文件类型（.exe），可导入 .txt、.md、.html、.docx、.pdf',
    ]);
    expect(fake.openFiles).toHaveBeenCalledTimes(1);
    expect(await db!.importedArticles.count()).toBe(1);
  });

  // The library list itself comes from a Dexie live query, which does not emit under jsdom
  // with fake-indexeddb; the cards, the imported badge and removal are covered end to end.
  it('the button imports; "Open" in the results goes to the reader; Escape closes', async () => {
    const fake = fakeHost([{ name: 'meeting-notes.md', size: md.length, bytes: md }]);
    renderLibrary(fake.host);
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === '导入文章…')!;
    act(() => button.click());
    await waitFor(() => dialogNamed('导入文章')?.textContent?.includes('导入 1 篇') ?? false, 'the result summary');
    const [stored] = await db!.importedArticles.toArray();
    expect(stored).toMatchObject({ origin: 'imported', encoding: 'utf-8', fileName: 'meeting-notes.md' });
    act(() => [...dialogNamed('导入文章')!.querySelectorAll('button')].find((b) => b.textContent === '打开')!.click());
    expect(location.hash).toBe(`#/read/${stored!.id}`);
    expect(dialogNamed('导入文章')).toBeUndefined();

    act(() => button.click());
    // Escape is ignored while a batch runs (closing would hide a half-done import), so wait for the batch to end.
    await waitFor(() => {
      const dialog = dialogNamed('导入文章');
      return (dialog?.textContent?.includes('内容相同') ?? false) && dialog?.getAttribute('aria-busy') === 'false';
    }, 'the duplicate refusal, batch finished');
    act(() => {
      dialogNamed('导入文章')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(dialogNamed('导入文章')).toBeUndefined();
    expect(await db!.importedArticles.count()).toBe(1);
  });
});

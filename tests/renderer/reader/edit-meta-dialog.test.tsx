// Dexie's live queries look for a global IndexedDB; each test still gets its own fresh factory.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../../corpus/normalize';
import { I18nProvider, type Lang } from '../../../renderer/ui/i18n';
import { ToastProvider } from '../../../renderer/ui/toast';
import { LibraryView } from '../../../renderer/features/library/LibraryView';
import { EditMetaButton } from '../../../renderer/features/reader/EditMetaDialog';
import type { Host } from '../../../renderer/host/host';
import { createDb, type PizhuDb } from '../../../renderer/store/db';
import { addImportedArticles, useArticle } from '../../../renderer/store/library-repo';
import type { ImportedArticle } from '../../../renderer/store/records';
import { ServicesProvider, type Services } from '../../../renderer/store/services';
import { waitFor } from '../support/wait-for';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TEXT = '今年以来全市坚持稳中求进工作总基调，统筹推进产业升级与城乡融合发展，经济运行总体平稳。\n\n一季度规模以上工业增加值同比增长百分之六点五。\n';
const { article: normalized } = normalizeArticle({ fileName: '月度简报.txt', text: TEXT, origin: 'imported' });
const ARTICLE: ImportedArticle = { ...normalized, id: `imp-${normalized.contentHash}`, importedAt: '2026-03-01T08:00:00.000Z', encoding: 'utf-8' };

/** Sets an input the way typing does, so React's onChange sees it. */
function type(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const byLabel = (label: string): HTMLInputElement => {
  const l = [...document.querySelectorAll('label')].find((x) => x.textContent === label);
  if (!l) throw new Error(`no field ${label}`);
  return document.getElementById(l.htmlFor) as HTMLInputElement;
};
const button = (name: string): HTMLButtonElement => {
  const b = [...document.querySelectorAll('button')].find((x) => x.textContent === name || x.getAttribute('aria-label') === name);
  if (!b) throw new Error(`no button ${name}; page: ${document.body.textContent}`);
  return b;
};
const click = (b: HTMLElement) => act(() => b.click());

/** What the reader header needs: the article as shown, plus the edit button. */
function Harness({ id }: { id: string }) {
  const { article, inferred, correction } = useArticle(id);
  if (!article || !inferred) return null;
  return (
    <div>
      <h1 data-testid="title">{article.meta.title}</h1>
      <p data-testid="source">{article.meta.source ?? '-'}</p>
      <EditMetaButton article={article} inferred={inferred} correction={correction} />
    </div>
  );
}

let root: Root | undefined;
let db: PizhuDb | undefined;
afterEach(() => {
  act(() => root?.unmount());
  db?.close();
  document.body.innerHTML = '';
});

async function render(view: React.ReactNode, lang: Lang = 'zh-CN'): Promise<PizhuDb> {
  db = createDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  await addImportedArticles(db, [ARTICLE]);
  const host = { onMenuCommand: () => () => undefined } as Partial<Host> as Host;
  const services = { db, host, bundled: [] } as Partial<Services> as Services;
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root!.render(
      <ServicesProvider services={services}>
        <I18nProvider lang={lang}>
          <ToastProvider>{view}</ToastProvider>
        </I18nProvider>
      </ServicesProvider>,
    ),
  );
  return db;
}

const shownTitle = () => document.querySelector('[data-testid="title"]')?.textContent;

describe('EditMetaDialog', () => {
  it('saves the changed fields only, shows them at once, and Undo puts the inferred values back', async () => {
    const store = await render(<Harness id={ARTICLE.id} />);
    await waitFor(() => shownTitle() === '月度简报', 'the inferred title (the file name)');
    click(button('编辑信息'));
    type(byLabel('标题'), '一季度经济运行简报');
    type(byLabel('来源'), '某市统计局');
    expect(document.querySelectorAll('.badge')).toHaveLength(2);
    click(button('保存'));
    await waitFor(() => shownTitle() === '一季度经济运行简报', 'the corrected title');
    expect(document.querySelector('[data-testid="source"]')?.textContent).toBe('某市统计局');
    expect((await store.metaCorrections.get(ARTICLE.id))?.fields).toEqual({ title: '一季度经济运行简报', source: '某市统计局' });
    // The inferred meta in the article record is untouched.
    expect((await store.importedArticles.get(ARTICLE.id))?.meta.title).toBe('月度简报');
    expect(document.querySelector('[role="dialog"]')).toBeNull();

    click(button('撤销'));
    await waitFor(() => shownTitle() === '月度简报', 'the title after undo');
    expect(await store.metaCorrections.count()).toBe(0);
  });

  it.each<[string, Lang, string, string, string]>([
    ['a date in another format, in Chinese', 'zh-CN', '日期', '2025/3/1', '日期格式应为 YYYY-MM-DD 或 YYYY，例如 2025-03-01'],
    ['a day that does not exist, in English', 'en', 'Date', '2025-02-30', 'That day does not exist; check the month and day'],
    ['an empty title, in English', 'en', 'Title', ' ', 'The title cannot be empty'],
  ])('refuses %s on the field, and writes nothing', async (_name, lang, label, value, message) => {
    const store = await render(<Harness id={ARTICLE.id} />, lang);
    await waitFor(() => shownTitle() === '月度简报', 'the article');
    click(button(lang === 'en' ? 'Edit details' : '编辑信息'));
    type(byLabel(label), value);
    click(button(lang === 'en' ? 'Save' : '保存'));
    await waitFor(() => document.querySelector('[role="alert"]')?.textContent === message, 'the field error');
    expect(byLabel(label).getAttribute('aria-invalid')).toBe('true');
    expect(byLabel(label).getAttribute('aria-describedby')).toContain(document.querySelector('[role="alert"]')!.id);
    expect(document.querySelector('[role="dialog"]')).not.toBeNull();
    expect(await store.metaCorrections.count()).toBe(0);
  });

  it('marks corrected fields and resets one to the inferred value', async () => {
    const store = await render(<Harness id={ARTICLE.id} />);
    await store.metaCorrections.put({
      articleId: ARTICLE.id,
      fileName: ARTICLE.fileName,
      fields: { title: '改过的标题', places: ['九江市'] },
      modified: '2026-03-02T08:00:00.000Z',
    });
    await waitFor(() => shownTitle() === '改过的标题', 'the stored correction');
    click(button('编辑信息'));
    expect(byLabel('地点').value).toBe('九江市');
    expect(document.body.textContent).toContain('推断值：月度简报');
    click(button('把“标题”恢复为推断值'));
    expect(byLabel('标题').value).toBe('月度简报');
    click(button('保存'));
    await waitFor(() => shownTitle() === '月度简报', 'the reset title');
    expect((await store.metaCorrections.get(ARTICLE.id))?.fields).toEqual({ places: ['九江市'] });
  });

  it('a damaged stored correction is not applied and does not break the view', async () => {
    const store = await render(<Harness id={ARTICLE.id} />);
    await store.metaCorrections.put({
      articleId: ARTICLE.id,
      fileName: ARTICLE.fileName,
      fields: { title: '', date: 'soon' },
      modified: '2026-03-02T08:00:00.000Z',
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(shownTitle()).toBe('月度简报');
  });
});

describe('the library shows corrections', () => {
  it('lists the corrected title and source', async () => {
    const store = await render(<LibraryView />);
    await waitFor(() => document.querySelector('.article-card-title')?.textContent === '月度简报', 'the card');
    await act(() =>
      store.metaCorrections.put({
        articleId: ARTICLE.id,
        fileName: ARTICLE.fileName,
        fields: { title: '一季度经济运行简报', source: '某市统计局' },
        modified: '2026-03-02T08:00:00.000Z',
      }),
    );
    await waitFor(() => document.querySelector('.article-card-title')?.textContent === '一季度经济运行简报', 'the corrected card');
    expect(document.querySelector('.article-card-meta')?.textContent).toContain('某市统计局');
  });
});

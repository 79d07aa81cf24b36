import { mkdtemp, readFile, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../../corpus/model/result';
import type { SaveFileRequest } from '../../electron/ipc/contract';
import type { OpenDialogRequest, SaveDialogRequest } from '../../electron/main/handlers/file-dialogs';
import { safeFileName } from '../../electron/main/handlers/file-dialogs';
import { openFiles } from '../../electron/main/handlers/open-files';
import { saveFile } from '../../electron/main/handlers/save-file';
import { countPdfPagesOf, savePdf } from '../../electron/main/handlers/save-pdf';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pizhu-files-'));
});

const diskWrite = (path: string, data: string | Uint8Array) => writeFile(path, data);

describe('saveFile', () => {
  it.each<[string, SaveFileRequest['mimeType'], string, string]>([
    ['markdown', 'text/markdown', '会议纪要', '会议纪要.md'],
    ['json keeps its extension', 'application/json', 'annotations.json', 'annotations.json'],
    ['plain text', 'text/plain', 'notes', 'notes.txt'],
    ['path in suggested name is flattened', 'text/plain', 'a:b*c', 'a_b_c.txt'],
  ])('%s: suggests %s and writes UTF-8', async (_name, mimeType, suggestedName, expectedName) => {
    let asked: SaveDialogRequest | undefined;
    const result = await saveFile(
      {
        showSaveDialog: (request) => {
          asked = request;
          return Promise.resolve(join(dir, request.defaultName));
        },
        writeFile: diskWrite,
      },
      { suggestedName, content: '批注 ✓', mimeType },
    );
    expect(asked?.defaultName).toBe(expectedName);
    expect(result).toEqual(ok({ saved: true, path: join(dir, expectedName) }));
    expect(await readFile(join(dir, expectedName), 'utf8')).toBe('批注 ✓');
  });

  it('cancel is not an error and writes nothing', async () => {
    let wrote = false;
    const result = await saveFile(
      { showSaveDialog: () => Promise.resolve(undefined), writeFile: () => Promise.resolve(void (wrote = true)) },
      { suggestedName: 'x', content: 'y', mimeType: 'text/plain' },
    );
    expect(result).toEqual(ok({ saved: false }));
    expect(wrote).toBe(false);
  });

  it('reports a write failure naming the file', async () => {
    const result = await saveFile(
      { showSaveDialog: () => Promise.resolve('/ro/notes.md'), writeFile: () => Promise.reject(new Error('EACCES')) },
      { suggestedName: 'notes', content: 'y', mimeType: 'text/markdown' },
    );
    expect(result).toEqual({ ok: false, error: 'cannot write notes.md: EACCES' });
  });
});

describe('safeFileName', () => {
  it.each([
    ['plain', 'report', 'report'],
    ['separators', 'a/b\\c', 'a_b_c'],
    ['leading dots', '..hidden', 'hidden'],
    ['only dots', '...', 'fallback'],
    ['control characters', 'a\u0000b\u0007', 'a_b_'],
  ])('%s', (_name, input, expected) => expect(safeFileName(input, 'fallback')).toBe(expected));
});

describe('savePdf', () => {
  const request = { html: '<h1>简报</h1>', suggestedName: '简报', pageSize: 'A4' as const, lang: 'zh-CN' as const };

  it('renders with the requested page size, then saves the bytes', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7 fake');
    let renderedWith: string | undefined;
    const result = await savePdf(
      {
        renderPdf: (html, pageSize) => {
          renderedWith = `${pageSize}:${html}`;
          return Promise.resolve(pdf);
        },
        showSaveDialog: (r) => Promise.resolve(join(dir, r.defaultName)),
        writeFile: diskWrite,
      },
      request,
    );
    expect(renderedWith).toBe('A4:<h1>简报</h1>');
    expect(result).toEqual(ok({ saved: true, path: join(dir, '简报.pdf') }));
    expect(await readFile(join(dir, '简报.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('a rendering failure is a Result error and no dialog opens', async () => {
    let dialogOpened = false;
    const result = await savePdf(
      {
        renderPdf: () => Promise.reject(new Error('render process gone')),
        showSaveDialog: () => Promise.resolve(void (dialogOpened = true)),
        writeFile: diskWrite,
      },
      request,
    );
    expect(result).toEqual({ ok: false, error: 'cannot render the PDF: render process gone' });
    expect(dialogOpened).toBe(false);
  });
});

describe('openFiles', () => {
  const deps = (paths: readonly string[], maxBytes?: number) => {
    let asked: OpenDialogRequest | undefined;
    return {
      asked: () => asked,
      deps: {
        showOpenDialog: (request: OpenDialogRequest) => {
          asked = request;
          return Promise.resolve(paths);
        },
        stat,
        readFile: (path: string) => readFile(path),
        ...(maxBytes === undefined ? {} : { maxBytes }),
      },
    };
  };

  it('returns every chosen file with its bytes and asks for multi-select with briefing filters', async () => {
    await writeFile(join(dir, 'a.txt'), '第一篇');
    await writeFile(join(dir, 'b.HTML'), '<p>二</p>');
    const { deps: d, asked } = deps([join(dir, 'a.txt'), join(dir, 'b.HTML')]);
    const result = await openFiles(d);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.map((f) => f.name)).toEqual(['a.txt', 'b.HTML']);
      expect(new TextDecoder().decode(result.value[0]?.bytes)).toBe('第一篇');
    }
    expect(asked()?.multiSelections).toBe(true);
    expect(asked()?.filters[0]?.extensions).toEqual(['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'docx', 'pdf']);
  });

  it('cancel returns no files', async () => {
    expect(await openFiles(deps([]).deps)).toEqual(ok([]));
  });

  it.each([
    ['too large', 'big.md', 'x'.repeat(2048), 1024, { name: 'big.md', size: 2048, bytes: 0, error: undefined }],
    ['wrong type', 'tool.exe', 'MZ', undefined, { name: 'tool.exe', size: 0, bytes: 0, error: undefined }],
    ['missing', 'gone.txt', undefined, undefined, { name: 'gone.txt', size: 0, bytes: 0, error: /^cannot read/ }],
  ])('lists a %s file unread, by name, next to the good one', async (_name, fileName, content, maxBytes, expected) => {
    await writeFile(join(dir, 'ok.txt'), 'fine');
    if (content !== undefined) await writeFile(join(dir, fileName), content);
    const result = await openFiles(deps([join(dir, 'ok.txt'), join(dir, fileName)], maxBytes).deps);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [good, bad] = result.value;
    expect(new TextDecoder().decode(good?.bytes)).toBe('fine');
    expect(bad).toMatchObject({ name: expected.name, size: expected.size });
    expect(bad?.bytes.length).toBe(expected.bytes);
    if (expected.error) expect(bad?.error).toMatch(expected.error);
    else expect(bad?.error).toBeUndefined();
  });
});

describe('countPdfPagesOf', () => {
  const fakePdf = (pages: number) =>
    new TextEncoder().encode(
      `%PDF-1.4\n1 0 obj << /Type /Pages /Count ${pages} >>\n${Array.from({ length: pages }, (_, i) => `${i + 2} 0 obj << /Type /Page /Parent 1 0 R >>`).join('\n')}\n%%EOF`,
    );

  it('prints each document and counts its pages, in order', async () => {
    const rendered: string[] = [];
    const result = await countPdfPagesOf(
      { renderPdf: (html, pageSize, lang) => (rendered.push(`${pageSize}/${lang}:${html}`), Promise.resolve(fakePdf(html.length))) },
      { htmls: ['a', 'bbb', 'cc'], pageSize: 'A4', lang: 'zh-CN' },
    );
    expect(result).toEqual(ok([1, 3, 2]));
    expect(rendered).toEqual(['A4/zh-CN:a', 'A4/zh-CN:bbb', 'A4/zh-CN:cc']);
  });

  it('names the document that failed to render', async () => {
    const result = await countPdfPagesOf(
      { renderPdf: (html) => (html === 'bad' ? Promise.reject(new Error('gone')) : Promise.resolve(fakePdf(1))) },
      { htmls: ['ok', 'bad'], pageSize: 'A4', lang: 'en' },
    );
    expect(result).toEqual({ ok: false, error: 'htmls[1]: cannot render: gone' });
  });
});

describe('the open dialog offers what the importer reads', () => {
  it('the same extensions as the renderer accepts (docx and pdf included)', async () => {
    const { IMPORT_EXTENSIONS } = await import('../../electron/main/handlers/open-files');
    const { IMPORT_ACCEPT } = await import('../../renderer/features/import/import-file');
    expect(IMPORT_EXTENSIONS.map((e) => `.${e}`).join(',')).toBe(IMPORT_ACCEPT);
  });
});

import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Each layering rule of eslint.config.js, proven on a small bad snippet (and its allowed twin) with the ESLint Node API.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function lint(filePath: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}
const rules = async (filePath: string, code: string) => (await lint(filePath, code)).map((m) => m.rule);

describe('ESLint: renderer layers', { timeout: 60_000 }, () => {
  it('a feature never imports another feature’s internals', async () => {
    const messages = await lint('renderer/features/notebook/Bad.tsx', "import { NoteEditor } from '../annotate/NoteEditor';\nexport const x = NoteEditor;\n");
    expect(messages).toEqual([{ rule: 'pizhu/layers', message: expect.stringContaining('features/notebook imports features/annotate/NoteEditor') }]);
    expect(await rules('renderer/features/notebook/Deep.tsx', "import { a } from '../../features/reader/ReaderView';\nexport const x = a;\n")).toEqual([
      'pizhu/layers',
    ]);
    expect(await rules('renderer/features/notebook/Lazy.tsx', "export const x = () => import('../reader/ReaderView');\n")).toEqual(['pizhu/layers']);
  });

  it('allows its own folder (at any depth), another feature’s public index, and the layers below', async () => {
    const ok = [
      "import { NoteEditor } from '../annotate';",
      "import { NoteEditor as N } from '../annotate/index';",
      "import { Modal } from '../../ui/Modal';",
      "import { useServices } from '../../store/services';",
      "import { articleText } from '../../../corpus/model';",
    ].join('\n');
    expect(await rules('renderer/features/reader/Good.tsx', `${ok}\nexport const x = [NoteEditor, N, Modal, useServices, articleText];\n`)).toEqual([]);
    expect(
      await rules(
        'renderer/features/export/pdf/Good.tsx',
        "import { ExportMarkdownButton } from '../markdown/ExportMarkdownButton';\nexport const x = ExportMarkdownButton;\n",
      ),
    ).toEqual([]);
  });

  it('features never import app/, and ui/store/dom/host never import features or app', async () => {
    expect(await rules('renderer/features/library/Bad.tsx', "import { App } from '../../app/App';\nexport const x = App;\n")).toEqual(['pizhu/layers']);
    for (const layer of ['ui', 'store', 'dom', 'host']) {
      expect(await rules(`renderer/${layer}/bad.ts`, "import { ReaderView } from '../features/reader/ReaderView';\nexport const x = ReaderView;\n")).toEqual([
        'pizhu/layers',
      ]);
    }
    expect(await rules('renderer/ui/bad-app.ts', "import { App } from '../app/App';\nexport const x = App;\n")).toEqual(['pizhu/layers']);
    expect(await rules('renderer/app/Good.tsx', "import { ReaderView } from '../features/reader/ReaderView';\nexport const x = ReaderView;\n")).toEqual([]);
  });
});

describe('ESLint: Range and Selection only in renderer/dom', { timeout: 60_000 }, () => {
  const bad = [
    'export const a = document.createRange();',
    'export const b = window.getSelection();',
    'export const c = getSelection();',
    'export const d = new Range();',
    'export const e = document.caretPositionFromPoint(1, 2);',
    'export const f = document.getSelection();',
  ];
  it('is an error in features, ui and store', async () => {
    for (const file of ['renderer/features/reader/Bad.tsx', 'renderer/ui/bad.ts', 'renderer/store/bad.ts']) {
      for (const line of bad) {
        const messages = await lint(file, `${line}\n`);
        expect(
          messages.map((m) => m.rule),
          `${file}: ${line}`,
        ).toHaveLength(1);
        expect(messages[0]!.rule).toMatch(/^no-restricted-(globals|properties)$/);
        expect(messages[0]!.message).toContain('Only renderer/dom touches Range and Selection');
      }
    }
  });
  it('is allowed in renderer/dom', async () => {
    expect(await rules('renderer/dom/selection-good.ts', `${bad.join('\n')}\n`)).toEqual([]);
  });
});

describe('ESLint: the window bridge only in renderer/host', { timeout: 60_000 }, () => {
  it('is an error elsewhere in the renderer, allowed in renderer/host', async () => {
    for (const code of ['export const a = window.pizhu;', 'export const b = globalThis.pizhu;']) {
      const messages = await lint('renderer/features/settings/Bad.tsx', `${code}\n`);
      expect(messages).toEqual([{ rule: 'no-restricted-properties', message: expect.stringContaining('Only renderer/host touches the window bridge') }]);
      expect(await rules('renderer/dom/bad.ts', `${code}\n`)).toEqual(['no-restricted-properties']);
      expect(await rules('renderer/host/good.ts', `${code}\n`)).toEqual([]);
    }
  });
});

describe('ESLint: no raw ipcMain/ipcRenderer outside the contract wiring', { timeout: 60_000 }, () => {
  const importMain = "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n";
  const importRenderer = "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n";
  it('is an error in electron/main, electron/preload and electron/ipc', async () => {
    const messages = await lint('electron/main/handlers/bad.ts', importMain);
    expect(messages).toEqual([{ rule: 'no-restricted-imports', message: expect.stringContaining('No raw ipcMain/ipcRenderer') }]);
    expect(await rules('electron/preload/bad.ts', importRenderer)).toEqual(['no-restricted-imports']);
    expect(await rules('electron/ipc/bad.ts', importMain)).toEqual(['no-restricted-imports']);
    expect(await rules('electron/main/bad-namespace.ts', "import * as electron from 'electron';\nexport const x = electron.ipcMain;\n")).toEqual([
      'no-restricted-imports',
      'no-restricted-syntax',
    ]);
  });
  it('is allowed where the wrappers are wired (start-app, preload index), and other electron imports stay allowed', async () => {
    expect(await rules('electron/main/start-app.ts', importMain)).toEqual([]);
    expect(await rules('electron/preload/index.ts', importRenderer)).toEqual([]);
    expect(await rules('electron/main/window.ts', "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;\n")).toEqual([]);
  });
});

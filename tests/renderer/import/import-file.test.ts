import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../electron/ipc/contract';
import { checkImportFile, extensionOf, type ImportFormat, type RefusalReason } from '../../../renderer/features/import/import-file';

describe('checkImportFile: type and size before reading', () => {
  it.each<[string, string, number, ImportFormat | RefusalReason]>([
    ['plain text', '简报.txt', 100, 'text'],
    ['upper-case extension', 'BRIEF.TXT', 100, 'text'],
    ['markdown .md', 'notes.md', 100, 'markdown'],
    ['markdown .markdown', 'notes.markdown', 100, 'markdown'],
    ['html', 'page.html', 100, 'html'],
    ['htm', 'page.htm', 100, 'html'],
    ['path with folders', 'C:\\docs\\周报.txt', 100, 'text'],
    ['exactly 20 MB', 'big.txt', MAX_IMPORT_BYTES, 'text'],
    ['one byte over 20 MB', 'big.txt', MAX_IMPORT_BYTES + 1, 'too-large'],
    ['empty', 'empty.txt', 0, 'empty'],
    ['pdf', 'report.pdf', 100, 'pdf'],
    ['exe', 'setup.exe', 100, 'unsupported'],
    ['docx', 'report.docx', 100, 'docx'],
    ['old Word .doc (binary format, not read)', 'report.doc', 100, 'unsupported'],
    ['no extension', 'README', 100, 'unsupported'],
    ['dot file', '.txt', 100, 'unsupported'],
    ['double extension ending in exe', 'brief.txt.exe', 100, 'unsupported'],
    ['unsupported is decided before size', 'huge.exe', MAX_IMPORT_BYTES + 1, 'unsupported'],
    ['a PDF over 20 MB', 'huge.pdf', MAX_IMPORT_BYTES + 1, 'too-large'],
  ])('%s: %s (%i bytes) → %s', (_row, name, size, expected) => {
    const result = checkImportFile({ name, size });
    expect(result.ok ? result.value : result.error.reason).toBe(expected);
  });

  it('names the refused extension', () => {
    const result = checkImportFile({ name: 'a.PPTX', size: 10 });
    expect(result).toEqual({ ok: false, error: { reason: 'unsupported', detail: '.pptx' } });
  });

  it.each([
    ['a.txt', 'txt'],
    ['a.b.MD', 'md'],
    ['noext', ''],
    ['/x/y.z/file', ''],
    ['.bashrc', ''],
  ])('extensionOf(%s) = %s', (name, ext) => {
    expect(extensionOf(name)).toBe(ext);
  });
});

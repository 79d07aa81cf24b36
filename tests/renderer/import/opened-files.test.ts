import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../electron/ipc/contract';
import { sourceFromOpened } from '../../../renderer/features/import/import-file';
import { prepareImport } from '../../../renderer/features/import/prepare-import';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('files the host opened are refused one by one, by name', () => {
  it.each([
    ['too large, listed unread', { name: 'huge.txt', size: MAX_IMPORT_BYTES + 1, bytes: new Uint8Array(0) }, 'too-large'],
    ['unreadable', { name: 'locked.md', size: 0, bytes: new Uint8Array(0), error: 'cannot read: EACCES' }, 'unreadable'],
    ['unreadable with a size', { name: 'locked.md', size: 12, bytes: new Uint8Array(0), error: 'cannot read: EACCES' }, 'unreadable'],
    ['wrong type', { name: 'setup.exe', size: 0, bytes: new Uint8Array(0) }, 'unsupported'],
  ])('%s', async (_name, opened, reason) => {
    const result = await prepareImport(sourceFromOpened(opened), new Map(), new Date('2026-11-26T00:00:00Z'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.reason).toBe(reason);
  });

  it('a readable file next to them is imported', async () => {
    const bytes = utf8('# 会议纪要\n\n园区现有企业一百二十家。');
    const result = await prepareImport(sourceFromOpened({ name: 'notes.md', size: bytes.length, bytes }), new Map(), new Date('2026-11-26T00:00:00Z'));
    expect(result.ok && result.value.meta.title).toBe('会议纪要');
  });
});

import { describe, expect, it } from 'vitest';
import { readerCommand, type KeyPress, type ReaderCommand, type ReaderState } from '../../../renderer/features/reader/reader-keys';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key: k, ctrl: false, meta: false, alt: false, shift: false, typing: false, ...mods });
const selection: ReaderState = { hasSelection: true, hasActive: false };
const active: ReaderState = { hasSelection: false, hasActive: true };
const nothing: ReaderState = { hasSelection: false, hasActive: false };

describe('reader keys', () => {
  it.each<[string, KeyPress, ReaderState, ReaderCommand | undefined]>([
    ['1 highlights a selection in the first colour', key('1'), selection, { kind: 'highlight', color: 'yellow', withNote: false }],
    ['5 highlights in the fifth colour', key('5'), selection, { kind: 'highlight', color: 'purple', withNote: false }],
    ['2 recolours the active highlight', key('2'), active, { kind: 'recolor', color: 'green' }],
    ['a colour key with nothing selected does nothing', key('3'), nothing, undefined],
    ['6 is not a colour', key('6'), selection, undefined],
    ['N highlights and opens a note', key('n'), selection, { kind: 'highlight', color: 'yellow', withNote: true }],
    ['Shift+N too', key('N', { shift: true }), selection, { kind: 'highlight', color: 'yellow', withNote: true }],
    ['N on the active highlight edits its note', key('n'), active, { kind: 'edit-note' }],
    ['Delete removes the active highlight', key('Delete'), active, { kind: 'delete' }],
    ['Backspace too', key('Backspace'), active, { kind: 'delete' }],
    ['Delete with nothing active does nothing', key('Delete'), selection, undefined],
    ['Ctrl+Z undoes', key('z', { ctrl: true }), nothing, { kind: 'undo' }],
    ['Cmd+Z undoes', key('z', { meta: true }), nothing, { kind: 'undo' }],
    ['Ctrl+Shift+Z is not undo', key('Z', { ctrl: true, shift: true }), nothing, undefined],
    ['Ctrl+1 is left to the browser', key('1', { ctrl: true }), selection, undefined],
    ['Alt combinations are left alone', key('1', { alt: true }), selection, undefined],
    ['keys typed into a text field never command', key('1', { typing: true }), selection, undefined],
    ['Ctrl+Z in a text field undoes the typing, not a highlight', key('z', { ctrl: true, typing: true }), nothing, undefined],
    ['Escape dismisses', key('Escape'), active, { kind: 'dismiss' }],
  ])('%s', (_name, press, state, expected) => {
    expect(readerCommand(press, state)).toEqual(expected);
  });
});

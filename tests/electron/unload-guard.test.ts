import { describe, expect, it } from 'vitest';
import { confirmLeave, guardUnload, leaveDialogOptions, type LeaveDialogOptions, type PreventUnloadEvent } from '../../electron/main/unload-guard';

/** A fake native dialog: records what it was shown and answers with the button named. */
function fakeDialog(answer: 'leave' | 'stay') {
  const shown: LeaveDialogOptions[] = [];
  const ask = (options: LeaveDialogOptions) => {
    shown.push(options);
    return answer === 'leave' ? 0 : 1;
  };
  return { shown, ask };
}

function fakeEvent(): PreventUnloadEvent & { prevented: number } {
  const event = {
    prevented: 0,
    preventDefault() {
      event.prevented += 1;
    },
  };
  return event;
}

describe('closing the window with an unsaved note (will-prevent-unload)', () => {
  it.each([
    ['leave', true, 1],
    ['stay', false, 0],
  ] as const)('the user chooses %s: unload goes ahead = %s', (answer, leaves, prevented) => {
    const dialog = fakeDialog(answer);
    const event = fakeEvent();
    expect(confirmLeave(event, dialog.ask, 'zh-CN')).toBe(leaves);
    expect(event.prevented).toBe(prevented);
    expect(dialog.shown).toHaveLength(1);
  });

  it.each([
    ['zh-CN', '有一条笔记还没有保存。要离开吗？', ['离开', '留下']],
    ['zh-Hant-TW', '有一条笔记还没有保存。要离开吗？', ['离开', '留下']],
    ['en-US', 'A note has not been saved. Leave anyway?', ['Leave', 'Stay']],
    ['de', 'A note has not been saved. Leave anyway?', ['Leave', 'Stay']],
  ])('%s: the dialog asks %s with %j', (locale, message, buttons) => {
    const options = leaveDialogOptions(locale);
    expect(options.message).toBe(message);
    expect(options.buttons).toEqual(buttons);
  });

  it('Enter and Escape keep the window (default and cancel are "stay")', () => {
    const options = leaveDialogOptions('zh-CN');
    expect(options.buttons[options.defaultId]).toBe('留下');
    expect(options.buttons[options.cancelId]).toBe('留下');
  });

  it('guardUnload listens on the contents and reads the locale when the event comes', () => {
    let listener: ((event: PreventUnloadEvent) => void) | undefined;
    const contents = {
      on(name: 'will-prevent-unload', l: (event: PreventUnloadEvent) => void) {
        expect(name).toBe('will-prevent-unload');
        listener = l;
      },
    };
    const dialog = fakeDialog('leave');
    let locale = 'en-US';
    guardUnload(contents, dialog.ask, () => locale);
    locale = 'zh-CN';
    const event = fakeEvent();
    listener?.(event);
    expect(dialog.shown[0]?.buttons).toEqual(['离开', '留下']);
    expect(event.prevented).toBe(1);
  });
});

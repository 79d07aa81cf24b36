import { describe, expect, it } from 'vitest';
import { articlesByTag, localIsoDate, validatePackForm } from '../../../renderer/features/export/pdf/print-inputs';
import { article, articleNote, highlight } from './fixtures';

describe('validatePackForm', () => {
  it.each([
    ['title and one briefing', 'Q3 例会', ['a'], []],
    ['blank title', '   ', ['a'], ['title-required']],
    ['no briefing', 'Q3 例会', [], ['none-selected']],
    ['neither, title first', '', [], ['title-required', 'none-selected']],
  ] as const)('%s', (_name, title, selected, expected) => {
    expect(validatePackForm({ title, selected: new Set(selected) })).toEqual(expected);
  });
});

describe('localIsoDate', () => {
  it.each([
    ['pads month and day', new Date(2026, 0, 5, 12), '2026-01-05'],
    ['local late evening stays on the local day', new Date(2026, 10, 30, 23, 59), '2026-11-30'],
  ])('%s', (_name, date, expected) => {
    expect(localIsoDate(date)).toBe(expected);
  });
});

describe('articlesByTag', () => {
  it('collects tags from highlights and article notes, sorted, each with its articles', () => {
    const a = article('a', '甲', ['数字经济发展迅速。']);
    const b = article('b', '乙', ['人才政策落地。']);
    const byTag = articlesByTag(
      [highlight(a, '数字经济', 'n', ['政策', '待核实']), highlight(b, '人才', '', ['政策'])],
      [articleNote('b', '总结', ['总结'])],
      'en',
    );
    expect([...byTag.keys()]).toEqual(['待核实', '总结', '政策'].sort((x, y) => x.localeCompare(y, 'en')));
    expect([...byTag.get('政策')!]).toEqual(['a', 'b']);
    expect([...byTag.get('总结')!]).toEqual(['b']);
  });
});

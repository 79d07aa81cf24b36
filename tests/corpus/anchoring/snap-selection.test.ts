import { describe, expect, it } from 'vitest';
import { snapSelection } from '../../../corpus/anchoring';

/** Parse `前⟦选中⟧后` into the text and the marked range. */
function parse(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf('⟦');
  const end = marked.indexOf('⟧') - 1;
  if (start === -1 || end < start) throw new Error(`row needs ⟦…⟧: ${marked}`);
  return { text: marked.replace('⟦', '').replace('⟧', ''), start, end };
}

describe('snapSelection', () => {
  it.each([
    ['inside a sentence: unchanged', '经济⟦增长⟧了。', '经济⟦增长⟧了。'],
    ['mid-sentence start: no 。 added', '近年来,⟦赣江新区聚焦数字经济⟧。', '近年来,⟦赣江新区聚焦数字经济⟧。'],
    ['whole sentence after 。 gets its 。', '前文。⟦经济增长了⟧。后文', '前文。⟦经济增长了。⟧后文'],
    ['whole sentence at block start gets ！', '标题\n⟦经济增长了⟧！下一句', '标题\n⟦经济增长了！⟧下一句'],
    ['sentence at text start gets ？', '⟦赣江新区发展数字经济的路径有何独到之处⟧?', '⟦赣江新区发展数字经济的路径有何独到之处?⟧'],
    ['mid-clause selection before …… unchanged', '泛舟⟦鄱阳湖⟧……在', '泛舟⟦鄱阳湖⟧……在'],
    ['ellipsis run after a whole clause', '⟦泛舟鄱阳湖⟧……在', '⟦泛舟鄱阳湖……⟧在'],
    [
      'quoted speech: terminator and closing quote',
      '“⟦发展微短剧产业,不是一时兴起,而是长久的布局⟧。”这是',
      '“⟦发展微短剧产业,不是一时兴起,而是长久的布局。”⟧这是',
    ],
    ['ends in 。: closing quote added', '“⟦而是长久的布局。⟧”这是', '“⟦而是长久的布局。”⟧这是'],
    ['sentence after a closing quote', '布局。”⟦这是共识⟧。', '布局。”⟦这是共识。⟧'],
    ['spaces trimmed', '⟦  经济增长 ⟧了', '  ⟦经济增长⟧ 了'],
    ['ideographic space trimmed', '前⟦\u3000经济⟧', '前\u3000⟦经济⟧'],
    ['trailing block separator dropped', '第一段⟦结束。\n⟧第二段', '第一段⟦结束。⟧\n第二段'],
    ['leading junk before a separator dropped', '第一段结束⟦。\n第二段开头⟧', '第一段结束。\n⟦第二段开头⟧'],
    ['trailing junk after a separator dropped', '⟦第一段结束。\n“⟧第二段', '⟦第一段结束。⟧\n“第二段'],
    ['content on both sides of a separator kept', '第一⟦段。\n第二⟧段', '第一⟦段。\n第二⟧段'],
    ['whitespace only collapses', '甲 ⟦  ⟧ 乙', '甲   ⟦⟧ 乙'],
  ])('%s', (_name, input, expected) => {
    const given = parse(input);
    const want = parse(expected);
    expect(given.text).toBe(want.text);
    expect(snapSelection(given.text, given.start, given.end)).toEqual({ start: want.start, end: want.end });
  });

  const astral = 'A\u{20000}B'; // U+20000 (CJK Ext. B) is a surrogate pair at [1, 3)
  const combining = 'xe\u0301y'; // e + COMBINING ACUTE ACCENT at [1, 3)
  it.each([
    ['end inside a surrogate pair widens', astral, 0, 2, 0, 3],
    ['start inside a surrogate pair moves back', astral, 2, 4, 1, 4],
    ['end before a combining mark widens', combining, 0, 2, 0, 3],
    ['start on a combining mark moves to its base', combining, 2, 4, 1, 4],
    ['reversed offsets are ordered', '经济增长', 3, 1, 1, 3],
    ['offsets clamped to the text', '经济增长', -5, 99, 0, 4],
  ])('%s', (_name, text, start, end, wantStart, wantEnd) => {
    expect(snapSelection(text, start, end)).toEqual({ start: wantStart, end: wantEnd });
  });
});

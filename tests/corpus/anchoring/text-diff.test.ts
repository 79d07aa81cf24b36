import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAll, resolveAnchor, textChange, type AnchorResult } from '../../../corpus/anchoring';
import { diffTexts, mapRange, slideRuns, type EqualRun } from '../../../corpus/anchoring/text-diff';
import { contentHash } from '../../../corpus/model';
import { longText, targetFor } from './fixtures';
import { applyEdit, equivalentEdits } from './oracle';

/** Every run says "this stretch stands unchanged there", in order, without overlaps. */
function expectValidRuns(runs: readonly EqualRun[], before: string, after: string): void {
  let oldAt = 0;
  let newAt = 0;
  for (const r of runs) {
    expect(r.length).toBeGreaterThan(0);
    expect(r.before).toBeGreaterThanOrEqual(oldAt);
    expect(r.after).toBeGreaterThanOrEqual(newAt);
    expect(after.slice(r.after, r.after + r.length)).toBe(before.slice(r.before, r.before + r.length));
    oldAt = r.before + r.length;
    newAt = r.after + r.length;
  }
  expect(oldAt).toBeLessThanOrEqual(before.length);
  expect(newAt).toBeLessThanOrEqual(after.length);
}

/** Resolve a note made on `before` against `after`, the earlier text known. */
function follow(before: string, after: string, needle: string, nth = 0): AnchorResult {
  const target = targetFor(before, needle, nth);
  return resolveAnchor(after, contentHash(after), target, textChange(contentHash(before), before, after));
}

const at = (text: string, r: AnchorResult): string => (r.status === 'orphan' ? `orphan (${r.reason})` : text.slice(r.start, r.end));

describe('diffTexts: where each offset of the earlier text went', () => {
  it('runs are unchanged stretches in order, for random edits of real-looking text (property)', () => {
    const base = longText(3000);
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat({ max: base.length }), remove: fc.nat({ max: 60 }), insert: fc.string({ maxLength: 40 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        (edits) => {
          let after = base;
          for (const e of edits) after = after.slice(0, Math.min(e.at, after.length)) + e.insert + after.slice(Math.min(e.at, after.length) + e.remove);
          const runs = diffTexts(base, after);
          expect(runs).not.toBeNull();
          expectValidRuns(runs ?? [], base, after);
          for (const direction of ['left', 'right'] as const) expectValidRuns(slideRuns(runs ?? [], base, after, direction), base, after);
          const kept = (runs ?? []).reduce((sum, r) => sum + r.length, 0);
          // Untouched text is kept, but for equalities no longer than the edits around them (cleanup).
          const touched = edits.reduce((sum, e) => sum + e.remove + e.insert.length, 0);
          expect(kept).toBeGreaterThanOrEqual(base.length - 2 * touched);
        },
      ),
      { seed: 1401, numRuns: 200 },
    );
  });

  it('a paragraph deleted above the note: the note’s words map to their new place', () => {
    const before = '第一段，讲背景。\n第二段，被删掉了。\n第三段，全市完成投资246.79亿元。';
    const after = '第一段，讲背景。\n第三段，全市完成投资246.79亿元。';
    const runs = diffTexts(before, after) ?? [];
    const start = before.indexOf('246.79亿元');
    expect(mapRange(runs, start, start + 8)).toEqual({ kept: 8, start: after.indexOf('246.79亿元'), end: after.indexOf('246.79亿元') + 8, whole: true });
  });

  it('a rewritten sentence is not "kept" because it shares a few common characters', () => {
    const before = '甲。他们认为，这是一个重要的机会，值得把握。乙';
    const after = '甲。市场分析人士的看法是，形势仍然严峻。乙';
    const runs = diffTexts(before, after) ?? [];
    const start = before.indexOf('重要的机会');
    expect(mapRange(runs, start, start + 5).kept).toBe(0);
  });

  it('a long passage deleted next to an edited line: the edited line still maps (lines paired, not the whole group replaced)', () => {
    const title = 'Suining: Hub of the Chengdu-Chongqing economic circle\n';
    const long = `${'A long paragraph about other matters, deleted in the new version. '.repeat(60)}\n`;
    const before = `${title}${long}The end.`;
    const after = `导语：${title}The end.`;
    const runs = diffTexts(before, after) ?? [];
    const start = before.indexOf('Hub of the');
    expect(mapRange(runs, start, start + 10)).toMatchObject({ whole: true, start: after.indexOf('Hub of the') });
    const gone = before.indexOf('other matters');
    expect(mapRange(runs, gone, gone + 13).kept).toBe(0);
  });

  it('texts too far apart to diff are not mapped (null), and resolving falls back to quote and context', () => {
    const lines = (n: number, tag: string): string => Array.from({ length: n }, (_, i) => `${tag}${i}`).join('\n');
    const before = lines(2500, '旧');
    const after = lines(2500, '新');
    expect(diffTexts(before, after)).toBeNull();
    const r = follow(`${before}\n结尾一句话。`, `${after}\n结尾一句话。`, '结尾一句话');
    expect(r.status).not.toBe('orphan');
  });
});

describe('resolveAnchor with the earlier text: the note follows its own words', () => {
  const credit = '（江西日报记者 杨静 摄）';
  const article = `图为新建的标准化厂房。${credit}\n经开组团加快标准化厂房建设，今年新开工项目12个。\n图为园区夜景。${credit}\n下一步将继续推进。`;

  it('a deleted photo credit is an orphan even though an identical credit stands elsewhere (offered as a candidate)', () => {
    const after = article.replace(`图为新建的标准化厂房。${credit}\n`, '');
    const r = follow(article, after, credit, 0);
    expect(r.status).toBe('orphan');
    if (r.status !== 'orphan') return;
    expect(r.reason).toBe('deleted');
    expect(r.candidates.map((c) => after.slice(c.start, c.end))).toContain(credit);
  });

  it('the credit that was kept follows its paragraph', () => {
    const after = article.replace(`图为新建的标准化厂房。${credit}\n`, '');
    const r = follow(article, after, credit, 1);
    expect(r.status === 'orphan' ? -1 : r.start).toBe(after.indexOf(credit));
  });

  it('an item deleted from a list of repeats is an orphan, not its neighbour', () => {
    const before = '分别为7263万元、7364万元、7398万元、7402万元。';
    const after = '分别为7263万元、7364万元、7402万元。';
    expect(at(after, follow(before, after, '万元', 2))).toBe('orphan (ambiguous)');
    expect(at(after, follow(before, after, '7398万元'))).toMatch(/^orphan/);
  });

  it('a digit corrected in the highlighted figure: the note stays on it', () => {
    const before = '分别为7263万元、7364万元、7398万元。';
    const after = '分别为7263万元、7364万元、7398亿元。';
    const r = follow(before, after, '7398万元');
    expect(at(after, r)).toBe('7398亿元');
    expect(r.status).toBe('fuzzy');
  });

  it('a passage pasted right before its own copy: the note stays on the original (its context decides)', () => {
    const before = '前言。\n法国总统此前提出改革，目标是合并退休制度。总理将于11日宣布总体架构。\n后记。';
    const copy = '法国总统此前提出改革，目标是合并退休制度。';
    const after = before.replace('\n法国', `\n${copy}法国`);
    const r = follow(before, after, '目标是合并退休制度');
    expect(r.status === 'orphan' ? -1 : r.start).toBe(after.indexOf('目标是合并退休制度', after.indexOf(copy) + copy.length));
  });

  it('a paragraph moved down the article: found again in the new text', () => {
    const moved = '这一段讲的是园区招商的具体成效，签约项目共计36个。';
    const before = `开头。\n${moved}\n${'中间的段落，与招商无关。'.repeat(6)}\n结尾。`;
    const after = `开头。\n${'中间的段落，与招商无关。'.repeat(6)}\n${moved}\n结尾。`;
    const r = follow(before, after, '签约项目共计36个');
    expect(r.status === 'orphan' ? -1 : r.start).toBe(after.indexOf('签约项目共计36个'));
  });

  it('resolveAll takes earlier texts by hash and diffs each once; a note made on the current text needs none', () => {
    const before = longText(6000);
    const after = `新增的导语。\n${before.slice(0, 2000)}${before.slice(2100)}`;
    const targets = [targetFor(before, before.slice(3000, 3020)), targetFor(after, after.slice(10, 30))];
    const results = resolveAll(after, contentHash(after), targets, [{ hash: contentHash(before), text: before }]);
    expect(results.map((r) => at(after, r))).toEqual([before.slice(3000, 3020), after.slice(10, 30)]);
    expect(results[1]?.status).toBe('exact-position');
  });
});

describe('the oracle’s equivalent edits (what it accepts as "also where the span went")', () => {
  it('every slid edit gives exactly the same text, and repeats do slide', () => {
    const text = '目录 .................... 14\n分别为7263万元、7364万元。';
    fc.assert(
      fc.property(
        fc.nat({ max: text.length }),
        fc.nat({ max: 6 }),
        fc.boolean(),
        fc.string({ minLength: 1, maxLength: 4 }),
        (at, remove, insertion, insert) => {
          const edit = insertion ? { at, remove: 0, insert } : { at, remove: Math.min(Math.max(1, remove), text.length - at), insert: '' };
          if (edit.remove === 0 && edit.insert === '') return;
          const same = applyEdit(text, edit);
          for (const v of equivalentEdits(text, edit)) expect(applyEdit(text, v)).toBe(same);
        },
      ),
      { seed: 1402, numRuns: 500 },
    );
    expect(equivalentEdits(text, { at: 5, remove: 3, insert: '' }).length).toBeGreaterThan(10);
    expect(equivalentEdits(text, { at: 0, remove: 0, insert: '新' })).toHaveLength(1);
  });
});

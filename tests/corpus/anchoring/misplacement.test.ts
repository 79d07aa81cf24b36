import { describe, expect, it } from 'vitest';
import { resolveAnchor, type AnchorResult } from '../../../corpus/anchoring';
import { contentHash } from '../../../corpus/model';
import { indexOfNth, replaceNth, seedText, targetFor } from './fixtures';

/**
 * The three ways the old resolver put a note on the wrong text (issue 14), each as a table of
 * real edits of the seed articles. Every row must come out as an orphan — or, where the
 * highlighted words still stand in their own place, anchored exactly there.
 */
interface Row {
  readonly seed: 0 | 1 | 2 | 3 | 4;
  readonly quote: string;
  readonly nth?: number;
  readonly edit: (text: string) => string;
  /** 'orphan', or the occurrence of the quote in the edited text the note must sit on. */
  readonly expected: 'orphan' | { readonly nth: number };
}

/** Which occurrence of `needle` starts inside the first `marker` (the 万元 of one list item). */
function occurrenceBefore(text: string, needle: string, marker: string): number {
  const at = indexOfNth(text, marker) + marker.indexOf(needle);
  return text.slice(0, at).split(needle).length - 1;
}

const LIST = '7263万元、7364万元、7398万元';
const CREDIT = '(江西日报记者 杨 静 摄)';
const HEADING = '经开组团 加快标准化厂房建设';

const shortRepeatNearby: Record<string, Row> = {
  '万元 of the last item, its unit corrected to 亿元: not the 万元 of the item before': {
    seed: 4,
    quote: '万元',
    nth: occurrenceBefore(seedText(4), '万元', '7398万元'),
    edit: (t) => replaceNth(t, LIST, '7263万元、7364万元、7398亿元'),
    expected: 'orphan',
  },
  '万元 of the middle item, its unit corrected: not a neighbour': {
    seed: 4,
    quote: '万元',
    nth: occurrenceBefore(seedText(4), '万元', '7364万元'),
    edit: (t) => replaceNth(t, LIST, '7263万元、7364亿元、7398万元'),
    expected: 'orphan',
  },
  'the last item deleted from the list: its 万元 does not move to the item before': {
    seed: 4,
    quote: '7398万元',
    edit: (t) => replaceNth(t, LIST, '7263万元、7364万元'),
    expected: 'orphan',
  },
  'the list unchanged, text edited far away: still the last item': {
    seed: 4,
    quote: '7398万元',
    edit: (t) => `导语。\n${t}`,
    expected: { nth: 0 },
  },
};

const longExactElsewhere: Record<string, Row> = {
  "a photo credit deleted: the note does not jump to the other photo's identical credit": {
    seed: 0,
    quote: CREDIT,
    nth: 0,
    edit: (t) => replaceNth(t, `基地办公楼。${CREDIT}`, '基地办公楼。'),
    expected: 'orphan',
  },
  'the second photo credit deleted: not the first one either': {
    seed: 0,
    quote: CREDIT,
    nth: 1,
    edit: (t) => replaceNth(t, `备案服务中心。${CREDIT}`, '备案服务中心。'),
    expected: 'orphan',
  },
  'a photo credit kept, the other deleted: the kept one stays put': {
    seed: 0,
    quote: CREDIT,
    nth: 1,
    edit: (t) => replaceNth(t, `基地办公楼。${CREDIT}`, '基地办公楼。'),
    expected: { nth: 0 },
  },
};

const fuzzyLookAlike: Record<string, Row> = {
  'a deleted heading: not the next sentence that starts with the same words': {
    seed: 1,
    quote: HEADING,
    edit: (t) => replaceNth(t, `${HEADING}\n`, ''),
    expected: 'orphan',
  },
  'a heading rewritten: not the look-alike sentence below it': {
    seed: 1,
    quote: HEADING,
    edit: (t) => replaceNth(t, HEADING, '标准化厂房建设提速'),
    expected: 'orphan',
  },
};

function check(row: Row): void {
  const original = seedText(row.seed);
  const target = targetFor(original, row.quote, row.nth ?? 0);
  const edited = row.edit(original);
  expect(edited).not.toBe(original);
  const result: AnchorResult = resolveAnchor(edited, contentHash(edited), target);
  if (row.expected === 'orphan') {
    const where = result.status === 'orphan' ? '' : `${result.status} on ${JSON.stringify(edited.slice(result.start - 6, result.end + 6))}`;
    expect(where).toBe('');
    return;
  }
  expect(result.status).not.toBe('orphan');
  if (result.status === 'orphan') return;
  expect(result.start).toBe(indexOfNth(edited, row.quote, row.expected.nth));
  expect(edited.slice(result.start, result.end)).toBe(row.quote);
}

describe('never on the wrong text (issue 14)', () => {
  describe('a short quote does not jump to a repeat a few characters away', () => {
    it.each(Object.entries(shortRepeatNearby))('%s', (_name, row) => check(row));
  });
  describe('an exact quote elsewhere needs its context too, at every length', () => {
    it.each(Object.entries(longExactElsewhere))('%s', (_name, row) => check(row));
  });
  describe('a fuzzy look-alike needs a margin over the other explanations', () => {
    it.each(Object.entries(fuzzyLookAlike))('%s', (_name, row) => check(row));
  });
});

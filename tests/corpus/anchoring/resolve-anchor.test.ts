import { describe, expect, it } from 'vitest';
import { resolveAnchor, type AnchorResult, type AnchoredStatus } from '../../../corpus/anchoring';
import { contentHash } from '../../../corpus/model';
import { indexOfNth, replaceNth, seedText, targetAt, targetFor } from './fixtures';

const seed = seedText(3);
const lines = seed.split('\n');
const line = (i: number): string => lines[i] ?? '';

/** Full-width punctuation, as the cleaner produces it from the raw seed. */
const normalizePunctuation = (t: string): string =>
  t.replaceAll(',', '，').replaceAll(';', '；').replaceAll('?', '？').replaceAll('(', '（').replaceAll(')', '）');

interface Expected {
  /** The text the annotation must be attached to… */
  readonly text: string;
  /** …at this occurrence of it in the edited text. */
  readonly nth?: number;
  readonly status: AnchoredStatus;
}

interface Row {
  readonly quote: string;
  readonly nth?: number;
  readonly edit: (text: string) => string;
  readonly expected: Expected | 'orphan';
}

const Q_UNIQUE = '赣江新区聚焦数字经济产业持续发力,走出了符合自身特点的发展道路';
const Q_PLAIN = '数字经济是把握新一轮科技革命和产业变革新机遇的战略选择';
const Q_TWICE = '以不到江西3%的国土面积创造了全省3.5%的经济总量';
const Q_SHORT = '赣江新区';

const rows: Record<string, Row> = {
  'punctuation normalized inside and around the quote': {
    quote: Q_UNIQUE,
    edit: normalizePunctuation,
    expected: { text: normalizePunctuation(Q_UNIQUE), status: 'fuzzy' },
  },
  'punctuation normalized around a quote without punctuation': {
    quote: Q_PLAIN,
    edit: normalizePunctuation,
    expected: { text: Q_PLAIN, status: 'quote' },
  },
  'characters inserted right before the quote': {
    quote: Q_PLAIN,
    edit: (t) => replaceNth(t, Q_PLAIN, `坚定不移地${Q_PLAIN}`),
    expected: { text: Q_PLAIN, status: 'quote' },
  },
  'characters deleted right after the quote': {
    quote: Q_PLAIN,
    edit: (t) => replaceNth(t, `${Q_PLAIN}。近年来,`, `${Q_PLAIN}。`),
    expected: { text: Q_PLAIN, status: 'quote' },
  },
  'characters replaced just before the quote': {
    quote: Q_PLAIN,
    edit: (t) => replaceNth(t, `发展${Q_PLAIN}`, `推进${Q_PLAIN}`),
    expected: { text: Q_PLAIN, status: 'quote' },
  },
  'one character replaced inside the quote': {
    quote: Q_UNIQUE,
    edit: (t) => replaceNth(t, Q_UNIQUE, Q_UNIQUE.replace('持续', '继续')),
    expected: { text: Q_UNIQUE.replace('持续', '继续'), status: 'fuzzy' },
  },
  'characters inserted inside the quote': {
    quote: Q_UNIQUE,
    edit: (t) => replaceNth(t, Q_UNIQUE, Q_UNIQUE.replace('走出了', '成功走出了')),
    expected: { text: Q_UNIQUE.replace('走出了', '成功走出了'), status: 'fuzzy' },
  },
  'characters deleted inside the quote': {
    quote: Q_UNIQUE,
    edit: (t) => replaceNth(t, Q_UNIQUE, Q_UNIQUE.replace('自身', '')),
    expected: { text: Q_UNIQUE.replace('自身', ''), status: 'fuzzy' },
  },
  'paragraph split inside the quote': {
    quote: Q_UNIQUE,
    edit: (t) => replaceNth(t, Q_UNIQUE, Q_UNIQUE.replace(',', ',\n')),
    expected: { text: Q_UNIQUE.replace(',', ',\n'), status: 'fuzzy' },
  },
  'paragraphs merged inside the quote': {
    quote: `${line(8).slice(-20)}\n${line(9).slice(0, 20)}`,
    edit: (t) => replaceNth(t, `${line(8)}\n${line(9)}`, `${line(8)}${line(9)}`),
    expected: { text: `${line(8).slice(-20)}${line(9).slice(0, 20)}`, status: 'fuzzy' },
  },
  "paragraphs merged across a caption (the cleaner's real repair)": {
    quote: '及实施细则,出台支持',
    edit: (t) => replaceNth(t, `${line(16)}\n${line(17)}\n${line(18)}`, `${line(16)}${line(18)}\n${line(17)}`),
    expected: { text: '及实施细则,出台支持', status: 'quote' },
  },
  'paragraph moved to the end of the article': {
    quote: line(22).slice(0, 30),
    edit: (t) => `${replaceNth(t, `${line(22)}\n`, '')}\n${line(22)}`,
    expected: { text: line(22).slice(0, 30), status: 'quote' },
  },
  'repeated phrase, text shifted: the occurrence with the old context': {
    quote: Q_TWICE,
    nth: 1,
    edit: (t) => `新增导语一段,介绍本文背景。\n${t}`,
    expected: { text: Q_TWICE, nth: 1, status: 'quote' },
  },
  "repeated phrase, the first copy's context edited: still the first copy": {
    quote: Q_TWICE,
    nth: 0,
    edit: (t) => replaceNth(t, `2024年,赣江新区${Q_TWICE}`, `2024年全年,赣江新区${Q_TWICE}`),
    expected: { text: Q_TWICE, nth: 0, status: 'quote' },
  },
  'repeated phrase edited inside: its edited copy, not the intact twin elsewhere': {
    quote: Q_TWICE,
    nth: 0,
    edit: (t) => replaceNth(t, Q_TWICE, Q_TWICE.replace('3.5%', '3.6%')),
    expected: { text: Q_TWICE.replace('3.5%', '3.6%'), status: 'fuzzy' },
  },
  'short repeated phrase, text shifted: the occurrence with matching context': {
    quote: Q_SHORT,
    nth: 11,
    edit: (t) => `新增导语一段,介绍本文背景。\n${t}`,
    expected: { text: Q_SHORT, nth: 11, status: 'quote' },
  },
  'short quote, a few characters of its prefix rewritten: context still matches': {
    quote: Q_SHORT,
    nth: 30,
    edit: (t) => replaceNth(t, '晚上9点,位于赣江新区', '入夜,赣江新区'),
    expected: { text: Q_SHORT, nth: 30, status: 'quote' },
  },
  'short quote, both context sides rewritten': {
    quote: Q_SHORT,
    nth: 30,
    edit: (t) => replaceNth(t, '又一抓手。\n晚上9点,位于赣江新区儒乐湖片区黄金地段的全国', '关键一环。\n夜幕降临,赣江新区的一座大型综合性培训基地里,'),
    expected: 'orphan',
  },
  'short quote whose sentence was rewritten around it': {
    quote: Q_SHORT,
    nth: 11,
    edit: (t) => replaceNth(t, line(5).slice(0, 40), '各方积极响应,赣江新区持续优化营商环境,吸引众多企业落户发展'),
    expected: 'orphan',
  },
  'quote deleted with its sentence': {
    quote: Q_UNIQUE,
    edit: (t) => replaceNth(t, `近年来,${Q_UNIQUE}。`, ''),
    expected: 'orphan',
  },
  'quote rewritten beyond recognition': {
    quote: Q_UNIQUE,
    edit: (t) => replaceNth(t, Q_UNIQUE, '赣江新区在数字经济领域深耕细作,探索出一条独特的发展路径'),
    expected: 'orphan',
  },
};

function expectResolved(result: AnchorResult, edited: string, expected: Expected | 'orphan'): void {
  if (expected === 'orphan') {
    expect(result.status).toBe('orphan');
    return;
  }
  if (result.status === 'orphan') throw new Error(`expected ${expected.status}, got orphan (score ${result.score ?? '–'})`);
  expect(edited.slice(result.start, result.end)).toBe(expected.text);
  expect(result.start).toBe(indexOfNth(edited, expected.text, expected.nth ?? 0));
  expect(result.status).toBe(expected.status);
}

describe('resolveAnchor on real edits of a seed article', () => {
  it.each(Object.entries(rows))('%s', (_name, row) => {
    const target = targetFor(seed, row.quote, row.nth ?? 0);
    const edited = row.edit(seed);
    expect(edited).not.toBe(seed);
    expectResolved(resolveAnchor(edited, contentHash(edited), target), edited, row.expected);
  });
});

describe('resolveAnchor selector order', () => {
  const hash = contentHash(seed);

  it('unchanged text: the position, without searching', () => {
    const target = targetFor(seed, Q_SHORT, 11);
    const result = resolveAnchor(seed, hash, target);
    expect(result).toEqual({ status: 'exact-position', start: target.selector[1].start, end: target.selector[1].end, score: 1 });
  });

  it('hash matches but the position no longer holds the quote: falls back to the quote', () => {
    const good = targetFor(seed, Q_PLAIN);
    const stale = { ...good, selector: [good.selector[0], { ...good.selector[1], start: 5, end: 5 + Q_PLAIN.length }] as const };
    const result = resolveAnchor(seed, hash, stale);
    expect(result.status).toBe('quote');
    expect(result.status !== 'orphan' && seed.slice(result.start, result.end)).toBe(Q_PLAIN);
  });

  it('hash differs although the text at the position is the quote: checked through the quote', () => {
    const target = { ...targetFor(seed, Q_PLAIN), contentHash: 'stale' };
    expect(resolveAnchor(seed, hash, target).status).toBe('quote');
  });

  it('an empty quote is an orphan, not a crash', () => {
    const t = targetAt(seed, 0, 1);
    const empty = { ...t, selector: [{ ...t.selector[0], exact: '' }, t.selector[1]] as const };
    expect(resolveAnchor(seed, 'other', empty).status).toBe('orphan');
  });
});

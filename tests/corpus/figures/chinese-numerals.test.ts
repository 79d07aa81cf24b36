import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../../corpus/figures';

describe('parseChineseNumeral', () => {
  it.each<readonly [string, string, number | undefined]>([
    ['single digit', '三', 3],
    ['两 is two', '两', 2],
    ['leading 十', '十八', 18],
    ['tens and units', '二十三', 23],
    ['hundreds with 零', '三百零五', 305],
    ['thousands', '一千二百', 1200],
    ['bare 万', '万', 1e4],
    ['十万', '十万', 1e5],
    ['万 group after 亿', '一亿二千万', 1.2e8],
    ['万亿', '三万亿', 3e12],
    ['year-like digit string', '二〇二四', undefined],
    ['plan name', '十五五', undefined],
    ['places out of order', '十百', undefined],
    ['not a numeral', '三横', undefined],
    ['empty', '', undefined],
  ])('%s', (_name, text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected);
  });
});

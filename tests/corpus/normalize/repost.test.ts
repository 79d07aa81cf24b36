import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownDocument } from '../../../corpus/ingest/markdown';
import { normalizeArticle, normalizeDocument } from '../../../corpus/normalize';
import { parseCreditLine, parseRepostLine } from '../../../corpus/normalize/credits';

/**
 * A re-post note (`原文来自X：`, `转载自X：`, `來源：X｜`, `Originally published by X:`) names where a piece
 * was found. Followed by a headline on the same line it is not a credit line: X is the source and the
 * headline stays text — never dropped, never invented.
 */
describe('re-post notes before a headline', () => {
  it.each([
    [
      'WeChat re-post (正和岛 via 智谷趋势)',
      '原文来自智谷趋势：重磅！2019中国经济研判，涉及20个敏感问题…',
      '智谷趋势',
      '重磅！2019中国经济研判，涉及20个敏感问题…',
    ],
    [
      'WeChat account in corner quotes (Vista看天下)',
      '本文来自微信号「Vista看天下」：山东寿光因水库泄洪被淹，下游人民就该受灾吗？',
      'Vista看天下',
      '山东寿光因水库泄洪被淹，下游人民就该受灾吗？',
    ],
    ['转载自 (澎湃新闻)', '本文转载自澎湃新闻：广州南沙邮轮母港即将开通', '澎湃新闻', '广州南沙邮轮母港即将开通'],
    ['转自微信公众号 (界面新闻)', '转自微信公众号“界面新闻”：多地项目连环爆雷', '界面新闻', '多地项目连环爆雷'],
    ['zh-Hant 轉載自 (香港01)', '本文轉載自香港01：大灣區辦公室成立首年開支$1350萬', '香港01', '大灣區辦公室成立首年開支$1350萬'],
    ['zh-Hant 轉載自 (聯合報)', '轉載自聯合報｜台積電擴產 英特爾還需留晶圓代工？', '聯合報', '台積電擴產 英特爾還需留晶圓代工？'],
    [
      'zh-Hant 來源 label then a headline (眾新聞)',
      '來源：眾新聞｜延續梁振英政策 陳茂波撥二百億河套區創科工程',
      '眾新聞',
      '延續梁振英政策 陳茂波撥二百億河套區創科工程',
    ],
    [
      'zh-Hans 来源 label then a headline',
      '来源：证券时报网 | 交通运输部：着力打造京津冀区域综合立体交通网络',
      '证券时报网',
      '交通运输部：着力打造京津冀区域综合立体交通网络',
    ],
    [
      'English: Originally published by (Reuters)',
      'Originally published by Reuters: China factory activity shrinks for a third month',
      'Reuters',
      'China factory activity shrinks for a third month',
    ],
    [
      'English: Reprinted from (Caixin Global)',
      'Reprinted from Caixin Global: Hong Kong budget targets innovation hub',
      'Caixin Global',
      'Hong Kong budget targets innovation hub',
    ],
    [
      'English: appeared in the publication (South China Morning Post)',
      'This article first appeared in the South China Morning Post: Greater Bay Area office opens',
      'South China Morning Post',
      'Greater Bay Area office opens',
    ],
  ])('%s', (_name, line, source, rest) => {
    const repost = parseRepostLine(line);
    expect(repost?.credit.source).toBe(source);
    expect(repost?.rest).toBe(rest);
    // The line as a whole is no credit: the headline is not a source name.
    expect(parseCreditLine(line)).toBeUndefined();
    // The note and the rest are the line, nothing added or lost.
    expect(line.endsWith(rest)).toBe(true);
  });

  it.each([
    ['a note alone (zh-Hans)', '原文来自智谷趋势：', '智谷趋势'],
    ['a note alone (zh-Hant)', '本文轉載自聯合報', '聯合報'],
    ['a note alone (English)', 'Originally published by Reuters.', 'Reuters'],
  ])('a note that is the whole line is a credit: %s', (_name, line, source) => {
    expect(parseRepostLine(line)?.rest).toBe('');
    expect(parseCreditLine(line)?.source).toBe(source);
  });

  it.each([
    ['来自 in a sentence', '来自全国各地的代表参加了会议。'],
    ['本文选自 a book in a sentence', '本文选自中华书局在2019年增订出版的《香港人的身份认同和价值观》，作者为周永新。'],
    ['来源 label with a second label', '来源：证券时报网 | 作者：李在山'],
    ['来源 label with an alias', '◎来源 | 正和岛（zhenghedao）'],
  ])('not a re-post before text: %s', (_name, line) => {
    const repost = parseRepostLine(line);
    expect(repost === undefined || repost.rest === '').toBe(true);
  });
});

describe('a re-post line in an article', () => {
  const body =
    '新春伊始，万物复苏。正是企业制定全年计划的时刻，正和岛联手如是金融研究院，重磅推出2019中国经济研判。\n\n如果说2018年企业已经感受到经济寒冬，但这仅仅是上半场。';

  it('gives the source to the note and keeps the headline as the title', () => {
    const text = `原文来自智谷趋势：重磅！2019中国经济研判，涉及20个敏感问题…\n\n◎作者 | 管清友 孙允广\n\n◎来源 | 正和岛（zhenghedao）\n\n${body}`;
    const { article } = normalizeArticle({ fileName: 'repost.txt', text, origin: 'imported' });
    expect(article.blocks.slice(0, 2).map((b) => [b.kind, b.text])).toEqual([
      ['byline', '原文来自智谷趋势：'],
      ['title', '重磅！2019中国经济研判，涉及20个敏感问题…'],
    ]);
    expect(article.meta.title).toBe('重磅！2019中国经济研判，涉及20个敏感问题…');
    // The labelled source (◎来源) names the publication more directly than the re-post note.
    expect(article.meta.source).toBe('正和岛');
    expect(article.meta.authors).toEqual(['管清友', '孙允广']);
  });

  it('names the re-post source when no better one is printed', () => {
    const text = `本文轉載自香港01：大灣區辦公室成立首年開支$1350萬\n\n${body}`;
    const { article } = normalizeArticle({ fileName: 'repost-hant.txt', text, origin: 'imported' });
    expect(article.meta.source).toBe('香港01');
    expect(article.meta.title).toBe('大灣區辦公室成立首年開支$1350萬');
  });

  // Han characters that form no role, label or place name on their own.
  const headlineChar = fc.constantFrom(...Array.from('经济发展新区产业数字创新改革建设项目服务企业人才平台2019！？…'));
  const sourceName = fc.constantFrom('智谷趋势', '澎湃新闻', '香港01', '聯合報', '界面新闻', 'Vista看天下');
  const label = fc.constantFrom('原文来自', '本文来自微信号', '本文转载自', '转自', '本文轉載自');

  it('never loses a character of the re-post line', () => {
    fc.assert(
      fc.property(label, sourceName, fc.constantFrom('：', ':', '｜'), fc.array(headlineChar, { minLength: 4, maxLength: 30 }), (l, name, colon, chars) => {
        const headline = `重磅${chars.join('')}`;
        const line = `${l}${name}${colon}${headline}`;
        const { article } = normalizeArticle({ fileName: 'p.txt', text: `${line}\n\n${body}`, origin: 'imported' });
        const joined = article.blocks.map((b) => b.text).join('');
        // Every character of the line is in the article, in order, and the headline is one block's whole text.
        expect(joined.startsWith(`${l}${name}${colon}`.replace(':', '：'))).toBe(true);
        expect(article.blocks.some((b) => b.text === headline)).toBe(true);
        expect(parseRepostLine(line)?.credit.source).toBe(name);
      }),
      { numRuns: 120 },
    );
  });
});

const REAL = resolve(import.meta.dirname, '../../../../shared/real-briefings');

describe.skipIf(!existsSync(REAL))('re-posts in the real briefings (../shared/real-briefings)', () => {
  it.each([
    ['31_zhenghedao_2019_china_economy_outlook.md', '原文来自智谷趋势：', '重磅！2019中国经济研判，涉及20个敏感问题…', '正和岛'],
    ['09_vista_shouguang_flood_2018.md', '本文来自微信号「Vista看天下」：', '山东寿光因水库泄洪被淹，下游人民就该受灾吗？', 'Vista看天下'],
  ])('%s: the note is a byline, the headline is the title block', (file, note, title, source) => {
    const { article } = normalizeDocument({ fileName: file, document: markdownDocument(readFileSync(resolve(REAL, file), 'utf-8')), origin: 'imported' });
    expect(article.blocks.slice(0, 2).map((b) => [b.kind, b.text])).toEqual([
      ['byline', note],
      ['title', title],
    ]);
    expect(article.meta.title).toBe(title);
    expect(article.meta.source).toBe(source);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCreditLine, parseDateline, parseEnglishDate, parseFullDate, splitNames } from '../../../corpus/normalize/credits';

/** Only the fields a row cares about: source, authors, date, place. */
const brief = (c: ReturnType<typeof parseCreditLine>) => c && { source: c.source, authors: c.authors, date: c.date };

describe('credit lines of any publication', () => {
  it.each([
    [
      'byline with the issue appended (人民日报)',
      '本报记者  原韬雄  高  炳《人民日报》（2025年03月18日第 01 版）',
      { source: '人民日报', authors: ['原韬雄', '高炳'], date: '2025-03-18' },
    ],
    ['masthead line only', '《人民日报》（2025年03月17日第 01 版）', { source: '人民日报', authors: [], date: '2025-03-17' }],
    ['作者： label', '作者：贾小凡', { source: undefined, authors: ['贾小凡'], date: undefined }],
    ['◎作者 | names', '◎作者 | 管清友 孙允广', { source: undefined, authors: ['管清友', '孙允广'], date: undefined }],
    ['◎来源 | with a Latin alias dropped', '◎来源 | 正和岛（zhenghedao）', { source: '正和岛', authors: [], date: undefined }],
    ['WeChat re-post note alone', '本文来自微信号「Vista看天下」：', { source: 'Vista看天下', authors: [], date: undefined }],
    ['re-post note without a colon', '原文来自智谷趋势', { source: '智谷趋势', authors: [], date: undefined }],
    [
      'English byline',
      "By Yu Yang, He Zhuoyan, Emily Holder, Chen Si, Li Yan ( People's Daily Online ) 13:00, November 13, 2020",
      { source: "People's Daily Online", authors: ['Yu Yang', 'He Zhuoyan', 'Emily Holder', 'Chen Si', 'Li Yan'], date: '2020-11-13' },
    ],
    ['a provincial daily reporter', '江西日报记者 杨 静', { source: '江西日报', authors: ['杨静'], date: undefined }],
    ['a city daily reporter (not in any list)', '长沙晚报记者 李明', { source: '长沙晚报', authors: ['李明'], date: undefined }],
    ['Traditional intern reporter', '實習記者周滿鏗', { source: undefined, authors: ['周滿鏗'], date: undefined }],
    ['web stamp with labels, no spaces', '2019-09-26 12:11来源：证券时报网作者：李在山', { source: '证券时报网', authors: ['李在山'], date: '2019-09-26' }],
    ['web stamp: date, time, site', '2019-09-26 10:56:28 证券时报网', { source: '证券时报网', authors: [], date: '2019-09-26' }],
    ['gov CMS stamp', '发布日期：2016-11-22 浏览次数：信息来源：省发改委', { source: '省发改委', authors: [], date: '2016-11-22' }],
    ['来源于：', '来源于：东区办事处', { source: '东区办事处', authors: [], date: undefined }],
    ['English source label', 'Source: BBC News', { source: 'BBC News', authors: [], date: undefined }],
    ['photo report credit: photographers who wrote it', '朱佩娴 霍亚平摄影报道', { source: undefined, authors: ['朱佩娴', '霍亚平'], date: undefined }],
    ['names with /文', '熊焕明 王 川/文', { source: undefined, authors: ['熊焕明', '王川'], date: undefined }],
    ['an outlet given as the author is the source', '作者：红星新闻', { source: '红星新闻', authors: [], date: undefined }],
    ['a source that is markup is no source', '来源：<a href="https://example.com/x">', undefined],
    ['an English wire credit without By', '( Xinhua ) 08:49, November 13, 2020', { source: 'Xinhua', authors: [], date: '2020-11-13' }],
    ['reporter, intern and 文/图', '本报全媒体记者 杨静 实习生 应恺君 文/图', { source: undefined, authors: ['杨静', '应恺君'], date: undefined }],
  ])('%s', (_name, line, expected) => {
    expect(brief(parseCreditLine(line))).toEqual(expected);
  });

  it.each([
    ['a sentence that mentions a reporter', '记者从会上获悉，今年全省经济增长。'],
    ['a sentence with 资金来源', '资金来源：自筹。'],
    ['a re-post note followed by a headline (the headline is text)', '原文来自智谷趋势：重磅！2019中国经济研判，涉及20个敏感问题…'],
    ['a WeChat re-post note followed by a headline', '本文来自微信号「Vista看天下」：山东寿光因水库泄洪被淹'],
    [
      'an ordinary long paragraph',
      '本次活动主题是进一步贯彻落实党的十九大精神，针对不同人群金融知识的薄弱环节和金融需求，开展金融知识普及活动，面对金融消费者开展宣传。',
    ],
  ])('not a credit: %s', (_name, line) => {
    expect(parseCreditLine(line)).toBeUndefined();
  });
});

describe('datelines opening a lead', () => {
  it.each([
    [
      '本报 + city + date + reporter',
      '本报南京2月23日电  （记者姚雪青）日前，江苏省政府',
      { source: undefined, authors: ['姚雪青'], date: '--02-23', place: '南京' },
    ],
    ['Xinhua from a foreign city', '新华社巴黎12月10日电（记者唐霁）法国', { source: '新华社', authors: ['唐霁'], date: '--12-10', place: '巴黎' }],
    ['Xinhua without reporter', '新华社北京3月16日电  近日，中共中央', { source: '新华社', authors: [], date: '--03-16', place: '北京' }],
    ['本报讯 with correspondent', '本报讯（记者 王明 通讯员 李华）近日', { source: undefined, authors: ['王明', '李华'], date: undefined, place: undefined }],
    [
      'a city site 讯 with a compiler credit',
      '长江网10月4日讯（记者陈智 整合） 国庆中秋长假过半',
      { source: '长江网', authors: ['陈智'], date: '--10-04', place: undefined },
    ],
    [
      'any agency name before …月…日电',
      '中新经纬11月4日电 (董文博)　记者梳理发现',
      { source: '中新经纬', authors: ['董文博'], date: '--11-04', place: undefined },
    ],
  ])('%s', (_name, text, expected) => {
    const d = parseDateline(text);
    expect(d && { source: d.source, authors: d.authors, date: d.date, place: d.place }).toEqual(expected);
  });

  it('an ordinary lead is no dateline', () => {
    expect(parseDateline('近年来，赣江新区聚焦数字经济产业持续发力。')).toBeUndefined();
  });
});

describe('dates and names', () => {
  it.each([
    ['2019-09-26', '2019-09-26'],
    ['2019/9/6', '2019-09-06'],
    ['2018年1月2日', '2018-01-02'],
    ['2016 年 12 月 31 日', '2016-12-31'],
    ['2019.13.01 (no month 13)', undefined],
  ])('parseFullDate(%s)', (text, iso) => expect(parseFullDate(text)).toBe(iso));

  it.each([
    ['November 13, 2020', '2020-11-13'],
    ['13 November 2020', '2020-11-13'],
    ['Nov. 5, 2021', '2021-11-05'],
  ])('parseEnglishDate(%s)', (text, iso) => expect(parseEnglishDate(text)).toBe(iso));

  it.each([
    ['two-character name printed with a gap', '高  炳 原韬雄', ['高炳', '原韬雄']],
    ['enumeration comma', '王明、李华', ['王明', '李华']],
    ['English list with and', 'Yu Yang, He Zhuoyan and Li Yan', ['Yu Yang', 'He Zhuoyan', 'Li Yan']],
  ])('splitNames: %s', (_name, list, names) => expect(splitNames(list)).toEqual(names));
});

import { describe, expect, it } from 'vitest';
import { normalizeArticle, type NormalizeOutput } from '../../../corpus/normalize';

const run = (...lines: string[]): NormalizeOutput => normalizeArticle({ fileName: 'x.txt', text: lines.join('\n'), origin: 'imported' });
const shape = (o: NormalizeOutput): string[] => o.article.blocks.map((b) => `${b.kind}${b.level ?? ''}:${b.text}${b.cut ? ' ⟨cut⟩' : ''}`);

describe('block kinds', () => {
  it.each([
    [
      'kicker, # title, byline, # heading, paragraph',
      ['国家级·赣江新区', 'STATE-LEVEL NEW AREA', '', '# 凝心聚力 向"新"行', '', '江西日报记者 杨 静', '', '## 产业焕新', '', '新区发展很快。'],
      [
        'kicker:国家级·赣江新区',
        'kicker:STATE-LEVEL NEW AREA',
        'title1:凝心聚力 向“新”行',
        'byline:江西日报记者 杨静',
        'heading2:产业焕新',
        'paragraph:新区发展很快。',
      ],
    ],
    [
      'plain title found by its subtitle; "-" becomes "——"',
      ['抢抓机遇开新局 积蓄发展新动能', '', '-青山湖区发展纪实', '', '十年，是一个时间刻度。'],
      ['title1:抢抓机遇开新局 积蓄发展新动能', 'subtitle:——青山湖区发展纪实', 'paragraph:十年，是一个时间刻度。'],
    ],
    [
      'plain headings introduce sections',
      ['导语一句。', '', '找准发展突破口', '', '正文一句。', '', '竞速微短剧赛道', '', '正文两句。'],
      ['paragraph:导语一句。', 'heading2:找准发展突破口', 'paragraph:正文一句。', 'heading2:竞速微短剧赛道', 'paragraph:正文两句。'],
    ],
    [
      'section label then piece titles (levels 2 and 3), signature split off',
      ['正文。', '', '赣江速递', '', '经开组团 加快厂房建设', '', '厂房建设加快。(黄 丽 戴佳伶)', '', '临空组团 服务航空', '', '航空注册完成。(张 锋)'],
      [
        'paragraph:正文。',
        'heading2:赣江速递',
        'heading3:经开组团 加快厂房建设',
        'paragraph:厂房建设加快。',
        'byline:（黄丽 戴佳伶）',
        'heading3:临空组团 服务航空',
        'paragraph:航空注册完成。',
        'byline:（张锋）',
      ],
    ],
    [
      'captions: ▲, 摄, short line after a picture gap, credit',
      [
        '正文。',
        '',
        '',
        '',
        '▲科研仪器实现共享。',
        '',
        '正文二。',
        '',
        '',
        '',
        '阳光大道一期全线贯通。',
        '',
        '正文三。',
        '',
        '图为中心。 陶 婧摄',
        '',
        '(本文图片由新区提供)',
      ],
      [
        'paragraph:正文。',
        'caption:▲科研仪器实现共享。',
        'paragraph:正文二。',
        'caption:阳光大道一期全线贯通。',
        'paragraph:正文三。',
        'caption:图为中心。陶婧摄',
        'caption:（本文图片由新区提供）',
      ],
    ],
    [
      'opinion sidebar: heading, author name, author note',
      ['正文。', '', '塑造具有特色竞争力发展优势', '', '陈雁云', '', '产业数字化正成为主导力量。', '', '(作者系江西财经大学智库建设中心副主任)'],
      [
        'paragraph:正文。',
        'heading2:塑造具有特色竞争力发展优势',
        'byline:陈雁云',
        'paragraph:产业数字化正成为主导力量。',
        'author-note:（作者系江西财经大学智库建设中心副主任）',
      ],
    ],
    [
      'byline with a photo credit is split',
      ['正文。', '', '熊焕明 王 川/文 (图片由融媒体中心提供)'],
      ['paragraph:正文。', 'byline:熊焕明 王川/文', 'caption:（图片由融媒体中心提供）'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(shape(run(...lines))).toEqual(expected);
  });
});

describe('paragraph joining and removals', () => {
  it.each([
    [
      'line broken mid-word across a blank line',
      ['构建数字经济与实体经济深度融合的生态系统。需加快产业数字化转型，提升传统产业信', '', '息化、数字化水平。'],
      ['paragraph:构建数字经济与实体经济深度融合的生态系统。需加快产业数字化转型，提升传统产业信息化、数字化水平。'],
    ],
    [
      'a short line without punctuation is a heading, not a broken line',
      ['第一段。', '', '提升传统产业信', '', '息化、数字化水平。'],
      ['paragraph:第一段。', 'heading2:提升传统产业信', 'paragraph:息化、数字化水平。'],
    ],
    ['line ending with a comma', ['提出了13条扶持政策,', '加快培育新业态。'], ['paragraph:提出了13条扶持政策，加快培育新业态。']],
    ['real paragraph breaks kept', ['第一段。', '', '第二段。'], ['paragraph:第一段。', 'paragraph:第二段。']],
    [
      'joined across a picture caption, caption after the paragraph',
      ['赣江新区抓住微短剧风口，制定十条措施，出台支持', '', '', '', '图为赣江中药创新中心。 陶 婧摄', '', '微短剧出海的政策措施。'],
      ['paragraph:赣江新区抓住微短剧风口，制定十条措施，出台支持微短剧出海的政策措施。', 'caption:图为赣江中药创新中心。陶婧摄'],
    ],
    [
      'overlap printed twice at a join is dropped',
      ['建设了3条城市绿道、16个公厕和3917个停车泊位', '', '16个公厕和3917个停车泊位, 让城市更加宜居。'],
      ['paragraph:建设了3条城市绿道、16个公厕和3917个停车泊位，让城市更加宜居。'],
    ],
    [
      'a sentence-initial word is not a continuation; the cut paragraph is marked',
      ['开展数据加工标注业务，行业“数据工厂”', '', '不止于此。新区还以先导区落地为契机。'],
      ['paragraph:开展数据加工标注业务，行业“数据工厂” ⟨cut⟩', 'paragraph:不止于此。新区还以先导区落地为契机。'],
    ],
    [
      'fragment after a picture goes back to the cut paragraph',
      ['这不是表面联动，而是深度抱团、实战同', '', '“未来产业需要耐心。”负责人说。', '', '', '', '▲科研仪器实现共享。', '', '盟。目前，已有16种产品上市。'],
      ['paragraph:这不是表面联动，而是深度抱团、实战同盟。目前，已有16种产品上市。', 'paragraph:“未来产业需要耐心。”负责人说。', 'caption:▲科研仪器实现共享。'],
    ],
    ['leading fragment with nothing to attach to is removed', ['第一段。', '', '迹,更标识着担当。'], ['paragraph:第一段。', 'paragraph:更标识着担当。']],
    [
      'leading sentence repeating the previous paragraph is removed',
      ['成绩成为发展的"度量衡"。', '', '·····成绩成为发展的"度量衡"。 新使命、新担当。'],
      ['paragraph:成绩成为发展的“度量衡”。', 'paragraph:新使命、新担当。'],
    ],
    ['tiny cut-off paragraph at the end is a stray fragment', ['第一段。', '', '2024年,赣江新区'], ['paragraph:第一段。']],
    ['label at the end of the text is stray', ['第一段。', '', '连线赣江新区'], ['paragraph:第一段。']],
  ])('%s', (_name, lines, expected) => {
    expect(shape(run(...lines))).toEqual(expected);
  });

  it('logs every removal with its line and text', () => {
    const out = run('第一段。', '', '迹,更标识着担当。', '', '连线赣江新区');
    const removals = out.diagnostics.entries.filter((e) => e.action === 'removal');
    expect(removals).toEqual([
      { action: 'removal', kind: 'fragment', line: 3, before: '迹，', after: '更标识着担当。' },
      { action: 'removal', kind: 'stray', line: 5, before: '连线赣江新区', after: '' },
    ]);
    expect(out.diagnostics.removals).toBe(2);
  });
});

describe('block ids, paragraph numbers and source spans', () => {
  it('numbers paragraphs 1..n in order and keeps source line spans', () => {
    const { blocks } = run('# 标题', '', '第一段没有写完，', '', '续完。', '', '## 小节', '', '第二段。').article;
    expect(blocks.map((b) => [b.id, b.kind, b.para, b.source.startLine, b.source.endLine])).toEqual([
      ['b1', 'title', undefined, 1, 1],
      ['b2', 'paragraph', 1, 3, 5],
      ['b3', 'heading', undefined, 7, 7],
      ['b4', 'paragraph', 2, 9, 9],
    ]);
  });

  it('is deterministic', () => {
    const lines = ['# 标题', '', '经济社 会,发展。'];
    expect(run(...lines)).toEqual(run(...lines));
  });
});

describe('metadata', () => {
  it('infers title, subtitle, kicker, source, authors, language; never a year from the body; sidecar fields override', () => {
    const text = [
      '赣江聚焦',
      '',
      '抢抓机遇 开新局',
      '',
      '——青山湖区发展纪实',
      '',
      '江西日报记者 杨 静',
      '',
      '2021年,青山湖区和赣江新区发展。2019年以来赣江新区更快。',
    ].join('\n');
    const inferred = normalizeArticle({ fileName: 'a.txt', text, origin: 'bundled' }).article.meta;
    expect(inferred).toEqual({
      title: '抢抓机遇 开新局',
      subtitle: '青山湖区发展纪实',
      kicker: '赣江聚焦',
      source: '江西日报',
      authors: ['杨静'],
      // `2021年` in the body is what the text is about, not when it was published.
      places: expect.any(Array),
      language: 'zh-Hans',
    });
    const overridden = normalizeArticle({ fileName: 'a.txt', text, origin: 'bundled', meta: { title: '新标题', year: 2022 } }).article.meta;
    expect(overridden).toMatchObject({ title: '新标题', year: 2022, source: '江西日报' });
  });

  it('falls back to the lead sentence when there is no title', () => {
    expect(run('设立于2016年10月的赣江新区，是国家级新区。').article.meta.title).toBe('设立于2016年10月的赣江新区，是国家级新区');
  });
});

describe('metadata conventions of any outlet', () => {
  const meta = (...lines: string[]) => normalizeArticle({ fileName: 'x.txt', text: lines.join('\n'), origin: 'imported' }).article.meta;

  it('a column tag and outlet before the headline are not the title; the outlet is the source', () => {
    const m = meta('【404文库】财新｜广州某区一男子在家中身亡', '', '据报道，事件发生在周日下午，当地警方已经介入调查，具体原因仍在进一步核实之中。');
    expect(m.title).toBe('广州某区一男子在家中身亡');
    expect(m.source).toBe('财新');
  });

  it('a labelled publication date wins over other dates in the head', () => {
    const m = meta('某市发布一季度数据', '', '2022-12-02 存档', '', '发表日期：2022.12.1', '', '全市经济运行总体平稳，主要指标好于预期。');
    expect(m.date).toBe('2022-12-01');
  });

  it('the original headline a re-post gives is the title', () => {
    const m = meta('（原标题：多地项目连环爆雷 狂奔的龙湖集团“暗伤”曝露？）', '', '2019年，龙湖集团即将迎来赴港上市10周年，业绩备受关注。');
    // The note is running text, so the space between its two phrases is not kept.
    expect(m.title).toBe('多地项目连环爆雷狂奔的龙湖集团“暗伤”曝露？');
  });
});

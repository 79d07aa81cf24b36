import { describe, expect, it } from 'vitest';
import { buildMeetingPack, type PackProgress, type PackRequest } from '../../../renderer/features/export/pdf/build-pack';
import { article, articleNote, highlight } from './fixtures';

const a = article('alpha', '赣江新区数字经济', ['数字经济规模突破千亿元，同比增长百分之十二。', '下一步将加快人才引进。']);
const b = article('beta', '景德镇陶瓷产业', ['陶瓷产业链持续延伸。']);

function request(over: Partial<PackRequest> = {}): PackRequest {
  return {
    title: ' 第三季度经济形势分析会 ',
    date: '2026-03-01',
    articles: [a, b],
    annotations: [highlight(a, '数字经济规模突破千亿元', '数据来源待核实', ['待核实']), highlight(b, '陶瓷产业链', '', [], 'green')],
    notes: [articleNote('beta', '可作为典型案例')],
    mode: 'full',
    groupSummaryBy: 'tag',
    settings: {
      colorNames: { yellow: '重点', green: '赞同', blue: '数据', pink: '存疑', purple: '待办' },
      lang: 'zh-CN',
      pageSize: 'Letter',
      generatedAt: '2026-03-01T08:00:00.000Z',
    },
    ...over,
  };
}

describe('buildMeetingPack', () => {
  it('announces one step per article plus the layout, and returns the whole pack', async () => {
    const steps: PackProgress[] = [];
    const html = await buildMeetingPack(request(), new AbortController().signal, (p) => steps.push(p));
    expect(steps).toEqual([
      { step: 1, total: 3 },
      { step: 2, total: 3 },
      { step: 3, total: 3 },
    ]);
    expect(html).toContain('<h1>第三季度经济形势分析会</h1>');
    expect(html).toContain('2026-03-01');
    expect(html).toContain('简报 1 / 2');
    expect(html).toContain('简报 2 / 2');
    expect(html).toContain('数据来源待核实');
    expect(html).toContain('可作为典型案例');
    expect(html).toContain('size:Letter');
    expect(html).not.toMatch(/<script/i);
    // No page numbers in the app (see buildMeetingPack): only hidden placeholders.
    expect(html.match(/class="toc-page pending"/g)).toHaveLength(3);
  });

  it('numbers the contents from the page counts of the printed parts, when the host can count them', async () => {
    const printed: number[] = [];
    const steps: PackProgress[] = [];
    // Cover 1 page, contents 1, alpha 3, beta 2, summary 1 → alpha on 3, beta on 6, summary on 8.
    const html = await buildMeetingPack(
      request(),
      new AbortController().signal,
      (p) => steps.push(p),
      (htmls) => {
        printed.push(htmls.length);
        return Promise.resolve([1, 1, 3, 2, 1]);
      },
    );
    expect(printed).toEqual([5]);
    expect(steps.at(-1)).toEqual({ step: 4, total: 4 });
    expect(html.match(/class="toc-page pending"/g)).toBeNull();
    expect(html).toMatch(/>3<\/span>[\s\S]*>6<\/span>[\s\S]*>8<\/span>/);
  });

  it('leaves the numbers out when the host cannot count pages', async () => {
    const html = await buildMeetingPack(
      request(),
      new AbortController().signal,
      () => undefined,
      () => Promise.resolve(undefined),
    );
    expect(html.match(/class="toc-page pending"/g)).toHaveLength(3);
  });

  it('keeps only the annotated passages in passages-only mode', async () => {
    const html = await buildMeetingPack(request({ mode: 'passages-only' }), new AbortController().signal, () => undefined);
    expect(html).toContain('数字经济规模突破千亿元');
    expect(html).not.toContain('下一步将加快人才引进');
  });

  it('stops between steps when cancelled: rejects with AbortError, no further progress', async () => {
    const controller = new AbortController();
    const steps: PackProgress[] = [];
    const run = buildMeetingPack(request(), controller.signal, (p) => {
      steps.push(p);
      if (p.step === 2) controller.abort();
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(steps).toEqual([
      { step: 1, total: 3 },
      { step: 2, total: 3 },
    ]);
  });

  it('does nothing at all when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const steps: PackProgress[] = [];
    await expect(buildMeetingPack(request(), controller.signal, (p) => steps.push(p))).rejects.toMatchObject({ name: 'AbortError' });
    expect(steps).toEqual([]);
  });
});

/** PDF timings (issue 7): the longest seed article with 50 notes, and a 5-article meeting pack. */
import { chromium } from 'playwright-core';
import { renderArticlePrintHtml, printFooterTemplate } from '../../corpus/export/print-html';
import { renderMeetingPackHtml } from '../../corpus/export/meeting-pack';
import type { ArticlePrintInput } from '../../corpus/export/print-types';
import { textOffset, type Annotation, type Article, type HighlightColor } from '../../corpus/model';
import { CHROMIUM_ARGS, generatedAnnotations } from './app-bench';

const COLOR_NAMES: Record<HighlightColor, string> = { yellow: '重点', green: '数据', blue: '疑问', pink: '行动', purple: '引用' };

function printInput(article: Article, notes: number): ArticlePrintInput {
  const annotations = generatedAnnotations(article, notes).map((a, i) => ({
    annotation: { ...a, body: { note: `第 ${i + 1} 条笔记：会上核实`, tags: ['会议'] } } as unknown as Annotation,
    start: textOffset((a.target.selector[1] as { start: number }).start),
    end: textOffset((a.target.selector[1] as { end: number }).end),
    status: 'exact-position' as const,
    score: 1,
  }));
  return {
    article,
    annotations,
    orphans: [],
    articleNotes: [],
    colorNames: COLOR_NAMES,
    lang: 'zh-CN',
    pageSize: 'A4',
    generatedAt: '2026-11-26T00:00:00.000Z',
  };
}

export async function runPdfBench(articles: readonly Article[]): Promise<Record<string, number>> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const pdf = async (html: string) => {
    const t0 = performance.now();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const bytes = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      footerTemplate: printFooterTemplate('zh-CN'),
      headerTemplate: '<span></span>',
      preferCSSPageSize: true,
    });
    return { ms: performance.now() - t0, bytes: bytes.length };
  };
  try {
    const longest = [...articles].sort((a, b) => b.wordCount - a.wordCount)[0]!;
    await pdf(renderArticlePrintHtml(printInput(longest, 5)));
    const article = await pdf(renderArticlePrintHtml(printInput(longest, 50)));
    const pack = await pdf(
      renderMeetingPackHtml({
        title: '赣江新区发展研讨会',
        date: '2026-11-26',
        articles: articles.map((a) => printInput(a, 10)),
        mode: 'full',
        groupSummaryBy: 'tag',
        lang: 'zh-CN',
      }),
    );
    return {
      'pdf.longestArticleWith50NotesMs': Math.round(article.ms),
      'pdf.longestArticleWith50NotesBytes': article.bytes,
      'pdf.meetingPack5ArticlesMs': Math.round(pack.ms),
      'pdf.meetingPack5ArticlesBytes': pack.bytes,
    };
  } finally {
    await browser.close();
  }
}

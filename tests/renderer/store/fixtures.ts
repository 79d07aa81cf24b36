import { COLORS, type Annotation } from '../../../corpus/model';

/** A deterministic v1-shaped annotation (v1 had no top-level articleId). */
export function v1Annotation(i: number, articleCount = 5): Annotation {
  const articleId = `article-${i % articleCount}`;
  const exact = `第${i}条引文：赣江新区数字经济${i % 97}`;
  const time = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
    kind: 'highlight',
    target: {
      source: articleId,
      contentHash: ((i * 2654435761) >>> 0).toString(16).padStart(16, '0'),
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: `前文${i}`, suffix: `后文${i}` },
        { type: 'TextPositionSelector', start: i, end: i + exact.length },
      ],
    },
    body: { note: i % 3 === 0 ? `笔记 **${i}**` : '', tags: i % 5 === 0 ? ['待核实', `标签${i % 7}`] : [] },
    color: COLORS[i % COLORS.length]!,
    created: time,
    modified: time,
  };
}

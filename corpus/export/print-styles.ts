import type { HighlightColor } from '../model';
import type { PageSize } from './print-types';

/** Print colours per highlight colour, with a line style so they stay apart in greyscale. */
export interface HighlightInk {
  readonly background: string;
  /** Underline colour: darker than the background so it survives a black-and-white printer. */
  readonly line: string;
  readonly lineStyle: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
}

export const HIGHLIGHT_INK: Readonly<Record<HighlightColor, HighlightInk>> = {
  yellow: { background: '#fff176', line: '#b28704', lineStyle: 'solid' },
  green: { background: '#c5e1a5', line: '#33691e', lineStyle: 'double' },
  blue: { background: '#b3e5fc', line: '#01579b', lineStyle: 'dotted' },
  pink: { background: '#f8bbd0', line: '#ad1457', lineStyle: 'dashed' },
  purple: { background: '#d1c4e9', line: '#4527a0', lineStyle: 'wavy' },
};

/** Page margins: the bottom one holds Chromium's footer template, the top one the header. */
export const PAGE_MARGINS = { top: '18mm', right: '16mm', bottom: '18mm', left: '16mm' } as const;

const FONT_SERIF = '"Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif';
const FONT_SANS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

function inkRules(): string {
  return (Object.entries(HIGHLIGHT_INK) as [HighlightColor, HighlightInk][])
    .map(
      ([color, ink]) =>
        `.hl-${color}{background-color:${ink.background};text-decoration-color:${ink.line};text-decoration-style:${ink.lineStyle}}` +
        `.note-${color}{border-left-color:${ink.line}}` +
        `.swatch-${color}{background-color:${ink.background};text-decoration-color:${ink.line};text-decoration-style:${ink.lineStyle}}`,
    )
    .join('\n');
}

/**
 * The one stylesheet of every print document. Chromium ignores CSS page-margin boxes in
 * `printToPDF`/`page.pdf` header/footer mode, so page numbers come from `printFooterTemplate`.
 */
export function printStyles(pageSize: PageSize): string {
  const m = PAGE_MARGINS;
  return `
@page{size:${pageSize};margin:${m.top} ${m.right} ${m.bottom} ${m.left}}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact;box-sizing:border-box}
html{font-family:${FONT_SERIF};font-size:10.5pt;line-height:1.75;color:#111;background:#fff}
body{margin:0}
h1,h2,h3,h4{font-family:${FONT_SANS};line-height:1.35;break-after:avoid;page-break-after:avoid}
h1{font-size:18pt;margin:0 0 .4em}
h2{font-size:14pt;margin:1.2em 0 .5em}
h3{font-size:12pt;margin:1em 0 .4em}
h4{font-size:11pt;margin:.8em 0 .3em}
p{margin:0 0 .6em;orphans:2;widows:2}
.gutter{margin-left:3.4em}
.doc-header{margin:0 0 1.2em;padding-bottom:.6em;border-bottom:1.5px solid #333}
.doc-meta{font-family:${FONT_SANS};font-size:8.5pt;color:#444;margin:.2em 0}
.doc-meta span+span::before{content:" · ";color:#999}
.section-marker{font-family:${FONT_SANS};font-size:8.5pt;color:#666;letter-spacing:.05em;margin:0 0 .3em}
.legend{font-family:${FONT_SANS};font-size:8pt;color:#333;margin:.4em 0 0;display:flex;flex-wrap:wrap;gap:.3em 1.2em}
.swatch{padding:0 .3em;text-decoration-line:underline;text-decoration-thickness:1.5px;text-underline-offset:.25em;text-decoration-skip-ink:none}
.b-kicker{font-family:${FONT_SANS};font-size:9pt;color:#555}
.b-title{font-size:18pt}
.b-subtitle{font-family:${FONT_SANS};font-size:12pt;color:#333}
.b-byline{font-family:${FONT_SANS};font-size:9pt;color:#444}
.b-caption{font-size:9pt;color:#444;text-align:center}
.b-author-note{font-size:9pt;color:#444;border-top:1px solid #ccc;padding-top:.3em}
.b-para{position:relative;text-align:justify}
.para-no{position:absolute;left:-3.4em;width:2.9em;text-align:right;font-family:${FONT_SANS};font-size:7.5pt;color:#777;line-height:inherit;top:.15em}
mark.hl{color:inherit;padding:0;text-decoration-line:underline;text-decoration-thickness:1.5px;text-underline-offset:.28em;text-decoration-skip-ink:none}
mark.hl-multi{text-decoration-line:underline overline}
${inkRules()}
.note-ref{font-family:${FONT_SANS};font-size:.72em;line-height:0;vertical-align:super;color:#222;margin:0 .05em}
.notes{margin:-.2em 0 .8em}
.note{break-inside:avoid;page-break-inside:avoid;border-left:3px solid #888;background:#f6f6f6;padding:.3em .7em;margin:0 0 .35em;font-family:${FONT_SANS};font-size:8.5pt;line-height:1.6}
.note-head{color:#444;font-size:8pt}
.note-head .note-no{font-size:10pt;color:#111;margin-right:.3em}
.note-text{white-space:pre-wrap;color:#111}
.note-quote{color:#333;border-left:2px solid #bbb;padding-left:.5em;margin:.2em 0}
.tags{color:#333}
.tag{display:inline-block;border:1px solid #999;border-radius:3px;padding:0 .35em;margin:.15em .3em 0 0;font-size:7.5pt;line-height:1.5}
.appendix{margin-top:1.6em;border-top:1px solid #999}
.ellipsis{color:#999;text-align:center;margin:.2em 0 .6em}
.article+.article,.pack-summary{break-before:page;page-break-before:always}
.cover{break-after:page;page-break-after:always;padding-top:55mm}
.cover h1{font-size:24pt}
.cover .doc-meta{font-size:11pt}
.cover ol{font-family:${FONT_SANS};font-size:11pt;line-height:2}
.toc{break-after:page;page-break-after:always}
.toc ol{list-style:none;padding:0;font-family:${FONT_SANS};font-size:11pt}
.toc li{display:flex;align-items:baseline;gap:.4em;margin:.35em 0}
.toc .toc-title{flex:0 1 auto}
.toc .toc-leader{flex:1 1 auto;border-bottom:1px dotted #888;min-width:2em}
.toc .toc-page{flex:0 0 3em;text-align:right}
.toc .toc-page.pending{visibility:hidden}
.summary-group h3{border-bottom:1px solid #ccc}
.summary-item{break-inside:avoid;page-break-inside:avoid;margin:0 0 .6em;font-family:${FONT_SANS};font-size:9pt}
.summary-ref{color:#555;font-size:8pt}
`.trim();
}

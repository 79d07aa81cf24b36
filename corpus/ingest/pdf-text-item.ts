/**
 * Plain data a PDF text layer is turned into before any layout decision: one run of text
 * with its baseline position and size, in page space (points, y grows upwards as in PDF).
 * The pdf.js adapter fills these in; everything in `corpus/ingest/pdf-*` reads only these.
 */
export interface PdfTextItem {
  readonly text: string;
  /** Left edge of the run. */
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  /** Advance width of the run (pdf.js `width`); unreliable for whitespace-only runs. */
  readonly width: number;
  /** Font size in points (the text matrix scale). */
  readonly size: number;
  /** Opaque font id, the same for runs set in the same font on a page. */
  readonly font: string;
  /** The font's own name says it is bold (`Arial,Bold`, `…-Heavy`). */
  readonly bold?: boolean;
  /** Not horizontal (rotated or vertical text): kept, but not laid out with the rest. */
  readonly rotated?: boolean;
}

/** One page's text runs, with the page box the positions are relative to. */
export interface PdfPageText {
  /** 1-based page number. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
}

/** CJK ideographs, kana, hangul and full-width punctuation: scripts written without spaces. */
export const CJK =
  /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u;

/** True when `left` ends and `right` starts in CJK: a space there would split written Chinese. */
export function isCjkJoin(left: string, right: string): boolean {
  return CJK.test(left.slice(-1)) && CJK.test(right.slice(0, 1));
}

/** True when either side of the join is CJK (a gap alone is then no evidence of a space). */
export function touchesCjk(left: string, right: string): boolean {
  return CJK.test(left.slice(-1)) || CJK.test(right.slice(0, 1));
}

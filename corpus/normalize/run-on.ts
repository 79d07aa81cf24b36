import { parseDateline } from './credits';

/** A line this long with almost nothing else in the file is a flattened page or a one-line dump. */
const RUN_ON = 1200;
/** Paragraph size when a run-on text is cut at sentence ends (the source has no paragraphs). */
const PARAGRAPH_TARGET = 480;

/** Where a flattened web page's article ends: the editor sign-off or the first page widget. */
const TAIL_MARKERS =
  /\s*(?:[（(]\s*(?:Web editor|Editor|责任编辑|责编|编辑)\s*[:：][^）)]{0,60}[）)]|Add your comment|Most Read|Related reading|相关阅读|相关新闻|责任编辑\s*[:：]|分享到|扫一扫)/iu;
/** `By A, B and C ( Publication ) 13:00, November 13, 2020` in an English page. */
const ENGLISH_CREDIT =
  /By\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s*(?:,|and|&)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*\s*\(\s*[^)]{2,60}\)\s*(?:\d{1,2}:\d{2},?\s*)?(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d{2})?|\(\s*[A-Z][^()]{1,40}\)\s*\d{1,2}:\d{2},?\s*[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d{2}/u;
/** A wire or photo page credits the agency alone: `( Xinhua ) 08:49, November 13, 2020`. */
/** A Chinese credit right after a glued headline: `本报记者 X`, `记者 X`, `来源：X`, `作者：X`. */
const CHINESE_CREDIT = /(?:本报记者|记者|來源|来源|作者)\s*[:：]?\s*\p{Script=Han}{2,4}/u;

export interface RunOnPart {
  readonly text: string;
  /** Why the part is left out (`navigation`, `residue`), when it is not content. */
  readonly removed?: string;
}

/**
 * Cuts running text into paragraphs at sentence ends, each about PARAGRAPH_TARGET long.
 * Only cuts: the pieces concatenate back to `text` exactly (modulo the trimmed spaces at
 * the cuts), so no character can be lost. A sentence ends after `。！？!?` (and any closing
 * quotes), or after `.` followed by a space and a capital letter or opening quote.
 */
export function sentenceParagraphs(text: string): string[] {
  const ends = /[。！？!?]+[”’」』）)]*|\.[”’"]?(?=\s+[A-Z“"‘])/gu;
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(ends)) {
    const cut = m.index + m[0].length;
    if (cut - from >= PARAGRAPH_TARGET) {
      out.push(text.slice(from, cut).trim());
      from = cut;
    }
  }
  if (text.slice(from).trim()) out.push(text.slice(from).trim());
  return out.filter((p) => p.length > 0);
}

/** The longest text (≥ 10 characters) the page starts with and `before` ends with: the headline printed twice. */
function repeatedHeadline(line: string, before: string): string | undefined {
  for (let k = Math.min(before.length, 200); k >= 10; k--) {
    const candidate = before.slice(before.length - k).trim();
    if (candidate.length >= 10 && line.startsWith(candidate) && line.indexOf(candidate, 1) >= 0) return candidate;
  }
  return undefined;
}

/**
 * A flattened page (`title - Site nav… title By X (Site) date body… (Web editor: …) Most Read…`)
 * or a one-line dump (`标题 本报记者 王明 正文…`) → its parts: navigation before the headline
 * (removed), the headline, the credit, the body cut at sentence ends, page furniture after
 * the article (removed). Returns undefined when `line` is not run-on text. Nothing is
 * dropped without a reason; the parts' texts concatenate to the line (modulo spaces).
 */
export function splitRunOn(line: string, nonBlankLines: number): RunOnPart[] | undefined {
  if (line.length < RUN_ON || nonBlankLines > 3) return undefined;
  const parts: RunOnPart[] = [];
  let rest = line;
  const credit = ENGLISH_CREDIT.exec(rest);
  if (credit) {
    const before = rest.slice(0, credit.index);
    const headline = repeatedHeadline(rest, before);
    const headAt = headline ? before.lastIndexOf(headline) : before.length;
    if (headAt > 0) parts.push({ text: before.slice(0, headAt).trim(), removed: 'navigation' });
    if (headline) parts.push({ text: headline });
    parts.push({ text: credit[0].trim() });
    rest = rest.slice(credit.index + credit[0].length);
  } else {
    const cn = CHINESE_CREDIT.exec(rest.slice(0, 100));
    const dateline = parseDateline(rest);
    if (cn && cn.index >= 4) {
      parts.push({ text: rest.slice(0, cn.index).trim() });
      const creditEnd = cn.index + cn[0].length;
      parts.push({ text: rest.slice(cn.index, creditEnd).trim() });
      rest = rest.slice(creditEnd);
    } else if (!dateline) {
      const head = /^(.{4,60}?)[\s\u3000]+(?=\S)/u.exec(rest);
      if (head && !/[。！？，]/u.test(head[1]!)) {
        parts.push({ text: head[1]!.trim() });
        rest = rest.slice(head[0].length);
      }
    }
  }
  const tail = TAIL_MARKERS.exec(rest);
  const body = tail ? rest.slice(0, tail.index) : rest;
  for (const p of sentenceParagraphs(body)) parts.push({ text: p });
  if (tail) parts.push({ text: rest.slice(tail.index).trim(), removed: 'residue' });
  return parts.filter((p) => p.text.length > 0);
}

import { countHan, isParagraphEnd } from './chars';
import type { DiagnosticLog } from './diagnostics';
import { numberingRank } from './numbered-heading';
import type { Unit } from './units';

/**
 * Sentence-initial words: a line starting with one begins a new paragraph even when the
 * line before was cut off (`……行业“数据工厂”` / `不止于此。`).
 */
const OPENERS = new Set(['不止于此', '眼下', '目前', '此外', '同时', '如今', '当前', '另外', '与此同时', '然而', '因此', '总之', '近年来', '今年', '去年']);
/** One character and a stop: the tail of a word cut by the layout (`盟。`, `迹，`). */
const LEADING_FRAGMENT = /^\p{Script=Han}[。，]/u;
/** A cut-off paragraph this short is a stray fragment, longer ones are kept and marked. */
const MAX_STRAY = 12;
const MIN_OVERLAP = 4;

/** `基金管理人：嘉实基金管理有限公司`: a short label, a colon and its value. */
const FIELD = /^[\p{Script=Han}A-Za-z]{2,10}[：:]\s*\S[^。；]{0,40}$/u;

/** Digits, signs and separators only: a figure from a table. */
export const isFigureOnly = (s: string): boolean => /^[\d\s.,%+\-–—:/()（）]+$/u.test(s.trim());

/** Can `next` continue the sentence `prev` broke off? */
export function continues(next: string): boolean {
  if (/^[“‘「『《]/u.test(next)) return false;
  if (numberingRank(next) !== undefined) return false;
  // A figure with no words (`070008`, `188,104,562.91`) is a table cell, and `基金托管人：…`
  // a field of a form: neither continues the line above.
  if (isFigureOnly(next) || FIELD.test(next)) return false;
  const firstClause = next.split(/[，。、；：！？]/u)[0] ?? '';
  return !OPENERS.has(firstClause);
}

/** `prev` + `next`, dropping a phrase printed at the end of one and again at the start of the other. */
function glue(prev: Unit, next: Unit, log: DiagnosticLog): string {
  for (let k = Math.min(prev.text.length, next.text.length, 80); k >= MIN_OVERLAP; k--) {
    const head = next.text.slice(0, k);
    if (prev.text.endsWith(head) && countHan(head) >= MIN_OVERLAP) {
      log.removal('duplicate', next.start, head, next.text.slice(k));
      return prev.text + next.text.slice(k);
    }
  }
  const space = /[A-Za-z0-9]$/.test(prev.text) && /^[A-Za-z0-9]/.test(next.text) ? ' ' : '';
  return prev.text + space + next.text;
}

/**
 * Rebuilds paragraphs broken by the layout.
 * - A paragraph not ending a sentence is joined with the next paragraph when that one
 *   continues it, even across a blank line or a picture caption (the caption then follows
 *   the joined paragraph).
 * - A paragraph that cannot be continued stays "dangling"; a fragment right after a picture
 *   (`盟。目前，…`) is moved back to the latest dangling paragraph of the section.
 * - A leading fragment with nothing to attach to is removed; a dangling paragraph left at
 *   the end is removed when tiny, otherwise flagged `cut` (the reader shows a gap marker;
 *   nothing is added to the text).
 * - Lines the format marks as whole paragraphs (`hint.block`: an HTML `<p>`, a Word
 *   paragraph) and table/code rows (`fixed`) are never joined.
 * Every join, move, removal and mark is logged.
 */
export function joinParagraphs(units: readonly Unit[], log: DiagnosticLog): Unit[] {
  const queue = units.map((u) => ({ ...u }));
  const consumed = new Set<number>();
  const out: Unit[] = [];
  let dangling: Unit[] = [];
  for (let i = 0; i < queue.length; i++) {
    if (consumed.has(i)) continue;
    const u = queue[i]!;
    if (u.kind === 'heading' || u.kind === 'title') dangling = [];
    if (u.kind !== 'paragraph' || u.fixed) {
      out.push(u);
      continue;
    }
    if (u.hint?.block) {
      out.push(u);
      continue;
    }
    if (LEADING_FRAGMENT.test(u.text)) {
      const afterPicture = out[out.length - 1]?.kind === 'caption';
      const target = afterPicture ? dangling[dangling.length - 1] : undefined;
      if (target) {
        const before = target.text;
        target.text = glue(target, u, log);
        log.change('rejoin', target.start, `${before} ⏎ [line ${u.start}] ${u.text}`, target.text);
        target.end = Math.max(target.end, u.end);
        if (isParagraphEnd(target.text)) dangling = dangling.filter((d) => d !== target);
        continue;
      }
      const m = LEADING_FRAGMENT.exec(u.text)!;
      log.removal('fragment', u.start, m[0], u.text.slice(m[0].length));
      u.text = u.text.slice(m[0].length);
      if (!u.text) continue;
    }
    // Join forward while the sentence is unfinished. Captions in between are skipped here
    // and emitted in their own turn, i.e. after the joined paragraph.
    for (let j = i + 1; !isParagraphEnd(u.text) && !isFigureOnly(u.text) && !FIELD.test(u.text) && j < queue.length; j++) {
      const next = queue[j]!;
      if (next.kind === 'caption') continue;
      if (next.kind !== 'paragraph' || next.fixed || next.hint?.block || consumed.has(j) || !continues(next.text)) break;
      const before = u.text;
      u.text = glue(u, next, log);
      log.change('join', u.start, `${before} ⏎ [line ${next.start}] ${next.text}`, u.text);
      u.end = Math.max(u.end, next.end);
      consumed.add(j);
    }
    out.push(u);
    if (!isParagraphEnd(u.text)) dangling.push(u);
  }
  return finishDangling(out, log);
}

/**
 * Paragraphs still cut off. A tiny word fragment (a few Han characters, no figures) is a
 * stray piece of layout and is removed (logged); text holding figures is data (a table cell,
 * a phone number) and stays as it is; a paragraph that breaks off in a word is flagged `cut`.
 */
function finishDangling(units: readonly Unit[], log: DiagnosticLog): Unit[] {
  const result: Unit[] = [];
  for (const u of units) {
    if (u.kind === 'paragraph' && !u.fixed && !u.hint?.block && !isParagraphEnd(u.text)) {
      const han = countHan(u.text);
      // Figures and Latin with little Han text: a table cell or a number, not a sentence.
      const data = han === 0 || (u.text.match(/\d/g) ?? []).length >= han;
      if (!data && han <= MAX_STRAY && units.length > 1) {
        log.removal('stray', u.start, u.text);
        continue;
      }
      if (data) {
        result.push(u);
        continue;
      }
      log.mark('truncated', u.end, u.text);
      result.push({ ...u, cut: true });
      continue;
    }
    result.push(u);
  }
  return result;
}

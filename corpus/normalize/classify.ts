import { isParagraphEnd } from './chars';
import { parseCreditLine, parseDateline, parseRepostLine } from './credits';
import type { DiagnosticLog } from './diagnostics';
import { findTitleRange, ISSUER_LINE, wrapWidth, type TitleContext } from './find-title';
import { isNumberedHeading, numberingRank } from './numbered-heading';
import { IMAGE_GAP, type CleanLine, type Unit } from './units';
import { hasChineseSurname } from './surnames';
import { normalizePhraseSpaces } from './whitespace';

/** Ends a sentence proper (not a lead-in dash or colon). */
const endsSentence = (s: string): boolean => isParagraphEnd(s) && !s.endsWith('——') && !s.endsWith('：');
const isSubtitleLine = (s: string): boolean => /^(?:——|-(?=\p{Script=Han}))/u.test(s);
const HASH = /^(#{1,6})\s*/;
/** Photo captions: `▲…`, `…摄`, `（… 摄）`, `（本文图片…提供）`, `图为…`. */
const STRONG_CAPTION = /^▲|摄[）)]?$|^[（(][^（）()]*(?:图片|照片)[^（）()]*(?:提供|摄)[）)]$|^[（(]?图为/u;
const AUTHOR_NOTE = /^[（(]作者系.*[）)]$/u;
const BYLINE_ROLE = /记者|記者|通讯员|通訊員|实习生|實習生|特约撰稿/u;
const BYLINE_CREDIT = /(?:\/文|文\/图)(?=\s|$|[（(])/u;
const NAME_ONLY = /^\p{Script=Han}{2,3}$/u;
/** A table-of-contents entry: a title, leader dots and a page number. */
const CONTENTS_ENTRY = /(?:\.{4,}|…{2,}|·{4,}|-{4,}|_{4,})\s*\d{1,4}\s*$/u;
/** A writer's role alone on a line, with the name on the next. */
const ROLE_ONLY = /^(?:证券|首席)?(?:分析师|研究员|研究助理|记者|作者|撰稿人?|执笔人?|撰文)[:：]?$/u;
const MAX_HEADING = 25;
/** Sub-heads that carry a clause (`政策普惠：让更多企业受益`) are still short. */
const MAX_CLAUSE_HEADING = 32;
const MAX_CAPTION = 40;
/** Credits are looked for in the first lines and the last lines of an article. */
const CREDIT_HEAD = 14;
const CREDIT_TAIL = 6;

/** One or two organisation names and nothing else. */
export function isIssuerLine(s: string): boolean {
  const parts = s
    .replace(/^[（(]|[）)]$/gu, '')
    .split(/\s+/u)
    .filter(Boolean);
  return parts.length >= 1 && parts.length <= 3 && parts.every((p) => ISSUER_LINE.test(p));
}

/** A short line with no clause punctuation: it names what follows. */
export function isHeadingLike(s: string): boolean {
  return s.length <= MAX_HEADING && /\p{Script=Han}/u.test(s) && !/[，,、；;。！？!?：:]|——$/u.test(s);
}

/**
 * A sub-head with a clause (`政策普惠：让更多企业受益`, `坚持稳中求进，推动高质量发展`): short,
 * no sentence-final mark, standing between finished sentences — a line in the middle of a
 * paragraph never follows a finished sentence and precedes a new one.
 */
function isClauseHeading(line: CleanLine, s: string, prev: Unit | undefined, next: CleanLine | undefined, hardWrapped: boolean): boolean {
  if (s.length > MAX_CLAUSE_HEADING || !/\p{Script=Han}/u.test(s) || isParagraphEnd(s) || /[，、；]$/u.test(s)) return false;
  if (/[。；！？]/u.test(s)) return false;
  // In plain text a short line may be a piece of any sentence broken by the layout
  // (`传统产业优化升级、新兴产业` ⏎ `发展壮大、…`): there only a `label：text` line is a sub-head.
  // A line the format marks as a paragraph of its own can be a clause sub-head too.
  if ((hardWrapped || !line.hint?.block) && !/^\S{2,12}：\S/u.test(s)) return false;
  // Around pictures, short lines are captions or pieces of a sentence the picture interrupted.
  if (line.gapBefore >= IMAGE_GAP || next === undefined || next.gapBefore >= IMAGE_GAP) return false;
  // The next line opens a sentence of its own (not `盟。目前…`, the tail of a cut word).
  if (/^\p{Script=Han}[。，、]/u.test(next.text) || next.text.length < Math.max(20, 2 * s.length)) return false;
  const prevDone = prev === undefined || prev.kind !== 'paragraph' || endsSentence(prev.text);
  return prevDone;
}

/**
 * Decides each line's block kind from what the format said (hints) and from its shape and
 * neighbours (see the rules inline). Stray lines (a label with nothing after it) are removed
 * here and logged.
 */
export function classifyLines(lines: readonly CleanLine[], log: DiagnosticLog, ctx: TitleContext = {}): Unit[] {
  const probes = lines.map((l) => normalizePhraseSpaces(l.text));
  const range = findTitleRange(
    probes,
    lines.map((l) => l.hint),
    ctx,
  );
  const titleIdx = range?.start ?? -1;
  const hardWrapped = wrapWidth(probes) !== undefined;
  const units: Unit[] = [];
  const unit = (i: number, kind: Unit['kind'], extra: Partial<Unit> = {}): void => {
    const l = lines[i]!;
    units.push({ kind, text: l.text, start: l.n, end: l.n, gapBefore: l.gapBefore, ...(l.hint ? { hint: l.hint } : {}), ...extra });
  };
  const nearEdge = (i: number): boolean => i < CREDIT_HEAD || i >= lines.length - CREDIT_TAIL;
  probes.forEach((p, i) => {
    const line = lines[i]!;
    const hint = line.hint;
    const next = probes[i + 1];
    const nextGap = lines[i + 1]?.gapBefore ?? 0;
    const prev = units[units.length - 1];
    const hash = HASH.exec(p);
    if (hint?.code || hint?.table) return unit(i, 'paragraph', { fixed: true });
    // A contents entry (`§2 基金简介 ........ 5`) is a line of its own, never joined.
    if (CONTENTS_ENTRY.test(p)) return unit(i, 'paragraph', { fixed: true });
    if (range && i > range.start && i <= range.end) return;
    // `原文来自X：<headline>` at the top or the end: the note is a credit, the headline after it is text
    // (the title when it is the headline found); both keep every character of the line.
    const repost = nearEdge(i) ? parseRepostLine(line.text) : undefined;
    if (repost && repost.rest !== '' && line.text.endsWith(repost.rest)) {
      unit(i, 'byline', { text: line.text.slice(0, line.text.length - repost.rest.length).trimEnd() });
      if (range && i === range.start) {
        const text = [repost.rest, ...lines.slice(range.start + 1, range.end + 1).map((l) => l.text.replace(HASH, '').trim())].join(range.joiner);
        return unit(i, 'title', { level: 1, hash: !!hint?.heading, text, end: lines[range.end]!.n });
      }
      return unit(i, 'paragraph', { text: repost.rest });
    }
    if (range && i === range.start) {
      const text = lines
        .slice(range.start, range.end + 1)
        .map((l) => l.text.replace(HASH, '').trim())
        .join(range.joiner);
      return unit(i, 'title', { level: 1, hash: !!hash || !!hint?.heading, text, end: lines[range.end]!.n });
    }
    // A whole sentence set large or bold (`本年度报告摘要摘自年度报告全文，…。`) is emphasis, not a heading.
    if (hint?.heading && !(endsSentence(p) && p.length > MAX_CLAUSE_HEADING)) return unit(i, 'heading', { level: Math.max(2, hint.heading), hash: true });
    if (hash) return unit(i, 'heading', { level: hash[1]!.length, hash: true, text: line.text.replace(HASH, '') });
    if (titleIdx >= 0 && i < titleIdx && !endsSentence(p) && !parseCreditLine(p)) return unit(i, 'kicker');
    if (prev?.kind === 'title' && isSubtitleLine(p)) return unit(i, 'subtitle');
    if (AUTHOR_NOTE.test(p)) return unit(i, 'author-note');
    if (hint?.caption || STRONG_CAPTION.test(p)) return unit(i, 'caption');
    if ((BYLINE_ROLE.test(p) && p.length <= MAX_CAPTION && !endsSentence(p) && !parseDateline(p)) || BYLINE_CREDIT.test(p)) return unit(i, 'byline');
    if (nearEdge(i) && parseCreditLine(p) !== undefined) return unit(i, 'byline');
    // `塑造…优势` ⏎ `陈雁云` ⏎ a long paragraph: a signed piece. A name before a short line is a table cell.
    if (NAME_ONLY.test(p) && hasChineseSurname(p) && (prev?.kind === 'heading' || prev?.kind === 'title') && next !== undefined && endsSentence(next))
      return unit(i, 'byline');
    // `证券分析师` ⏎ `倪正洋`: a role on one line, the name on the next (research notes, reports).
    if (ROLE_ONLY.test(p) && next !== undefined && NAME_ONLY.test(next) && hasChineseSurname(next)) return unit(i, 'byline');
    if (NAME_ONLY.test(p) && hasChineseSurname(p) && prev?.kind === 'byline' && ROLE_ONLY.test(prev.text.trim())) return unit(i, 'byline');
    // The issuing body printed under a report's or bulletin's title (`深圳市统计局`, `宜春市统计局 国家统计局宜春调查队`).
    if ((prev?.kind === 'title' || prev?.kind === 'subtitle') && isIssuerLine(p)) return unit(i, 'byline');
    if (isNumberedHeading(p)) return unit(i, 'heading', { rank: numberingRank(p) });
    if (hint?.bold && p.length <= MAX_CLAUSE_HEADING && !endsSentence(p)) return unit(i, 'heading');
    // After a picture, a short line is its caption when another picture, a credit or the
    // end follows, or when it is one short sentence (`阳光大道一期全线贯通。`).
    if (line.gapBefore >= IMAGE_GAP && p.length <= MAX_CAPTION) {
      const nextIsPictureOrCredit = next === undefined || nextGap >= IMAGE_GAP || STRONG_CAPTION.test(next);
      if (nextIsPictureOrCredit || (p.endsWith('。') && p.length <= 20)) return unit(i, 'caption');
    }
    // Right under an unfinished line, with no blank line between, a short line goes on with
    // that sentence (a narrow column, a hard-wrapped PDF): it is not a heading.
    const continuesAbove = line.gapBefore === 0 && !hint?.block && prev?.kind === 'paragraph' && !prev.fixed && !isParagraphEnd(prev.text);
    if (isHeadingLike(p) && !continuesAbove) {
      // A label at the very end names nothing (a page-turn line such as `连线赣江新区`);
      // when it is all there is, it is the article's only content and stays.
      if (next === undefined && units.length > 0 && !hint?.block) {
        log.removal('stray', line.n, line.text);
        return;
      }
      // A very short label right under a plain heading is picture text, not a heading.
      if (prev?.kind === 'heading' && !prev.hash && p.length <= 6 && !hint?.block) {
        log.removal('stray', line.n, line.text);
        return;
      }
      // Alone in the text, a short line is its title.
      return next === undefined && units.length === 0 ? unit(i, 'title', { level: 1 }) : next === undefined ? unit(i, 'paragraph') : unit(i, 'heading');
    }
    if (isClauseHeading(line, p, prev, lines[i + 1], hardWrapped)) return unit(i, 'heading');
    return unit(i, 'paragraph');
  });
  return units;
}

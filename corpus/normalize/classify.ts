import { isParagraphEnd } from './chars';
import type { DiagnosticLog } from './diagnostics';
import { IMAGE_GAP, type CleanLine, type Unit } from './units';
import { normalizePhraseSpaces } from './whitespace';

/** Ends a sentence proper (not a lead-in dash or colon). */
const endsSentence = (s: string): boolean => isParagraphEnd(s) && !s.endsWith('——') && !s.endsWith('：');
const isSubtitleLine = (s: string): boolean => /^(?:——|-(?=\p{Script=Han}))/u.test(s);
const HASH = /^(#{1,6})\s*/;
/** Photo captions: `▲…`, `…摄`, `（… 摄）`, `（本文图片…提供）`. */
const STRONG_CAPTION = /^▲|摄[）)]?$|^[（(][^（）()]*(?:图片|照片)[^（）()]*(?:提供|摄)[）)]$/u;
const AUTHOR_NOTE = /^[（(]作者系.*[）)]$/u;
const BYLINE_ROLE = /记者|通讯员|实习生|特约撰稿/u;
const BYLINE_CREDIT = /(?:\/文|文\/图)(?=\s|$|[（(])/u;
const NAME_ONLY = /^\p{Script=Han}{2,3}$/u;
const MAX_HEADING = 25;
const MAX_CAPTION = 40;

/** A short line with no clause punctuation: it names what follows. */
export function isHeadingLike(s: string): boolean {
  return s.length <= MAX_HEADING && /\p{Script=Han}/u.test(s) && !/[，,、；;。！？!?：:]|——$/u.test(s);
}

function findTitle(lines: readonly string[]): number {
  const hashTitle = lines.findIndex((l) => /^#\s/.test(l));
  if (hashTitle >= 0) return hashTitle;
  // Without `#`, the title is the line a `——` subtitle hangs from, near the top.
  for (let i = 0; i + 1 < Math.min(lines.length, 6); i++) {
    if (isSubtitleLine(lines[i + 1]!) && isHeadingLike(lines[i]!.replace(/\s/g, ''))) return i;
  }
  return -1;
}

/**
 * Decides each line's block kind from its shape and neighbours (see the rules inline).
 * Stray lines (a label with nothing after it) are removed here and logged.
 */
export function classifyLines(lines: readonly CleanLine[], log: DiagnosticLog): Unit[] {
  const probes = lines.map((l) => normalizePhraseSpaces(l.text));
  const titleIdx = findTitle(probes);
  const units: Unit[] = [];
  const unit = (i: number, kind: Unit['kind'], extra: Partial<Unit> = {}): void => {
    const l = lines[i]!;
    units.push({ kind, text: l.text, start: l.n, end: l.n, gapBefore: l.gapBefore, ...extra });
  };
  probes.forEach((p, i) => {
    const line = lines[i]!;
    const next = probes[i + 1];
    const nextGap = lines[i + 1]?.gapBefore ?? 0;
    const prev = units[units.length - 1];
    const hash = HASH.exec(p);
    if (i === titleIdx) return unit(i, 'title', { level: 1, hash: !!hash, text: line.text.replace(HASH, '') });
    if (hash) return unit(i, 'heading', { level: hash[1]!.length, hash: true, text: line.text.replace(HASH, '') });
    if (titleIdx >= 0 && i < titleIdx && !endsSentence(p)) return unit(i, 'kicker');
    if (prev?.kind === 'title' && isSubtitleLine(p)) return unit(i, 'subtitle');
    if (AUTHOR_NOTE.test(p)) return unit(i, 'author-note');
    if (STRONG_CAPTION.test(p)) return unit(i, 'caption');
    if ((BYLINE_ROLE.test(p) && p.length <= MAX_CAPTION && !endsSentence(p)) || BYLINE_CREDIT.test(p)) return unit(i, 'byline');
    if (NAME_ONLY.test(p) && (prev?.kind === 'heading' || prev?.kind === 'title')) return unit(i, 'byline');
    // After a picture, a short line is its caption when another picture, a credit or the
    // end follows, or when it is one short sentence (`阳光大道一期全线贯通。`).
    if (line.gapBefore >= IMAGE_GAP && p.length <= MAX_CAPTION) {
      const nextIsPictureOrCredit = next === undefined || nextGap >= IMAGE_GAP || STRONG_CAPTION.test(next);
      if (nextIsPictureOrCredit || (p.endsWith('。') && p.length <= 20)) return unit(i, 'caption');
    }
    if (isHeadingLike(p)) {
      // A label at the very end names nothing (a page-turn line such as `连线赣江新区`);
      // when it is all there is, it is the article's only content and stays.
      if (next === undefined && units.length > 0) {
        log.removal('stray', line.n, line.text);
        return;
      }
      // A very short label right under a plain heading is picture text, not a heading.
      if (prev?.kind === 'heading' && !prev.hash && p.length <= 6) {
        log.removal('stray', line.n, line.text);
        return;
      }
      // Alone in the text, a short line is its title.
      return next === undefined ? unit(i, 'title', { level: 1 }) : unit(i, 'heading');
    }
    return unit(i, 'paragraph');
  });
  return units;
}

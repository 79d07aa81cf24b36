/**
 * Character classes shared by the cleaning steps. Chinese text mixes Han characters,
 * full-width punctuation and a few CJK symbols (㎡); "Chinese context" means any of them.
 */

const HAN = /\p{Script=Han}/u;
/** Full-width and CJK punctuation, quotes, dashes and CJK compatibility symbols (㎡). */
const CJK_PUNCT = /[\u3000-\u303F\uFF00-\uFF60\u2014\u2026\u2018\u2019\u201C\u201D\u00B7\u300A-\u300F\u3300-\u33FF]/u;

/** A Han character (the thing word counts and the "no character lost" property are about). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** Full-width / CJK punctuation or symbol. */
export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && CJK_PUNCT.test(ch);
}

/** Han or CJK punctuation: a neighbour that makes half-width punctuation "Chinese". */
export function isChineseContext(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

/** Quotes and brackets that may close a sentence after its final mark (。” or ！）). */
const CLOSERS = '”’」』）)》〉';
const SENTENCE_FINAL = '。！？!?…';

/**
 * True when a paragraph may end here: sentence-final punctuation (optionally followed by
 * closing quotes/brackets), or a lead-in dash `——` / colon `：` that introduces the next
 * paragraph (a common newspaper device, not a broken line).
 */
export function isParagraphEnd(text: string): boolean {
  let end = text.trimEnd();
  if (end.endsWith('——') || end.endsWith('：')) return true;
  while (end.length > 0 && CLOSERS.includes(end[end.length - 1]!)) end = end.slice(0, -1);
  const last = end[end.length - 1];
  return last !== undefined && SENTENCE_FINAL.includes(last);
}

/** Han characters and ASCII digits of a text, in order (what cleaning must never lose). */
export function hanAndDigits(text: string): string {
  return Array.from(text.matchAll(/[\p{Script=Han}0-9]/gu), (m) => m[0]).join('');
}

/** Number of Han characters. */
export function countHan(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length;
}

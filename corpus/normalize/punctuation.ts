import { isChineseContext, isHan } from './chars';

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** URLs keep their punctuation; mask them while converting. */
const URL = /\b(?:https?:\/\/|www\.)[^\s\u3000-\u303F\uFF00-\uFFEF“”]+/g;

/** The nearest non-space character before/after `i`. */
function neighbour(s: string, i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < s.length; j += step) if (s[j] !== ' ') return s[j];
  return undefined;
}

function withUrlsMasked(line: string, convert: (s: string) => string): string {
  const urls: string[] = [];
  // Private-use characters as placeholders: they never occur in articles.
  const masked = line.replace(URL, (u) => `\uE000${urls.push(u) - 1}\uE001`);
  return convert(masked).replace(/\uE000(\d+)\uE001/g, (_m, n: string) => urls[Number(n)] ?? '');
}

/**
 * Half-width `, ; : ? !` next to Chinese become full-width. Between two digits or two
 * Latin letters (`1,000`, `9:30`) and inside URLs they stay: that is numeric/Latin text.
 */
function convertMarks(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const full = ch in FULL_WIDTH && ch !== '(' && ch !== ')' ? FULL_WIDTH[ch] : undefined;
    if (full && (isChineseContext(neighbour(s, i, -1)) || isChineseContext(neighbour(s, i, 1)))) out += full;
    else out += ch;
  }
  return out;
}

/**
 * Pairs `(`…`)` and converts a pair when it touches Chinese inside or outside:
 * `总值(GDP)增速` → `总值（GDP）增速`, while `f(x)` stays. Unpaired brackets next to
 * Chinese are converted too. O(n) with a stack.
 */
function convertParens(s: string): string {
  const chars = Array.from(s);
  const stack: number[] = [];
  const pairs: [number, number][] = [];
  chars.forEach((ch, i) => {
    if (ch === '(' || ch === '（') stack.push(i);
    else if ((ch === ')' || ch === '）') && stack.length > 0) pairs.push([stack.pop()!, i]);
  });
  const paired = new Set(pairs.flat());
  // Look past spaces: they may be removed later, and the result must not depend on it.
  const chinese = (at: number, dir: 1 | -1): boolean => {
    let j = at + dir;
    while (chars[j] === ' ') j += dir;
    return isChineseContext(chars[j]);
  };
  for (const [open, close] of pairs) {
    if (chinese(open, -1) || chinese(open, 1) || chinese(close, -1) || chinese(close, 1)) {
      if (chars[open] === '(') chars[open] = '（';
      if (chars[close] === ')') chars[close] = '）';
    }
  }
  chars.forEach((ch, i) => {
    if ((ch === '(' || ch === ')') && !paired.has(i) && (chinese(i, -1) || chinese(i, 1))) chars[i] = FULL_WIDTH[ch]!;
  });
  return chars.join('');
}

/**
 * Straight quotes paired left to right; a pair around or next to Chinese becomes
 * `“…”` / `‘…’`. Apostrophes in Latin text (`don't`) have no Chinese inside and stay.
 */
function convertQuotes(s: string, straight: '"' | "'", open: string, close: string): string {
  const positions: number[] = [];
  for (let i = 0; i < s.length; i++) if (s[i] === straight) positions.push(i);
  if (positions.length < 2) return s;
  const chars = s.split('');
  for (let p = 0; p + 1 < positions.length; p += 2) {
    const a = positions[p]!;
    const b = positions[p + 1]!;
    const inner = s.slice(a + 1, b);
    if (/\p{Script=Han}/u.test(inner) || isHan(neighbour(s, a, -1)) || isHan(neighbour(s, b, 1))) {
      chars[a] = open;
      chars[b] = close;
    }
  }
  return chars.join('');
}

function onePass(s: string): string {
  const out = convertParens(convertMarks(s));
  return out.replace(/(?<=\p{Script=Han}|[“”])\.{3,}|\.{3,}(?=\p{Script=Han})/gu, '……');
}

/**
 * Half-width punctuation in Chinese context → full-width (see the helpers above). A mark
 * converted makes its neighbour Chinese context too (`;;经` → `；；经`), so passes repeat
 * until nothing changes: idempotent by construction. Conversions only go half → full, so
 * this ends; in practice after one or two passes.
 */
export function normalizePunctuation(line: string): string {
  return withUrlsMasked(line, (s) => {
    let prev = s;
    for (let next = onePass(prev); next !== prev; next = onePass(prev)) prev = next;
    return prev;
  });
}

/** Straight quotes in Chinese context → curly Chinese quotes. */
export function normalizeQuotes(line: string): string {
  return withUrlsMasked(line, (s) => convertQuotes(convertQuotes(s, '"', '“', '”'), "'", '‘', '’'));
}

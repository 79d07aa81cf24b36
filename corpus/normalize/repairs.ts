/**
 * OCR repairs on one line that change words, each reported by the caller: a Latin `and`
 * between Chinese words (machine-translated `和`) and a phrase printed twice in a row.
 */

/** `确权 and 标准` → `确权和标准`. */
export function replaceLatinConjunction(line: string): string {
  return line.replace(/(?<=\p{Script=Han})\s*\band\b\s*(?=\p{Script=Han})/gu, '和');
}

/** Shortest repeat we treat as an OCR doubling; shorter ones (`活跃跃`) may be real. */
const MIN_REPEAT = 6;
const MAX_REPEAT = 60;

/**
 * Finds a phrase immediately printed twice (`…核心技术与模式，已掌握多项核心技术与模式，已掌握多项…`)
 * and drops the second copy. Only repeats with at least four Han characters count.
 * O(n · MAX_REPEAT²) per line, fine for paragraph-sized lines.
 */
export function removeTandemRepeats(line: string): { readonly text: string; readonly removed: readonly string[] } {
  const removed: string[] = [];
  let s = line;
  let i = 0;
  while (i < s.length) {
    let found = 0;
    for (let len = Math.min(MAX_REPEAT, Math.floor((s.length - i) / 2)); len >= MIN_REPEAT; len--) {
      const unit = s.slice(i, i + len);
      // An enumeration repeats its items' words legitimately (`1名高级政务主任、1名政务主任、`): a
      // unit holding `、` is a list, not an OCR doubling.
      if (unit === s.slice(i + len, i + 2 * len) && (unit.match(/\p{Script=Han}/gu) ?? []).length >= 4 && !/[、\t]/.test(unit)) {
        found = len;
        break;
      }
    }
    if (found > 0) {
      removed.push(s.slice(i + found, i + 2 * found));
      s = s.slice(0, i + found) + s.slice(i + 2 * found);
    } else i++;
  }
  return { text: s, removed };
}

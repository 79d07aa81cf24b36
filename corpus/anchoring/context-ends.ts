/**
 * Where a short pattern (a stored prefix or suffix, ≤ 32 units) fits a span of text, with how
 * many edits, at every position at once: Myers' bit-parallel edit distance (J. ACM 46(3), 1999)
 * in one 32-bit word, O(span length). Used to find every place the stored context could stand,
 * so a candidate can be compared with the other places its context also fits.
 */

/** Longest pattern one machine word can hold. */
export const MAX_WORD_PATTERN = 32;

/** Pattern bit masks per UTF-16 unit, reused between calls (set and cleared per pattern: O(m)). */
let peqTable: Int32Array | undefined;

/**
 * Myers' scan of `text` one way: forward (`step` = 1) gives errors of the pattern ending at
 * each offset, backward (`step` = −1, pattern reversed) of it starting there. `out[k]` is the
 * value at offset `lo + k`.
 */
function scan(text: string, pattern: string, lo: number, hi: number, forward: boolean): Int32Array {
  const m = pattern.length;
  if (m > MAX_WORD_PATTERN) throw new RangeError(`context scan: pattern of ${m} units, at most ${MAX_WORD_PATTERN}`);
  const out = new Int32Array(Math.max(0, hi - lo + 1));
  if (hi < lo) return out;
  if (m === 0) return out;
  const peq = (peqTable ??= new Int32Array(65536));
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(forward ? i : m - 1 - i);
    peq[c] = (peq[c] ?? 0) | (1 << i);
  }
  const last = 1 << (m - 1);
  const mask = m === 32 ? -1 : (1 << m) - 1;
  let pv = mask;
  let mv = 0;
  let score = m;
  // Warm-up: an alignment costing ≤ m spans ≤ 2m units, so starting 2m away makes values exact.
  const begin = forward ? Math.max(0, lo - 2 * m) : Math.min(text.length, hi + 2 * m);
  const record = (offset: number): void => {
    if (offset >= lo && offset <= hi) out[offset - lo] = score;
  };
  record(begin);
  const steps = forward ? hi - begin : begin - lo;
  for (let k = 0; k < steps; k++) {
    const j = forward ? begin + k : begin - 1 - k;
    const eq = peq[text.charCodeAt(j)] ?? 0;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) ^ pv) | eq) & mask;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    // Row 0 is all zeros (the match may start anywhere): nothing is shifted in.
    ph = (ph << 1) & mask;
    mh = (mh << 1) & mask;
    pv = (mh | ~(xv | ph)) & mask;
    mv = ph & xv;
    record(forward ? j + 1 : j);
  }
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] = 0;
  return out;
}

/**
 * `errors[j - from]` = the fewest edits turning `pattern` into some substring of `text` that
 * ends exactly at offset j, for j in [from, to]. The substring may start anywhere (also before
 * `from`: the scan starts `2 · pattern.length` units earlier, so values at `from` are exact).
 *
 * @throws RangeError for a pattern longer than MAX_WORD_PATTERN (a programmer error)
 */
export function patternEndErrors(text: string, pattern: string, from: number, to: number): Int32Array {
  return scan(text, pattern, Math.max(0, from), Math.min(text.length, to), true);
}

/**
 * `errors[i - from]` = the fewest edits turning `pattern` into some substring of `text` that
 * starts exactly at offset i, for i in [from, to] (the mirror of `patternEndErrors`).
 */
export function patternStartErrors(text: string, pattern: string, from: number, to: number): Int32Array {
  return scan(text, pattern, Math.max(0, from), Math.min(text.length, to), false);
}

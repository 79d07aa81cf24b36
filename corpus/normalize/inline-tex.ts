/** Inline TeX (`$\beta$`) left by PDF/OCR conversion → the Unicode character. */

const SYMBOLS: Readonly<Record<string, string>> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
  times: '×',
  cdot: '·',
  pm: '±',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  approx: '≈',
  infty: '∞',
  degree: '°',
  circ: '°',
  to: '→',
  rightarrow: '→',
  '%': '%',
};
const SUPERSCRIPTS: Readonly<Record<string, string>> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** Converts the body of one `$…$` span, or returns undefined if it uses anything unknown. */
function texBody(body: string): string | undefined {
  // Without a command or superscript it is not a formula (`$5 and $6`).
  if (!/[\\^]/.test(body)) return undefined;
  let unknown = false;
  const out = body
    .trim()
    .replace(/\\([A-Za-z]+|%)\s*/g, (_m, name: string) => SYMBOLS[name] ?? ((unknown = true), ''))
    .replace(/\^\{?(\d)\}?/g, (_m, d: string) => SUPERSCRIPTS[d] ?? d)
    .replace(/[{}]/g, '');
  return unknown || /[\\^_$]/.test(out) ? undefined : out;
}

/**
 * Replaces `$…$` spans whose content we can express in Unicode. Spaces around the span
 * are dropped unless the neighbour is a Latin letter or digit (`铍 $\beta$ -葡聚糖` →
 * `铍β-葡聚糖`): OCR pads formulas with spaces that are not in the printed text.
 * Unknown commands are left as they are.
 */
export function replaceInlineTex(line: string): string {
  return line.replace(/(\s*)\$([^$\n]{1,40})\$(\s*)/g, (match, pre: string, body: string, post: string, at: number, all: string) => {
    const value = texBody(body);
    if (value === undefined) return match;
    const before = all[at - 1];
    const after = all[at + match.length];
    const keepPre = pre.length > 0 && before !== undefined && /[A-Za-z0-9]/.test(before);
    const keepPost = post.length > 0 && after !== undefined && /[A-Za-z0-9]/.test(after);
    return `${keepPre ? ' ' : ''}${value}${keepPost ? ' ' : ''}`;
  });
}

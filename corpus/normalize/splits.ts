import type { DiagnosticLog } from './diagnostics';
import type { Unit } from './units';

/** `…整治。（赣 轩）`: a brief's author signature after its last sentence. */
const SIGNATURE = /^(.*[。！？”…])\s*([（(]\s*(?:\p{Script=Han}{1,4}\s*){1,4}[）)])$/u;
/** `熊焕明 王 川/文 （图片由青山湖区融媒体中心提供）`: a photo credit after a byline. */
const TRAILING_CREDIT = /^(.*?)\s*([（(][^（）()]*(?:提供|摄)[）)])$/u;

/**
 * Splits a trailing signature off a paragraph into its own byline block, and a trailing
 * photo credit off a byline into a caption block: they are not part of the sentence, and
 * the reader styles them apart. Both halves keep the source line.
 */
export function splitSignatures(units: readonly Unit[], log: DiagnosticLog): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const pattern = u.kind === 'paragraph' ? SIGNATURE : u.kind === 'byline' ? TRAILING_CREDIT : undefined;
    const m = pattern?.exec(u.text);
    if (m && m[1] && m[2] && !/作者系/u.test(m[2])) {
      const kind = u.kind === 'paragraph' ? 'byline' : 'caption';
      log.change('split', u.start, u.text, `${m[1]} ⏎ ${m[2]}`);
      out.push({ ...u, text: m[1] }, { ...u, kind, text: m[2], gapBefore: 0 });
    } else out.push(u);
  }
  return out;
}

/**
 * Text-quality counts measured from the outside, independently of how the normalizer works:
 * what the clean text holds compared with what the source document holds.
 */
import { documentText, type SourceDocument } from '../../corpus/ingest';
import { articleText, type Article } from '../../corpus/model';
import type { ArticleDiagnostics } from '../../corpus/normalize';

export interface TextQuality {
  /** Letters and digits in the clean text beyond what the source has (target 0). */
  readonly invented: number;
  readonly inventedSample: string;
  /** Source lines found neither in the clean text nor among the listed removals (target 0). */
  readonly unlistedDropped: number;
  readonly droppedSample: readonly string[];
  /** Blocks that are editorial residue (editor, share, QR, URL, copyright lines) (target 0). */
  readonly residue: number;
  readonly residueSample: readonly string[];
  /** Sub-heads glued into a paragraph (target 0). */
  readonly mergedSubheads: number;
  readonly mergedSample: readonly string[];
}

const key = (s: string): string => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

function counts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of key(s)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

const RESIDUE =
  /^(?:[【[（(]?(?:责任编辑|责编|編輯|责任編輯)\s*[:：])|分享到|扫一扫|掃一掃|^https?:\/\/\S+$|^www\.\S+$|版权所有|ICP备|返回搜狐|打印本页|关闭窗口/u;
/** A numbered heading glued after unfinished text: `…发展一、总体要求`. */
const GLUED_NUMBERED = /[^。！？；：:\s”）)]\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])\S{2,20}(?:$|\s)/u;

const sample = <T>(xs: readonly T[]): T[] => xs.slice(0, 3);

export function measureTextQuality(doc: SourceDocument, article: Article, diagnostics: ArticleDiagnostics): TextQuality {
  const source = documentText(doc) + '\n' + doc.removed.map((r) => r.text).join('\n');
  const clean = articleText(article.blocks);
  const have = counts(source);
  let invented = 0;
  let inventedSample = '';
  for (const [ch, n] of counts(clean)) {
    const extra = n - (have.get(ch) ?? 0);
    if (extra > 0) {
      invented += extra;
      if (inventedSample.length < 20) inventedSample += ch;
    }
  }
  const cleanKey = key(clean);
  const removedKeys = diagnostics.entries.filter((e) => e.action === 'removal').map((e) => key(e.before));
  const dropped = doc.lines.filter((l) => {
    let k = key(l.text);
    if (!k || cleanKey.includes(k) || removedKeys.some((r) => r.includes(k))) return false;
    // A line partly removed (a trailing editor credit): what is left must be in the text.
    for (const r of removedKeys) if (r.length >= 4 && k.includes(r)) k = k.replace(r, '');
    if (!k || cleanKey.includes(k)) return false;
    return !removedKeys.some((r) => r.includes(k));
  });
  const residue = article.blocks.filter((b) => RESIDUE.test(b.text.trim()));
  const joins = diagnostics.entries.filter((e) => e.action === 'change' && e.kind === 'join').map((e) => e.before.split(' ⏎ ')[0] ?? '');
  // A sub-head is words: at least four Han characters, short, unfinished, no figures (a
  // table cell `本期 82,836,966.33` is not one), not starting with a particle (`的…` goes on
  // from the line above).
  const mergedJoins = joins.filter(
    (before) =>
      before.length <= 32 &&
      (before.match(/\p{Script=Han}/gu) ?? []).length >= 4 &&
      !/\d{3}/.test(before) &&
      !/^[的了和与及或等之而]/u.test(before) &&
      !/[。！？；，、：…@]/u.test(before),
  );
  const glued = article.blocks.filter((b) => b.kind === 'paragraph' && GLUED_NUMBERED.test(b.text));
  return {
    invented,
    inventedSample,
    unlistedDropped: dropped.length,
    droppedSample: sample(dropped.map((l) => l.text.slice(0, 60))),
    residue: residue.length,
    residueSample: sample(residue.map((b) => b.text.slice(0, 60))),
    mergedSubheads: mergedJoins.length + glued.length,
    mergedSample: sample([...mergedJoins, ...glued.map((b) => b.text.slice(0, 60))]),
  };
}

import type { Block } from '../model';
import { hanAndDigits, isParagraphEnd } from './chars';
import type { CleanCounts } from './diagnostics';

const RUNNING = new Set<Block['kind']>(['paragraph', 'author-note']);
const HALF_WIDTH_NEAR_HAN = /(?<=\p{Script=Han})[,;:?!()]|[,;:?!()](?=\p{Script=Han})/gu;
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;
const HASH_LINE = /^\s*#{1,6}\s*(.+)$/;

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

/**
 * The quality counts, measured independently of how the pipeline works: on the
 * clean blocks, and for `#` headings by comparing Han/digits of each source `#` line with
 * the title/heading blocks.
 */
export function measureCounts(blocks: readonly Block[], original: string): CleanCounts {
  const headings = new Set(blocks.filter((b) => b.kind === 'heading' || b.kind === 'title').map((b) => hanAndDigits(b.text)));
  const hashLines = original.split(/\r\n|\r|\n/).flatMap((l) => {
    const m = HASH_LINE.exec(l);
    return m ? [hanAndDigits(m[1]!)] : [];
  });
  return {
    halfWidthNearHan: blocks.reduce((n, b) => n + count(b.text, HALF_WIDTH_NEAR_HAN), 0),
    spacesBetweenHan: blocks.filter((b) => RUNNING.has(b.kind)).reduce((n, b) => n + count(b.text, SPACE_BETWEEN_HAN), 0),
    keptPhraseSpaces: blocks.filter((b) => !RUNNING.has(b.kind)).reduce((n, b) => n + count(b.text, SPACE_BETWEEN_HAN), 0),
    unterminatedParagraphs: blocks.filter((b) => b.kind === 'paragraph' && !b.cut && !isParagraphEnd(b.text)).length,
    sourceHashHeadings: hashLines.length,
    hashHeadingsPresent: hashLines.filter((h) => headings.has(h)).length,
  };
}

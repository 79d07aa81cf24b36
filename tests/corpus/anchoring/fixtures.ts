import { readFileSync } from 'node:fs';
import { contentHash } from '../../../corpus/model';
import { describeRange, type AnchorTarget } from '../../../corpus/anchoring';

/** A frozen seed article as clean text (one block per line), see tests/fixtures/anchoring/README.md. */
export function seedText(n: 0 | 1 | 2 | 3 | 4): string {
  const url = new URL(`../../fixtures/anchoring/seed-00${n}.txt`, import.meta.url);
  return readFileSync(url, 'utf8').replace(/\n$/, '');
}

/** All five seeds joined as blocks, cut at the first block end past `minLength` units. */
export function longText(minLength: number): string {
  const blocks = ([0, 1, 2, 3, 4] as const).flatMap((n) => seedText(n).split('\n'));
  const kept: string[] = [];
  let length = 0;
  for (const block of blocks) {
    if (length >= minLength) break;
    kept.push(block);
    length += block.length + 1;
  }
  return kept.join('\n');
}

/** Offset of the `nth` (0-based) occurrence of `needle`; throws when missing so a broken fixture row fails loudly. */
export function indexOfNth(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`fixture: occurrence ${nth} of ${JSON.stringify(needle)} not found`);
  }
  return at;
}

/** The target an annotation on [start, end) of `text` would store. */
export function targetAt(text: string, start: number, end: number): AnchorTarget {
  const { quote, position } = describeRange(text, start, end);
  return { contentHash: contentHash(text), selector: [quote, position] };
}

/** The target for the `nth` occurrence of `needle` in `text`. */
export function targetFor(text: string, needle: string, nth = 0): AnchorTarget {
  const start = indexOfNth(text, needle, nth);
  return targetAt(text, start, start + needle.length);
}

/** Replace the `nth` occurrence of `needle` by `replacement`. */
export function replaceNth(text: string, needle: string, replacement: string, nth = 0): string {
  const at = indexOfNth(text, needle, nth);
  return text.slice(0, at) + replacement + text.slice(at + needle.length);
}

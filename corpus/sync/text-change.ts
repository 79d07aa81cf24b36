import type * as Y from 'yjs';

/**
 * Turns `ytext` (holding `from`) into `to` with one delete and one insert around the common
 * prefix and suffix, instead of replacing the whole text: two laptops editing different parts
 * of one note offline then merge as text, each keeping the other's words. Never splits a
 * surrogate pair.
 */
export function applyTextChange(ytext: Y.Text, from: string, to: string): void {
  if (from === to) return;
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  // Keep both cuts off the middle of a surrogate pair.
  if (start > 0 && isHighSurrogate(from.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(from.charCodeAt(from.length - end))) end--;
  const removed = from.length - start - end;
  if (removed > 0) ytext.delete(start, removed);
  const inserted = to.slice(start, to.length - end);
  if (inserted.length > 0) ytext.insert(start, inserted);
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

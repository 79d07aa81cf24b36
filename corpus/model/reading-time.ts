/** Chinese readers average roughly 400 characters a minute for expository text. */
export const CHARS_PER_MINUTE = 400;

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / CHARS_PER_MINUTE));
}

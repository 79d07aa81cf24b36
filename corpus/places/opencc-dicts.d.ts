/**
 * opencc-js ships its dictionaries as plain modules (`export default "繁 简|…"`) under a
 * wildcard export without type declarations; this types them for the corpus layer, which
 * reads the character tables directly (no converter, no phrase tables).
 */
declare module 'opencc-js/dict/*' {
  /** `source target[ target…]` pairs separated by `|`. */
  const dictionary: string;
  export default dictionary;
}

/**
 * The WHATWG TextDecoder exists in Node and browsers, but corpus/ compiles without DOM
 * types. A global `declare` would clash with lib.dom in the projects that include both,
 * so we describe the small part we use and read it from globalThis.
 */

/** The subset of TextDecoder the decoder uses. */
export interface TextDecoderLike {
  decode(input: Uint8Array): string;
}

type TextDecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

/** A strict (fatal) decoder for `label`; throws RangeError if the runtime lacks the encoding. */
export function strictDecoder(label: string): TextDecoderLike {
  const Ctor = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;
  return new Ctor(label, { fatal: true, ignoreBOM: true });
}

import type lunr from 'lunr';
import { indexTokens } from './tokenizer';

/** Label under which the n-gram pipeline function is registered (stored in lunr indexes). */
export const PIZHU_NGRAM_LABEL = 'pizhu-ngrams';

type Lunr = typeof lunr;

const registered = new WeakSet<object>();

/**
 * Registers the Pizhu n-gram pipeline function with this lunr instance. Idempotent; call it
 * before building or loading a lunr index (a serialized index names the function by label).
 * Returns the function so builders can add it.
 */
export function registerPizhuPipeline(lunrInstance: Lunr): lunr.PipelineFunction {
  const existing = (lunrInstance.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction | undefined> }).registeredFunctions[
    PIZHU_NGRAM_LABEL
  ];
  if (existing && registered.has(lunrInstance)) return existing;
  // The text was NFKC-normalized before it reached lunr and split on whitespace by
  // `whitespaceTokenizer`; this expands each chunk into our n-grams.
  const ngrams: lunr.PipelineFunction = (token) => indexTokens(token.toString()).map((t) => token.clone(() => t));
  if (!existing) lunrInstance.Pipeline.registerFunction(ngrams, PIZHU_NGRAM_LABEL);
  registered.add(lunrInstance);
  return existing ?? ngrams;
}

/**
 * Configures a lunr builder for Pizhu: no English stemmer or stop words (they would drop or
 * alter Chinese and Latin n-grams), the n-gram function at index time, and an empty search
 * pipeline because queries arrive already tokenized.
 */
export function usePizhuPipeline(lunrInstance: Lunr, builder: lunr.Builder): void {
  const ngrams = registerPizhuPipeline(lunrInstance);
  // lunr's own tokenizer also splits on hyphens, which would lose bigrams such as `a-`.
  const whitespaceTokenizer = (obj?: unknown): lunr.Token[] =>
    String(obj ?? '')
      .split(/\s+/u)
      .filter(Boolean)
      .map((chunk) => new lunrInstance.Token(chunk, {}));
  builder.tokenizer = Object.assign(whitespaceTokenizer, { separator: /\s+/u }) as typeof lunr.tokenizer;
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.pipeline.add(ngrams);
}

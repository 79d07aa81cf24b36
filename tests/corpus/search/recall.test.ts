/**
 * Issue 6's recall requirement: every sampled substring of a seed's clean text finds its
 * article (100%), with the shipped engine and with lunr on the same tokenizer. lunr.zh alone
 * (word segmentation) is measured on the same sample for the design note; its exact figure
 * depends on the segmenter available, so only its shortfall is asserted.
 */
import { describe, expect, it } from 'vitest';
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import zh from 'lunr-languages/lunr.zh';
import { loadBundledArticles } from '../../../build/corpus-files';
import { buildIndex, normalizeForSearch, search, searchDocFromArticle, NGRAM_ENGINE, type SearchEngine } from '../../../corpus/search';
import { LUNR_ENGINE } from '../../../corpus/search/lunr-engine';
import { FLEXSEARCH_ENGINE } from '../../../build/bench/flexsearch-engine';
import { seededRandom } from '../../../build/bench/seeded-random';

const articles = loadBundledArticles().map((o) => o.article);
const docs = articles.map(searchDocFromArticle);

/** Substrings a reader could type: 2–8 chars, no whitespace, some letter or digit, not starting with query syntax. */
function sampleQueries(count: number, seed: number): { query: string; articleId: string }[] {
  const random = seededRandom(seed);
  const out: { query: string; articleId: string }[] = [];
  while (out.length < count) {
    const article = articles[Math.floor(random() * articles.length)]!;
    const block = article.blocks[Math.floor(random() * article.blocks.length)]!;
    const length = 2 + Math.floor(random() * 7);
    if (block.text.length < length) continue;
    const start = Math.floor(random() * (block.text.length - length + 1));
    const query = block.text.slice(start, start + length);
    if (/\s/u.test(query) || !/[\p{L}\p{N}]/u.test(query) || /^[-"]/.test(query)) continue;
    out.push({ query, articleId: article.id });
  }
  return out;
}

const FIXED = ['1188', '10.8%', 'GDP', 'AI', '5G'];
const SAMPLE = sampleQueries(600, 20240601);

describe('recall on the seed articles', () => {
  it('the fixed terms occur in the seeds', () => {
    for (const q of FIXED)
      expect(
        articles.some((a) => a.blocks.some((b) => b.text.includes(q))),
        q,
      ).toBe(true);
  });

  it.each<[string, SearchEngine]>([NGRAM_ENGINE, LUNR_ENGINE, FLEXSEARCH_ENGINE].map((e) => [e.name, e]))(
    '%s engine: every sampled substring and fixed term finds every article containing it, and only those',
    (name, engine) => {
      const index = buildIndex(docs, { engine });
      const misses: string[] = [];
      const queries = [...SAMPLE.map((s) => s.query), ...FIXED];
      for (const query of queries) {
        // Verbatim articles must be found (recall); NFKC-equal ones may be (`，` matches `,`); nothing else.
        const verbatim = articles.filter((a) => a.blocks.some((b) => b.text.includes(query))).map((a) => a.id);
        const folded = normalizeForSearch(query);
        const allowed = articles.filter((a) => a.blocks.some((b) => normalizeForSearch(b.text).includes(folded))).map((a) => a.id);
        const found = search(index, query, { limit: articles.length }).map((h) => h.articleId);
        if (verbatim.some((id) => !found.includes(id)) || found.some((id) => !allowed.includes(id))) misses.push(query);
      }
      console.info(`[recall] ${name}: ${queries.length - misses.length}/${queries.length}`);
      expect(misses).toEqual([]);
    },
  );

  it('lunr.zh alone (for the design note)', () => {
    stemmerSupport(lunr);
    zh(lunr);
    const zhIndex = lunr(function () {
      this.use((lunr as unknown as { zh: lunr.Builder.Plugin }).zh);
      this.ref('id');
      this.field('text');
      for (const a of articles) this.add({ id: a.id, text: a.blocks.map((b) => b.text).join('\n') });
    });
    const tokenize = (lunr as unknown as { zh: { tokenizer: (s: string) => lunr.Token[] } }).zh.tokenizer;
    const queries = [...SAMPLE, ...FIXED.map((q) => ({ query: q, articleId: articles.find((a) => a.blocks.some((b) => b.text.includes(q)))!.id }))];
    let plain = 0;
    let tokenized = 0;
    for (const { query, articleId } of queries) {
      try {
        if (zhIndex.search(query).some((r) => r.ref === articleId)) plain++;
      } catch {
        // lunr's query parser rejects some inputs (e.g. `:`); counts as a miss.
      }
      const terms = tokenize(query).map((t) => t.toString());
      const hits = zhIndex.query((q) => terms.forEach((t) => q.term(t, { presence: lunr.Query.presence.REQUIRED })));
      if (terms.length && hits.some((r) => r.ref === articleId)) tokenized++;
    }
    const pct = (n: number): string => `${((100 * n) / queries.length).toFixed(1)}%`;
    console.info(
      `[recall] lunr.zh idx.search(q): ${plain}/${queries.length} (${pct(plain)}); lunr.zh tokenized, all terms required: ${tokenized}/${queries.length} (${pct(tokenized)})`,
    );
    expect(queries.length).toBeGreaterThanOrEqual(500);
    // The design decision rests on this: word segmentation misses substrings that cross its
    // word boundaries (whatever segmenter is installed), where the n-gram engine finds them all.
    expect(plain).toBeLessThan(queries.length);
    expect(tokenized).toBeLessThan(queries.length);
  });
});

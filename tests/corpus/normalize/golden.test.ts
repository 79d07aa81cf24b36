/**
 * Golden files: the reviewed clean model of each seed (blocks with kinds, metadata,
 * diagnostics) in tests/fixtures/golden/<id>.json. After an intended pipeline change,
 * re-bless with `UPDATE_GOLDEN=1 npx vitest run --project node tests/corpus/normalize/golden`
 * and review the diff (and `npm run corpus:report -- --blocks`) before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, loadBundledArticles } from '../../../build/corpus-files';
import type { NormalizeOutput } from '../../../corpus/normalize';

const GOLDEN_DIR = join(ROOT, 'tests', 'fixtures', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

/** What the golden file holds: everything but the original text (the seed file itself). */
function goldenOf({ article, diagnostics }: NormalizeOutput): unknown {
  // `removed` repeats the removal entries of `diagnostics`, which the golden holds.
  const { original: _original, removed: _removed, ...rest } = article;
  return { ...rest, diagnostics };
}

describe('golden seeds', () => {
  const outputs = loadBundledArticles();
  it.each(outputs.map((o) => [o.article.id, o] as const))('%s matches its golden file', (id, o) => {
    const file = join(GOLDEN_DIR, `${id}.json`);
    const actual = goldenOf(o);
    if (update) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(existsSync(file), `${file} missing: run with UPDATE_GOLDEN=1 and review`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

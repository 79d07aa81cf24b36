import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadBundledArticles } from '../../../build/corpus-files';
import { backupChecksum, formatImportError, formatPath, parseAnnotationImport, parseBackup, serializeBackup, type BackupData } from '../../../corpus/backup';
import { toAnnotationCollection } from '../../../corpus/export/w3c';
import { makeAnnotation, makeArticle, makeArticleNote } from '../export/fixtures';

const CREATED = '2025-03-01T09:30:00.000Z';

function sampleData(): BackupData {
  const article = makeArticle(
    'imported-1',
    [
      ['heading', '导入文章'],
      ['paragraph', '扩大内需，稳定就业。'],
      ['paragraph', '科技创新引领产业升级。'],
    ],
    { source: '新华社', date: '2025-01-01', year: 2025 },
  );
  return {
    annotations: [
      makeAnnotation(article, 'a1', 5, 9, { color: 'blue', note: '内需', tags: ['宏观'] }),
      makeAnnotation(article, 'a2', 16, 20, { color: 'purple' }),
    ],
    articleNotes: [makeArticleNote(article.id, 'n1', '全文看法', ['总结'])],
    importedArticles: [article],
    settings: { theme: 'sepia', fontSize: 18, colorNames: { yellow: '重点' }, showParaNumbers: true, recent: ['a', null] },
    readingPositions: [{ articleId: article.id, blockId: 'b12', progress: 0.25, updated: CREATED }],
  };
}

const errorsOf = (text: string): string[] => {
  const result = parseBackup(text);
  expect(result.ok).toBe(false);
  // All or nothing: a rejected file yields errors only, never partial data.
  expect(result).not.toHaveProperty('value');
  return result.ok ? [] : result.error.map(formatImportError);
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A backup whose data was edited, with the checksum recomputed (so the schema must catch it). */
function resealed(edit: (data: Json & Record<string, Json>) => void): string {
  const file = JSON.parse(serializeBackup(sampleData(), CREATED, '0.1.0')) as { data: Json & Record<string, Json>; checksum: string };
  edit(file.data);
  file.checksum = backupChecksum(file.data);
  return JSON.stringify(file, null, 2);
}

describe('serializeBackup / parseBackup', () => {
  it('round-trips hand-made and real records exactly', () => {
    const real = loadBundledArticles()
      .map((o) => o.article)
      .slice(0, 2);
    const data: BackupData = { ...sampleData(), importedArticles: [...sampleData().importedArticles, ...real] };
    const text = serializeBackup(data, CREATED, '0.1.0');
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.data).toEqual(data);
    expect(result.value).toMatchObject({ format: 'pizhu-backup', version: 2, createdAt: CREATED, app: { version: '0.1.0' } });
    expect(result.value.checksum).toBe(backupChecksum(data));
  });

  it('checksums the data whatever its key order', () => {
    expect(backupChecksum({ a: 1, b: [{ y: 2, x: 1 }] })).toBe(backupChecksum({ b: [{ x: 1, y: 2 }], a: 1 }));
    expect(backupChecksum({ a: 1 })).not.toBe(backupChecksum({ a: 2 }));
  });

  const good = serializeBackup(sampleData(), CREATED, '0.1.0');
  const withEnvelope = (edit: (file: Record<string, unknown>) => void): string => {
    const file = JSON.parse(good) as Record<string, unknown>;
    edit(file);
    return JSON.stringify(file, null, 2);
  };

  it.each([
    ['empty file', '  \n', 'the file is empty'],
    ['truncated file', good.slice(0, Math.floor(good.length / 2)), 'the file is truncated: the JSON ends before it is complete'],
    ['syntax error with position', '{\n  "format": "pizhu-backup",\n  oops\n}', /^not valid JSON at line 3, column 3: /],
    ['array root', '[]', 'expected a JSON object (a Pizhu backup)'],
    ['no format marker', '{"version":1}', 'format: missing: this is not a Pizhu backup (expected "pizhu-backup")'],
    [
      'wrong format marker',
      withEnvelope((f) => {
        f.format = 'other-app';
      }),
      'format: expected "pizhu-backup", got "other-app"',
    ],
    [
      'future version',
      withEnvelope((f) => {
        f.version = 3;
      }),
      'version: version 3 was written by a newer Pizhu; this one reads version 2: update Pizhu to import it',
    ],
    [
      'version zero',
      withEnvelope((f) => {
        f.version = 0;
      }),
      'version: expected 2, got 0',
    ],
    [
      'missing checksum',
      withEnvelope((f) => {
        delete f.checksum;
      }),
      'checksum: expected string',
    ],
    [
      'bad createdAt',
      withEnvelope((f) => {
        f.createdAt = 'now';
      }),
      'createdAt: expected an ISO date-time (e.g. 2025-03-01T09:30:00.000Z)',
    ],
    ['edited data', good.replace('全文看法', '全文看法（改）'), 'checksum: does not match the data: the file was edited or damaged after it was written'],
    [
      'one bad record',
      resealed((d) => {
        ((d.annotations as Json[])[1] as Record<string, Json>).color = 'red';
      }),
      'data.annotations[1].color: expected "yellow" | "green" | "blue" | "pink" | "purple"',
    ],
    [
      'quote not a string',
      resealed((d) => {
        (((((d.annotations as Json[])[0] as Record<string, Json>).target as Record<string, Json>).selector as Json[])[0] as Record<string, Json>).exact = 12;
      }),
      'data.annotations[0].target.selector[0].exact: expected string',
    ],
    [
      'end before start',
      resealed((d) => {
        (((((d.annotations as Json[])[0] as Record<string, Json>).target as Record<string, Json>).selector as Json[])[1] as Record<string, Json>).end = 1;
      }),
      'data.annotations[0].target.selector[1].end: expected end ≥ start (5)',
    ],
    [
      'duplicate annotation id',
      resealed((d) => {
        ((d.annotations as Json[])[1] as Record<string, Json>).id = 'a1';
      }),
      'data.annotations[1].id: duplicate id "a1" (first at data.annotations[0])',
    ],
    [
      'tampered article text',
      resealed((d) => {
        ((((d.importedArticles as Json[])[0] as Record<string, Json>).blocks as Json[])[1] as Record<string, Json>).text = '改过的文字';
      }),
      'data.importedArticles[0].contentHash: does not match the hash of the article text',
    ],
    [
      'reading position progress',
      resealed((d) => {
        ((d.readingPositions as Json[])[0] as Record<string, Json>).progress = -3;
      }),
      'data.readingPositions[0].progress: expected a number ≥ 0',
    ],
    [
      'settings not JSON object',
      resealed((d) => {
        d.settings = [1];
      }),
      'data.settings: expected record',
    ],
  ])('rejects %s', (_name, text, expected) => {
    const errors = errorsOf(text);
    if (typeof expected === 'string') expect(errors).toContain(expected);
    else expect(errors.some((e) => expected.test(e))).toBe(true);
  });

  it('rejects generated malformed files, each with an error naming the broken field', () => {
    const base = JSON.parse(serializeBackup(sampleData(), CREATED, '0.1.0')) as { data: Json };
    const OPTIONAL = new Set(['level', 'para', 'subtitle', 'kicker', 'year', 'date']);
    const leaves: { path: (string | number)[]; value: Json; removable: boolean }[] = [];
    const walk = (value: Json, path: (string | number)[]): void => {
      const key = path[path.length - 1];
      const optional = typeof key === 'string' && (OPTIONAL.has(key) || (key === 'source' && path[path.length - 2] === 'meta'));
      leaves.push({ path, value, removable: typeof key === 'string' && !optional });
      if (path[1] === 'settings') return; // settings may hold any JSON: nothing below is malformed
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    for (const [k, v] of Object.entries(base.data as Record<string, Json>)) walk(v, ['data', k]);

    const wrongFor = (value: Json): Json[] => {
      const all: Json[] = ['x', 7, -1.5, true, null, [], { k: 1 }];
      const kind = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
      return all.filter((w) => kind(w) !== kind(value));
    };
    const mutation = fc.record({ leaf: fc.constantFrom(...leaves), pick: fc.nat(), remove: fc.boolean() }).map(({ leaf, pick, remove }) => {
      const file = structuredClone(base) as unknown as Record<string, Json>;
      const parent = leaf.path.slice(0, -1).reduce<Json>((node, k) => (node as Record<string | number, Json>)[k]!, file);
      const key = leaf.path[leaf.path.length - 1]!;
      if (remove && leaf.removable) delete (parent as Record<string, Json>)[key];
      else {
        const options = wrongFor(leaf.value);
        (parent as Record<string | number, Json>)[key] = options[pick % options.length]!;
      }
      file.checksum = backupChecksum(file.data);
      return { text: JSON.stringify(file), path: formatPath(leaf.path) };
    });
    fc.assert(
      fc.property(mutation, ({ text, path }) => {
        const result = parseBackup(text);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.map((e) => e.path)).toContain(path);
        for (const e of result.error) expect(formatImportError(e)).toMatch(/\S/);
      }),
      { seed: 20250301, numRuns: 1000 },
    );
  }, 60_000);

  it('rejects generated truncations and corruptions of a valid file', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length - 2 }), fc.boolean(), (cut, truncate) => {
        const text = truncate ? good.slice(0, cut) : `${good.slice(0, cut)}}${good.slice(cut + 1)}`;
        fc.pre(text !== good);
        const result = parseBackup(text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('parseAnnotationImport', () => {
  const data = sampleData();

  it('recognises a backup', () => {
    const result = parseAnnotationImport(serializeBackup(data, CREATED, '0.1.0'));
    expect(result.ok && result.value.kind).toBe('backup');
  });

  it('recognises a W3C AnnotationCollection', () => {
    const result = parseAnnotationImport(JSON.stringify(toAnnotationCollection(data.annotations)));
    expect(result).toEqual({ ok: true, value: { kind: 'w3c', annotations: data.annotations } });
  });

  it.each([
    ['unknown JSON', '{"hello":1}', 'not a Pizhu backup ("format": "pizhu-backup") or a W3C AnnotationCollection ("type": "AnnotationCollection")'],
    ['bad collection item', JSON.stringify({ type: 'AnnotationCollection', items: [{}] }), 'items[0].id: expected string'],
    [
      'bad backup',
      '{"format":"pizhu-backup","version":3}',
      'version: version 3 was written by a newer Pizhu; this one reads version 2: update Pizhu to import it',
    ],
    ['not JSON', 'hello', /^not valid JSON\b.*hello/],
  ])('rejects %s', (_name, text, expected) => {
    const result = parseAnnotationImport(text);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.error.map(formatImportError);
    if (typeof expected === 'string') expect(errors).toContain(expected);
    else expect(errors.some((e) => expected.test(e))).toBe(true);
  });
});

describe('metadata corrections in a backup', () => {
  const correction = { articleId: 'imported-1', fileName: '报告.txt', fields: { title: '改正的标题', source: '', places: ['九江市'] }, modified: CREATED };
  const withCorrections = (): BackupData => ({ ...sampleData(), metaCorrections: [correction] });

  it('round-trip with exactly the fields the user set', () => {
    const parsed = parseBackup(serializeBackup(withCorrections(), CREATED, '0.1.0'));
    expect(parsed.ok && parsed.value.data.metaCorrections).toEqual([correction]);
  });

  it('a backup from before corrections existed still reads, as having none', () => {
    const parsed = parseBackup(serializeBackup(sampleData(), CREATED, '0.1.0'));
    expect(parsed.ok && parsed.value.data).not.toHaveProperty('metaCorrections');
  });

  const corrected = (edit: (c: Record<string, Json>, all: Json[]) => void) =>
    resealed((d) => {
      const all: Json[] = [{ ...correction, fields: { ...correction.fields } }];
      d.metaCorrections = all;
      edit(all[0] as Record<string, Json>, all);
    });

  it.each([
    [
      'an impossible date',
      corrected((c) => {
        (c.fields as Record<string, Json>).date = '2025-02-30';
      }),
      'data.metaCorrections[0].fields.date: expected a real calendar date',
    ],
    [
      'an empty title',
      corrected((c) => {
        (c.fields as Record<string, Json>).title = '';
      }),
      'data.metaCorrections[0].fields.title: expected a non-empty title',
    ],
    [
      'authors not a list',
      corrected((c) => {
        (c.fields as Record<string, Json>).authors = '王明';
      }),
      /^data\.metaCorrections\[0\]\.fields\.authors: expected array/,
    ],
    [
      'two corrections of one article',
      corrected((_c, all) => {
        all.push({ ...correction, fields: { title: '另一个' } });
      }),
      'data.metaCorrections[1].articleId: duplicate article "imported-1" (first at [0])',
    ],
  ])('refuses %s, naming the field', (_name, text, expected) => {
    const errors = errorsOf(text);
    if (typeof expected === 'string') expect(errors).toContain(expected);
    else expect(errors.some((e) => expected.test(e))).toBe(true);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '../../../renderer/ui/i18n';
import { en } from '../../../renderer/ui/i18n/en';
import { zhCN } from '../../../renderer/ui/i18n/zh-CN';

const RENDERER = join(import.meta.dirname, '../../../renderer');
const catalogs = { 'zh-CN': zhCN as Record<string, string>, en: en as Record<string, string> };
/** Parameter names a message uses, as `{name}` or in a plural choice `{name|one|other}`. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]))].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * The first argument of every `t(…)` call, as source text: read up to the `,` or `)` that
 * closes it at bracket depth 0, skipping over string literals. A static scan (no TypeScript
 * program), which is enough for the call shapes the app uses: `t('a.b')`, `t(x ? 'a' : 'b')`,
 * `` t(`color.${c}`) ``; calls with a variable (`t(group.title)`) are type-checked instead.
 */
function firstArguments(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?<![\w.$])t\(/g)) {
    let depth = 0;
    let quote: string | undefined;
    let i = match.index + 2;
    for (; i < source.length; i++) {
      const c = source[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"' || c === '`') quote = c;
      else if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
    }
    found.push(source.slice(match.index + 2, i));
  }
  return found;
}

/** Keys a `t(…)` argument can name: quoted strings as they are, template literals as patterns. */
function keyPatterns(argument: string): { text: string; pattern: RegExp }[] {
  return [...argument.matchAll(/'([^']*)'|"([^"]*)"|`([^`]*)`/g)].map((m) => {
    const text = m[1] ?? m[2] ?? m[3]!;
    const pattern = new RegExp(
      `^${text
        .split(/\$\{[^}]*\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\w-]+')}$`,
    );
    return { text, pattern };
  });
}

describe('message catalogs', () => {
  const zhKeys = Object.keys(zhCN).sort();
  const enKeys = Object.keys(en).sort();

  it('zh-CN and en have exactly the same keys', () => {
    expect(
      enKeys.filter((k) => !zhKeys.includes(k)),
      'in en only',
    ).toEqual([]);
    expect(
      zhKeys.filter((k) => !enKeys.includes(k)),
      'in zh-CN only',
    ).toEqual([]);
    expect(zhKeys.length).toBeGreaterThan(200);
  });

  it.each(Object.entries(catalogs))('%s has no empty or whitespace-only strings', (_lang, catalog) => {
    expect(
      Object.entries(catalog)
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => key),
    ).toEqual([]);
  });

  it('every key has the same {placeholders} in both languages', () => {
    const mismatched = zhKeys
      .filter((key) => JSON.stringify(placeholders(zhCN[key as keyof typeof zhCN])) !== JSON.stringify(placeholders(en[key as keyof typeof en])))
      .map((key) => `${key}: zh-CN ${placeholders(zhCN[key as keyof typeof zhCN]).join(',')} · en ${placeholders(en[key as keyof typeof en]).join(',')}`);
    expect(mismatched).toEqual([]);
  });

  it('every t(…) key used in renderer/ is in the catalog', () => {
    const files = sourceFiles(RENDERER).filter((f) => !f.includes(`${join('app', 'i18n')}`));
    const missing: string[] = [];
    let checked = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const argument of firstArguments(source)) {
        for (const { text, pattern } of keyPatterns(argument)) {
          checked++;
          if (!zhKeys.some((key) => pattern.test(key))) missing.push(`${relative(RENDERER, file)}: ${text}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked, 'the scan found the t() calls').toBeGreaterThan(250);
  });

  it.each([
    ['a plain key', "t('nav.library')", ['nav.library']],
    ['a key with params', "t('library.count', { count: n })", ['library.count']],
    ['a ternary', "t(done ? 'figures.highlighted' : 'figures.highlight', { name })", ['figures.highlighted', 'figures.highlight']],
    ['a template', 't(`color.${color}`)', ['color.${color}']],
    ['not a t call', "format('x.y'); at('a.b'); this.t('c.d')", []],
  ])('the scan reads %s', (_name, source, keys) => {
    expect(firstArguments(source).flatMap((a) => keyPatterns(a).map((k) => k.text))).toEqual(keys);
  });
});

describe('message formatting', () => {
  it.each<[string, 'zh-CN' | 'en', string, Record<string, string | number>, string]>([
    ['English singular', 'en', '{count} {count|note|notes}', { count: 1 }, '1 note'],
    ['English plural', 'en', '{count} {count|note|notes}', { count: 3 }, '3 notes'],
    ['English zero is plural', 'en', '{count} {count|note|notes}', { count: 0 }, '0 notes'],
    ['thousands grouped', 'en', '{count} {count|annotation|annotations}', { count: 5000 }, '5,000 annotations'],
    ['Chinese has one form', 'zh-CN', '{count} 条批注', { count: 1 }, '1 条批注'],
    ['a missing parameter stays visible', 'en', '{count|a|b} {name}', {}, '{count|a|b} {name}'],
    ['a template without placeholders is itself', 'zh-CN', '导入文章', { count: 3 }, '导入文章'],
    ['numbers below 1,000 and decimals', 'en', '{a}, {b}, {c}, {d}', { a: 999, b: -12, c: 1.5, d: 1000 }, '999, -12, 1.5, 1,000'],
    ['Chinese groups thousands too', 'zh-CN', '{count} 条批注', { count: 12345 }, '12,345 条批注'],
  ])('%s', (_name, lang, template, params, expected) => {
    expect(format(lang, template, params)).toBe(expected);
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const config: unknown = require(join(ROOT, 'build', 'electron-builder.config.cjs'));

/** The subset of JSON Schema that app-builder-lib's scheme.json uses. */
interface Schema {
  readonly $ref?: string;
  readonly anyOf?: readonly Schema[];
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: boolean | Schema;
  readonly items?: Schema;
  readonly enum?: readonly unknown[];
}
interface SchemaFile extends Schema {
  readonly definitions: Readonly<Record<string, Schema>>;
}
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as SchemaFile;

const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);

const isRecord = (value: unknown): value is Record<string, unknown> => typeOf(value) === 'object';

/** Errors (`path: reason`) of `value` against `schema`; empty when valid. */
function validate(value: unknown, schema: Schema, path: string): string[] {
  if (schema.$ref) {
    const target = SCHEMA.definitions[schema.$ref.replace('#/definitions/', '')];
    return target ? validate(value, target, path) : [`${path}: unknown $ref ${schema.$ref}`];
  }
  if (schema.anyOf) {
    const results = schema.anyOf.map((option) => validate(value, option, path));
    return results.some((r) => r.length === 0) ? [] : results.flat();
  }
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${String(value)} not in ${schema.enum.join(', ')}`];
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${path}: expected ${types.join('|')}, got ${actual}`];
  }
  const errors: string[] = [];
  if (isRecord(value) && (schema.properties || schema.additionalProperties === false)) {
    for (const [key, child] of Object.entries(value)) {
      const property = schema.properties?.[key];
      if (property) errors.push(...validate(child, property, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: unknown option`);
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => errors.push(...validate(item, schema.items ?? {}, `${path}[${i}]`)));
  return errors;
}

const get = (path: string): unknown => path.split('.').reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), config);

describe('electron-builder configuration', () => {
  it("is valid against app-builder-lib's schema (no misspelled or unknown options)", () => {
    expect(validate(config, SCHEMA, 'config')).toEqual([]);
  });

  it('the validator can fail: it rejects a misspelled fuse', () => {
    const bad = { electronFuses: { runAsnode: false } };
    expect(validate(bad, SCHEMA, 'config')).toContain('config.electronFuses.runAsnode: unknown option');
  });

  it.each([
    ['appId', 'app.pizhu.reader'],
    ['productName', 'Pizhu 批注'],
    ['npmRebuild', false],
    ['asar', true],
    ['electronFuses.runAsNode', false],
    ['electronFuses.enableNodeOptionsEnvironmentVariable', false],
    ['electronFuses.enableNodeCliInspectArguments', false],
    ['electronFuses.enableCookieEncryption', true],
    ['electronFuses.onlyLoadAppFromAsar', true],
    ['electronFuses.enableEmbeddedAsarIntegrityValidation', true],
    ['electronFuses.grantFileProtocolExtraPrivileges', false],
  ])('%s = %s', (path, value) => expect(get(path)).toBe(value));

  it.each([
    ['linux', ['AppImage', 'deb']],
    ['win', ['nsis']],
    ['mac', ['dmg']],
  ])('%s targets %j', (platform, targets) => expect(get(`${platform}.target`)).toEqual(targets));

  it('packages only the built app and package.json', () => {
    expect(get('files')).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map']);
  });

  it('agrees with package.json on identity and entry point', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { productName: string; main: string };
    expect(pkg.productName).toBe(get('productName'));
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });
});

import { describe, expect, it } from 'vitest';
import { checkCorrectionFields, fieldsFromForm, formFromMeta, metaCorrectionSchema, splitNames, type MetaForm } from '../../../corpus/corrections';
import type { ArticleMeta } from '../../../corpus/model';

const INFERRED: ArticleMeta = { title: '月度简报', source: '某某日报', authors: ['王明'], year: 2030, places: ['南昌市', '九江市'] };
const form = (edit: Partial<MetaForm>): MetaForm => ({ ...formFromMeta(INFERRED), ...edit });

describe('splitNames', () => {
  it.each([
    ['Chinese enumeration comma', '王明、李华', ['王明', '李华']],
    ['full-width comma', '王明，李华', ['王明', '李华']],
    ['half-width comma and spaces', ' 王明 , 李华 ,', ['王明', '李华']],
    ['semicolons and lines', '王明；李华\n赵强', ['王明', '李华', '赵强']],
    ['repeats dropped, order kept', '李华、王明、李华', ['李华', '王明']],
    ['English names keep inner spaces', 'Jane Doe, John Smith', ['Jane Doe', 'John Smith']],
    ['nothing', ' 、 ', []],
  ])('%s', (_name, text, expected) => {
    expect(splitNames(text)).toEqual(expected);
  });
});

describe('fieldsFromForm', () => {
  it.each<[string, Partial<MetaForm>, Record<string, unknown>]>([
    ['untouched form: no correction', {}, {}],
    ['only what differs is recorded', { title: '  赣江新区一季度经济运行简报 ' }, { title: '赣江新区一季度经济运行简报' }],
    ['a list typed with other separators is the same list', { places: '南昌市，九江市' }, {}],
    ['a full-width space inside a headline is kept', { title: '延續梁振英政策\u3000陳茂波撥款' }, { title: '延續梁振英政策\u3000陳茂波撥款' }],
    ['a field typed back to the inferred value is a reset', { source: '某某日报' }, {}],
    ['cleared source is a correction', { source: '' }, { source: '' }],
    ['date as a full date', { date: '2025-03-01' }, { date: '2025-03-01' }],
    ['authors and places', { authors: '李华、赵强', places: '' }, { authors: ['李华', '赵强'], places: [] }],
  ])('%s', (_name, edit, expected) => {
    expect(fieldsFromForm(form(edit), INFERRED)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, Partial<MetaForm>, string, string]>([
    ['empty title', { title: '   ' }, 'title', 'title-empty'],
    ['title over 200 characters', { title: '长'.repeat(201) }, 'title', 'too-long'],
    ['date in another format', { date: '2025/03/01' }, 'date', 'date-format'],
    ['Chinese date', { date: '2025年3月1日' }, 'date', 'date-format'],
    ['a day that does not exist', { date: '2025-02-29' }, 'date', 'date-invalid'],
    ['month 13', { date: '2025-13-01' }, 'date', 'date-invalid'],
    ['source over 200 characters', { source: 'x'.repeat(201) }, 'source', 'too-long'],
    ['an author name over 100 characters', { authors: 'x'.repeat(101) }, 'authors', 'list-item-too-long'],
  ])('refuses %s, naming the field', (_name, edit, field, code) => {
    const result = fieldsFromForm(form(edit), INFERRED);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual([expect.objectContaining({ field, code })]);
  });

  it('accepts the edges: 200 characters, a leap day, a year alone', () => {
    expect(fieldsFromForm(form({ title: '长'.repeat(200), date: '2024-02-29' }), INFERRED).ok).toBe(true);
    expect(fieldsFromForm(form({ date: '2024' }), INFERRED).ok).toBe(true);
    // 200 characters are counted as characters, not UTF-16 units (𠀀 is two units).
    expect(checkCorrectionFields({ title: '𠀀'.repeat(200) })).toEqual([]);
  });
});

describe('metaCorrectionSchema (store writes and reads, backups)', () => {
  const good = { articleId: 'imp-1', fileName: '报告.txt', fields: { title: '新题' }, modified: '2026-01-01T00:00:00.000Z' };
  it.each<[string, unknown, string | null]>([
    ['a good record', good, null],
    ['the same rules as the dialog', { ...good, fields: { date: '2025-02-30' } }, 'fields.date'],
    ['an empty title', { ...good, fields: { title: '' } }, 'fields.title'],
    ['a list of something else', { ...good, fields: { authors: '王明' } }, 'fields.authors'],
    ['no article id', { ...good, articleId: '' }, 'articleId'],
    ['a bad timestamp', { ...good, modified: 'yesterday' }, 'modified'],
  ])('%s', (_name, record, badPath) => {
    const parsed = metaCorrectionSchema.safeParse(record);
    expect(parsed.success).toBe(badPath === null);
    if (!parsed.success) expect(parsed.error.issues.map((i) => i.path.join('.'))).toContain(badPath);
  });

  it('keeps which fields were set: absent keys stay absent', () => {
    const parsed = metaCorrectionSchema.parse({ ...good, fields: { source: '' } });
    expect(Object.keys(parsed.fields)).toEqual(['source']);
  });
});

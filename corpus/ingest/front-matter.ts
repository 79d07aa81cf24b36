import { parse } from 'yaml';
import type { ExtractionRemoval, SourceMeta } from './source-document';

export interface FrontMatter {
  /** What the front matter states, mapped to SourceMeta (only fields present and non-empty). */
  readonly meta: SourceMeta;
  /** The text after the closing fence. */
  readonly body: string;
  /** The front matter's lines (fences included), each listed with reason `front-matter`. */
  readonly removed: readonly ExtractionRemoval[];
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A scalar as trimmed text; YAML's own dates (`date: 2025-03-18` unquoted) back to `YYYY-MM-DD`. */
function scalar(v: unknown): string | undefined {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return undefined;
  const t = v.replace(/\s+/g, (ws) => (ws.includes('\n') ? ' ' : ws)).trim();
  return t || undefined;
}

/** `2018-08-23`, `2018-08-23 10:00:00 +0800`, `2018/8/23` → `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`). */
function dateOf(v: unknown): string | undefined {
  const s = scalar(v);
  const m = s ? /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2}))?)?/.exec(s) : null;
  if (!m) return undefined;
  const pad = (x: string | undefined) => (x === undefined ? undefined : x.padStart(2, '0'));
  return [m[1], pad(m[2]), pad(m[3])].filter((x) => x !== undefined).join('-');
}

/** `author: A`, `authors: [A, B]`, `author: {name: A}`: the names as written (an empty string is no author). */
function names(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(names);
  if (isRecord(v)) return names(v['name']);
  const s = scalar(v);
  return s ? [s] : [];
}

const pick = (data: Record<string, unknown>, keys: readonly string[]): unknown =>
  keys.map((k) => data[k]).find((v) => v !== undefined && v !== null && v !== '');

/** The SourceMeta fields a front matter can state, from the keys Jekyll, Hugo, Hexo and archive tools use. */
function metaOf(data: Record<string, unknown>): SourceMeta {
  const authors = [...new Set([...names(data['author']), ...names(data['authors'])])];
  const url = scalar(pick(data, ['original_url', 'source_url', 'url', 'link']));
  const meta: Record<string, string | readonly string[] | undefined> = {
    title: scalar(data['title']),
    subtitle: scalar(pick(data, ['subtitle', 'subheading'])),
    authors: authors.length > 0 ? authors : undefined,
    source: scalar(pick(data, ['source', 'publisher', 'publication'])),
    date: dateOf(pick(data, ['date', 'published', 'pubdate', 'publishDate'])),
    language: scalar(pick(data, ['lang', 'language', 'locale'])),
    description: scalar(pick(data, ['description', 'summary', 'excerpt'])),
    url: url && /^https?:\/\//i.test(url) ? url : undefined,
  };
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as SourceMeta;
}

/**
 * YAML front matter at the top of a Markdown file: a `---` line (after a BOM or blank
 * lines), YAML, then `---` or `...`. Only a block that parses as a YAML mapping counts —
 * otherwise the opening `---` is a thematic break and the text is left alone. Returns
 * undefined when there is no front matter.
 */
export function splitFrontMatter(text: string): FrontMatter | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let open = 0;
  while (open < lines.length && (lines[open] ?? '').trim() === '') open++;
  if (!OPEN.test(lines[open] ?? '')) return undefined;
  let close = open + 1;
  while (close < lines.length && !CLOSE.test(lines[close] ?? '')) close++;
  if (close >= lines.length) return undefined;
  let data: unknown;
  try {
    data = parse(lines.slice(open + 1, close).join('\n'));
  } catch {
    // Not YAML: a document that opens with a rule, not with front matter.
    return undefined;
  }
  if (!isRecord(data)) return undefined;
  const removed = lines
    .slice(open, close + 1)
    .filter((l) => l.trim() !== '')
    .map((l) => ({ text: l, reason: 'front-matter' }));
  return { meta: metaOf(data), body: lines.slice(close + 1).join('\n'), removed };
}

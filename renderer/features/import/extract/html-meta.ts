import type { SourceMeta } from '../../../../corpus/ingest';

/** Whitespace runs (but not the ideographic space inside a title) → one space; trimmed. */
const collapse = (s: string): string => s.replace(/[^\S\u3000]+/g, ' ').trim();

/** Markup or a script address inside a metadata value: a hostile page, not a name or a date. */
const HOSTILE_VALUE = /<[a-z!/?]|(?:java|vb)script:|data:text|\bon[a-z]+\s*=/i;

/** A metadata value worth keeping: non-empty after collapsing, and not markup or a script URL. */
export function metaValue(raw: string | null | undefined): string | undefined {
  const value = collapse(raw ?? '');
  return value && !HOSTILE_VALUE.test(value) ? value : undefined;
}

/** `<meta>` names and properties per field, most specific first (Chinese CMS names included). */
const TITLE_NAMES = ['articletitle', 'og:title', 'twitter:title'];
const DATE_NAMES = ['article:published_time', 'pubdate', 'publishdate', 'publish_date', 'datepublished', 'firstpublishedtime', 'og:release_date'];
const SOURCE_NAMES = ['contentsource', 'source'];
const AUTHOR_NAMES = ['author', 'article:author'];

/** The `content` of every non-empty `<meta name|property|itemprop=…>`, keyed by lower-case name. */
function metaContents(doc: Document): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const meta of doc.querySelectorAll('meta')) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const value = metaValue(meta.getAttribute('content'));
    if (!key || !value) continue;
    found.set(key, [...(found.get(key) ?? []), value]);
  }
  return found;
}

const first = (metas: Map<string, string[]>, names: readonly string[]): string | undefined => {
  for (const name of names) {
    const value = metas.get(name)?.[0];
    if (value) return value;
  }
  return undefined;
};

/** `2019-09-07T13:43:45+08:00`, `2021/6/9`, `2016-11-22 09:53`, `2019年9月18日` → `YYYY-MM-DD` (or `YYYY-MM`); else undefined. */
export function isoDate(value: string): string | undefined {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?/.exec(value);
  if (!m) return undefined;
  const month = Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  const mm = String(month).padStart(2, '0');
  return day === undefined ? `${m[1]}-${mm}` : `${m[1]}-${mm}-${String(day).padStart(2, '0')}`;
}

/** What the JSON-LD blocks state about the article (NewsArticle, Article, nested @graph). */
interface JsonLdFacts {
  headline?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? metaValue(v) : undefined);
const names = (v: unknown): string[] => {
  if (Array.isArray(v)) return v.flatMap(names);
  if (isRecord(v)) return names(v['name']);
  const t = text(v);
  return t ? [t] : [];
};

function jsonLdFacts(blocks: readonly unknown[]): JsonLdFacts {
  const facts: JsonLdFacts = { authors: [] };
  const visit = (node: unknown, depth: number): void => {
    // Depth-limited: a hostile page could nest JSON arbitrarily deep.
    if (depth > 6) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    facts.headline ??= text(node['headline']);
    facts.datePublished ??= text(node['datePublished']);
    if (facts.authors.length === 0) facts.authors.push(...names(node['author']));
    facts.publisher ??= names(node['publisher'])[0];
    visit(node['@graph'], depth + 1);
  };
  visit(blocks, 0);
  return facts;
}

/** A `http(s)` address, or nothing: a metadata URL must never be a script or data URL. */
const webUrl = (value: string | undefined): string | undefined => (value && /^https?:\/\//i.test(value) ? value : undefined);

/**
 * The metadata a sanitized page states outside its text: `<meta>` (Open Graph, article:*,
 * the Chinese CMS names ArticleTitle/PubDate/ContentSource), `<time datetime>`, `<html lang>`
 * and JSON-LD. Only fields that are actually present and non-empty; nothing is guessed.
 */
export function readHtmlMeta(doc: Document, jsonLd: readonly unknown[]): SourceMeta {
  const metas = metaContents(doc);
  const ld = jsonLdFacts(jsonLd);
  const timeAttr = metaValue(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  const dateText = first(metas, DATE_NAMES.slice(0, 1)) ?? ld.datePublished ?? first(metas, DATE_NAMES.slice(1)) ?? timeAttr;
  const authors = [...new Set([...AUTHOR_NAMES.flatMap((n) => metas.get(n) ?? []), ...ld.authors])];
  const meta: Record<string, string | readonly string[] | undefined> = {
    title: first(metas, TITLE_NAMES) ?? ld.headline,
    authors: authors.length > 0 ? authors : undefined,
    source: first(metas, SOURCE_NAMES) ?? ld.publisher,
    date: dateText === undefined ? undefined : isoDate(dateText),
    language: metaValue(doc.documentElement.getAttribute('lang')),
    description: first(metas, ['description', 'og:description']),
    siteName: first(metas, ['og:site_name', 'application-name']),
    url: webUrl(first(metas, ['og:url'])),
  };
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as SourceMeta;
}

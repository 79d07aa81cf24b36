import type * as Y from 'yjs';
import { backedUpArticleSchema, type BackedUpArticle } from '../backup/schemas';
import { formatPath } from '../backup/import-error';
import type { InvalidEntry } from './annotation-doc';

/**
 * A shared meeting pack as a Y document: what every colleague reads, so all of them annotate
 * the same text.
 *
 * - `info`: Y.Map with `title` and `created`.
 * - `articles`: Y.Map id → the article record (blocks, original, metadata) as one value. An
 *   article's text never changes in place: a corrected version is a new record under the same
 *   id, written whole (a text merged from two versions would be a text nobody wrote).
 * - `order`: Y.Array of ids, the pack's reading order.
 */
export const PACK_INFO = 'info';
export const PACK_ARTICLES = 'articles';
export const PACK_ORDER = 'order';

export interface PackInfo {
  readonly title: string;
  readonly created: string;
}

export function writePackInfo(doc: Y.Doc, info: PackInfo): void {
  doc.transact(() => {
    const map = doc.getMap<string>(PACK_INFO);
    if (map.get('title') !== info.title) map.set('title', info.title);
    if (!map.has('created')) map.set('created', info.created);
  });
}

/** Adds an article or replaces its text; appended to the order if new. */
export function putPackArticle(doc: Y.Doc, article: BackedUpArticle): void {
  doc.transact(() => {
    const articles = doc.getMap<unknown>(PACK_ARTICLES);
    const order = doc.getArray<string>(PACK_ORDER);
    if (JSON.stringify(articles.get(article.id)) !== JSON.stringify(article)) articles.set(article.id, JSON.parse(JSON.stringify(article)) as unknown);
    if (!order.toArray().includes(article.id)) order.push([article.id]);
  });
}

export function removePackArticle(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    doc.getMap(PACK_ARTICLES).delete(id);
    const order = doc.getArray<string>(PACK_ORDER);
    for (let i = order.length - 1; i >= 0; i--) if (order.get(i) === id) order.delete(i, 1);
  });
}

export interface PackRead {
  readonly info: Partial<PackInfo>;
  /** In the pack's order; an id listed twice (two people added it at once) appears once. */
  readonly articles: BackedUpArticle[];
  readonly invalid: InvalidEntry[];
}

/** The pack, every article validated (its hash must match its text) before anyone reads it. */
export function readPack(doc: Y.Doc): PackRead {
  const infoMap = doc.getMap<unknown>(PACK_INFO);
  const title = infoMap.get('title');
  const created = infoMap.get('created');
  const info: Partial<PackInfo> = { ...(typeof title === 'string' ? { title } : {}), ...(typeof created === 'string' ? { created } : {}) };
  const records = doc.getMap<unknown>(PACK_ARTICLES);
  const order = [...new Set([...doc.getArray<string>(PACK_ORDER).toArray(), ...[...records.keys()].sort()])];
  const articles: BackedUpArticle[] = [];
  const invalid: InvalidEntry[] = [];
  for (const id of order) {
    if (!records.has(id)) continue;
    const parsed = backedUpArticleSchema.safeParse(records.get(id));
    if (!parsed.success) invalid.push({ id, problem: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ') });
    else if (parsed.data.id !== id) invalid.push({ id, problem: `id: stored under ${JSON.stringify(id)} but says ${JSON.stringify(parsed.data.id)}` });
    else articles.push(parsed.data);
  }
  return { info, articles, invalid };
}

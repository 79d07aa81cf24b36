import type { BackedUpArticle, BackupData } from './schemas';
import { canonicalJson } from './canonical-json';

/** An article a restore would add, take away or give another text, by id and title. */
export interface ArticleChange {
  readonly kind: 'added' | 'removed' | 'text-changed';
  readonly id: string;
  readonly title: string;
}

/** How many records one table holds now and would hold after the restore. */
export interface CountChange {
  readonly now: number;
  readonly then: number;
}

/** Everything besides the annotations that a restore would change, itemised for the confirmation. */
export interface RestoreDataChanges {
  /** Imported articles, in the backup's order (added, text changed) then the current order (removed). */
  readonly articles: readonly ArticleChange[];
  /** Removed articles in the trash: the entries that would appear or disappear, by title. */
  readonly articleTrash: readonly ArticleChange[];
  readonly trash: CountChange;
  readonly articleVersions: CountChange;
  /** Setting keys the backup would set to a different value (a restore never removes a setting). */
  readonly settings: readonly string[];
}

const byId = (articles: readonly BackedUpArticle[]) => new Map(articles.map((a) => [a.id, a]));

function articleChanges(current: readonly BackedUpArticle[], incoming: readonly BackedUpArticle[]): ArticleChange[] {
  const now = byId(current);
  const next = byId(incoming);
  const changes: ArticleChange[] = [];
  for (const a of incoming) {
    const before = now.get(a.id);
    if (!before) changes.push({ kind: 'added', id: a.id, title: a.meta.title });
    else if (before.contentHash !== a.contentHash) changes.push({ kind: 'text-changed', id: a.id, title: a.meta.title });
  }
  for (const a of current) if (!next.has(a.id)) changes.push({ kind: 'removed', id: a.id, title: a.meta.title });
  return changes;
}

function entryChanges(current: BackupData['articleTrash'] = [], incoming: BackupData['articleTrash'] = []): ArticleChange[] {
  const now = new Set(current.map((e) => e.id));
  const next = new Set(incoming.map((e) => e.id));
  return [
    ...incoming.filter((e) => !now.has(e.id)).map((e): ArticleChange => ({ kind: 'added', id: e.id, title: e.article.meta.title })),
    ...current.filter((e) => !next.has(e.id)).map((e): ArticleChange => ({ kind: 'removed', id: e.id, title: e.article.meta.title })),
  ];
}

/**
 * What restoring `incoming` over `current` does to the articles, both trashes, old versions and
 * settings (annotations: `diffAnnotations`). A restore replaces every table but settings, which
 * it only overwrites key by key; values are compared as canonical JSON. O(n).
 */
export function diffRestoreData(current: BackupData, incoming: BackupData): RestoreDataChanges {
  const settings = Object.keys(incoming.settings).filter(
    (key) => !Object.hasOwn(current.settings, key) || canonicalJson(current.settings[key]) !== canonicalJson(incoming.settings[key]),
  );
  return {
    articles: articleChanges(current.importedArticles, incoming.importedArticles),
    articleTrash: entryChanges(current.articleTrash, incoming.articleTrash),
    trash: { now: current.trash?.length ?? 0, then: incoming.trash?.length ?? 0 },
    articleVersions: { now: current.articleVersions?.length ?? 0, then: incoming.articleVersions?.length ?? 0 },
    settings: settings.sort(),
  };
}

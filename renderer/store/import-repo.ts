import { importedIdentityErrors, type AnnotationImport, type Backup, type ImportError } from '../../corpus/backup';
import { err, type Annotation, type Article, type ArticleNote, type Result } from '../../corpus/model';
import { stored } from './backup-repo';
import type { PizhuDb } from './db';
import type { ImportedArticle, MetaCorrection } from './records';

export type DuplicatePolicy = 'skip' | 'replace';

export interface ImportPlan {
  readonly annotations: readonly Annotation[];
  readonly articleNotes: readonly ArticleNote[];
  readonly articles: readonly ImportedArticle[];
  /** Metadata corrections a backup carries (applied with the articles; not counted as records). */
  readonly corrections: readonly MetaCorrection[];
  /** Ids already in the database. */
  readonly duplicates: readonly string[];
}

const idsOf = (bundled: readonly Pick<Article, 'id'>[]): ReadonlySet<string> => new Set(bundled.map((a) => a.id));

/**
 * The identity check of an annotation import (a backup file merged into the library): its
 * imported-article records may not take a bundled article's id, nor the id of a different
 * article already in the library. Passes the parse result through when they are fine; the
 * errors name the field (`data.importedArticles[0].id`).
 */
export async function checkImportIdentity(
  db: PizhuDb,
  parsed: Result<AnnotationImport, ImportError[]>,
  bundled: readonly Pick<Article, 'id'>[],
): Promise<Result<AnnotationImport, ImportError[]>> {
  if (!parsed.ok || parsed.value.kind !== 'backup') return parsed;
  const records = parsed.value.backup.data.importedArticles;
  const stored = await db.importedArticles.bulkGet(records.map((r) => r.id));
  const existing = new Map(stored.flatMap((a) => (a ? [[a.id, a.contentHash] as const] : [])));
  const errors = importedIdentityErrors(records, idsOf(bundled), existing);
  return errors.length > 0 ? err(errors) : parsed;
}

/**
 * The identity check of a restore (which replaces the library, so only bundled ids can
 * collide): a backup whose imported articles claim a bundled id is refused by field.
 */
export function checkRestoreIdentity<L extends { readonly backup: Backup } | { readonly errors: readonly ImportError[] }>(
  loaded: L,
  bundled: readonly Pick<Article, 'id'>[],
): L | { readonly errors: readonly ImportError[] } {
  if ('errors' in loaded) return loaded;
  const { importedArticles, articleTrash = [] } = loaded.backup.data;
  const bundledIds = idsOf(bundled);
  // The trash becomes articles again on "restore": it may not claim a bundled id either.
  // Old versions are not checked: they are read-only earlier texts that notes re-anchor
  // through, and the kept texts of annotated bundled articles are among them by design
  // (`keepAnnotatedBundledTexts`).
  const errors = [
    ...importedIdentityErrors(importedArticles, bundledIds),
    ...importedIdentityErrors(
      articleTrash.map((r) => r.article),
      bundledIds,
      new Map(),
      'data.articleTrash',
      'article.id',
    ),
  ];
  return errors.length > 0 ? { errors } : loaded;
}

/** What an import file would add, and which of its records already exist. */
export async function planImport(db: PizhuDb, parsed: AnnotationImport, now = new Date()): Promise<ImportPlan> {
  const annotations = parsed.kind === 'backup' ? parsed.backup.data.annotations : parsed.annotations;
  const articleNotes = parsed.kind === 'backup' ? parsed.backup.data.articleNotes : [];
  const articles =
    parsed.kind === 'backup'
      ? parsed.backup.data.importedArticles.map((a): ImportedArticle => ({
          ...a,
          importedAt: a.importedAt ?? now.toISOString(),
          encoding: a.encoding ?? 'utf-8',
        }))
      : [];
  const corrections = parsed.kind === 'backup' ? (parsed.backup.data.metaCorrections ?? []) : [];
  const [a, n, i] = await Promise.all([
    db.annotations.bulkGet(annotations.map((x) => x.id)),
    db.articleNotes.bulkGet(articleNotes.map((x) => x.id)),
    db.importedArticles.bulkGet(articles.map((x) => x.id)),
  ]);
  const duplicates = [
    ...annotations.filter((_, k) => a[k]).map((x) => x.id),
    ...articleNotes.filter((_, k) => n[k]).map((x) => x.id),
    ...articles.filter((_, k) => i[k]).map((x) => x.id),
  ];
  return { annotations, articleNotes, articles, corrections, duplicates };
}

/**
 * Applies an import in one transaction: all records land, or (on any failure) none do.
 * Existing records with the same id are skipped or replaced, as the user chose; a metadata
 * correction follows the same choice for the article it corrects.
 */
export async function applyImport(db: PizhuDb, plan: ImportPlan, policy: DuplicatePolicy): Promise<{ added: number; replaced: number; skipped: number }> {
  const existing = new Set(plan.duplicates);
  const keep = <T extends { id: string }>(records: readonly T[]) => (policy === 'replace' ? [...records] : records.filter((r) => !existing.has(r.id)));
  const annotations = keep(plan.annotations).map(stored);
  const notes = keep(plan.articleNotes);
  const articles = keep(plan.articles);
  await db.transaction('rw', [db.annotations, db.articleNotes, db.importedArticles, db.metaCorrections], async () => {
    await db.annotations.bulkPut(annotations);
    await db.articleNotes.bulkPut(notes);
    await db.importedArticles.bulkPut(articles);
    const held = new Set((await db.metaCorrections.bulkGet(plan.corrections.map((c) => c.articleId))).flatMap((c) => (c ? [c.articleId] : [])));
    await db.metaCorrections.bulkPut(plan.corrections.filter((c) => policy === 'replace' || !held.has(c.articleId)));
  });
  const total = plan.annotations.length + plan.articleNotes.length + plan.articles.length;
  const written = annotations.length + notes.length + articles.length;
  const replaced = policy === 'replace' ? plan.duplicates.length : 0;
  return { added: written - replaced, replaced, skipped: total - written };
}

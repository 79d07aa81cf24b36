import type { Article } from '../../corpus/model';
import { versionKey } from './article-versions-repo';
import type { PizhuDb } from './db';
import type { ArticleVersion } from './records';

/**
 * The bundled articles change with the app: an upgrade may correct a sample's text. Notes on
 * it then re-anchor best through the text they were made on (the diff of old and new text,
 * `anchorArticle`'s earlier texts), but the old text went with the old app. So at every start
 * the text of each annotated bundled article is kept under its hash as an article version,
 * and its `replacedAt` moves on to now: once an upgrade replaces that text, the version holds
 * it, dated by the last start that still showed it. One small write per annotated sample.
 * Returns how many texts were kept for the first time.
 */
export async function keepAnnotatedBundledTexts(db: PizhuDb, bundled: readonly Article[], now: Date = new Date()): Promise<number> {
  const at = now.toISOString();
  return db.transaction('rw', db.annotations, db.articleVersions, async () => {
    let added = 0;
    for (const article of bundled) {
      if ((await db.annotations.where('articleId').equals(article.id).count()) === 0) continue;
      const key = versionKey(article.id, article.contentHash);
      const stored = await db.articleVersions.get(key);
      const version: ArticleVersion = stored
        ? { ...stored, replacedAt: at }
        : { key, articleId: article.id, article: { ...article, importedAt: at, encoding: 'utf-8' }, replacedAt: at };
      if (!stored) added++;
      await db.articleVersions.put(version);
    }
    return added;
  });
}

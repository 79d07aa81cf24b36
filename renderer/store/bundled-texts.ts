import type { Article } from '../../corpus/model';
import { versionKey } from './version-key';
import type { PizhuDb } from './db';
import type { ArticleVersion } from './records';

/**
 * The bundled articles change with the app: an upgrade may correct a sample's text. Notes on
 * it then re-anchor best through the text they were made on (the diff of old and new text,
 * `anchorArticle`'s earlier texts), but the old text went with the old app. So at every start
 * the text of each annotated bundled article is kept under its hash as an article version,
 * once (`replacedAt` is when it was first kept: rewriting it at each start would change every
 * backup and let unchanged backups push real ones out of the newest ten).
 * Returns how many texts were kept for the first time.
 */
export async function keepAnnotatedBundledTexts(db: PizhuDb, bundled: readonly Article[], now: Date = new Date()): Promise<number> {
  const at = now.toISOString();
  return db.transaction('rw', db.annotations, db.articleVersions, async () => {
    let added = 0;
    for (const article of bundled) {
      if ((await db.annotations.where('articleId').equals(article.id).count()) === 0) continue;
      const key = versionKey(article.id, article.contentHash);
      if ((await db.articleVersions.where('key').equals(key).count()) > 0) continue;
      const version: ArticleVersion = { key, articleId: article.id, article: { ...article, importedAt: at, encoding: 'utf-8' }, replacedAt: at };
      await db.articleVersions.add(version);
      added++;
    }
    return added;
  });
}

import { z } from 'zod/mini';
import { metaCorrectionSchema, type MetaCorrection } from '../corrections';
import { isSettingKey, SETTINGS } from '../settings/setting-schemas';
import { importErrorIssueParams } from './import-error';
import { articleText, COLORS, contentHash, type Annotation, type Article, type ArticleNote, type Block } from '../model';

/**
 * zod schemas for every record a backup or import file carries. Each is typed against the
 * model (`z.ZodMiniType<Annotation>` …), so the model and the file format cannot drift apart.
 */

export const isoTimestampSchema = z.iso.datetime({ offset: true });
const offsetSchema = z.number().check(z.int(), z.nonnegative());
const idSchema = z.string().check(z.minLength(1));
/** A note's save counter (absent on notes written before revisions existed). */
const revisionSchema = z.number().check(z.int(), z.nonnegative());

export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

export const textPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: offsetSchema,
  end: offsetSchema,
});

export const highlightColorSchema = z.enum(COLORS);

export const annotationBodySchema = z.object({
  note: z.string(),
  tags: z.array(z.string().check(z.minLength(1))),
});

export const annotationSchema: z.ZodMiniType<Annotation> = z
  .object({
    id: idSchema,
    kind: z.literal('highlight'),
    target: z.object({
      source: idSchema,
      contentHash: z.string(),
      selector: z.tuple([textQuoteSelectorSchema, textPositionSelectorSchema]),
    }),
    body: annotationBodySchema,
    color: highlightColorSchema,
    created: isoTimestampSchema,
    modified: isoTimestampSchema,
    revision: z.optional(revisionSchema),
  })
  .check(
    z.superRefine((a, ctx) => {
      const position = a.target.selector[1];
      if (position.end < position.start) {
        ctx.addIssue({
          code: 'custom',
          path: ['target', 'selector', 1, 'end'],
          message: `expected end ≥ start (${position.start})`,
          params: importErrorIssueParams({ code: 'end-before-start', params: { start: position.start } }),
        });
      }
    }),
  );

export const articleNoteSchema: z.ZodMiniType<ArticleNote> = z.object({
  id: idSchema,
  kind: z.literal('article-note'),
  articleId: idSchema,
  body: annotationBodySchema,
  created: isoTimestampSchema,
  modified: isoTimestampSchema,
  revision: z.optional(revisionSchema),
});

export const blockSchema: z.ZodMiniType<Block> = z.object({
  id: idSchema,
  kind: z.enum(['kicker', 'title', 'subtitle', 'byline', 'heading', 'paragraph', 'caption', 'author-note']),
  text: z.string(),
  level: z.optional(z.number().check(z.int(), z.gte(1), z.lte(6))),
  para: z.optional(z.number().check(z.int(), z.gte(1))),
  source: z.object({ startLine: z.number().check(z.int(), z.gte(1)), endLine: z.number().check(z.int(), z.gte(1)) }),
  cut: z.optional(z.literal(true)),
});

export const articleSchema: z.ZodMiniType<Article> = z
  .object({
    id: idSchema,
    origin: z.enum(['bundled', 'imported']),
    meta: z.object({
      title: z.string(),
      subtitle: z.optional(z.string()),
      kicker: z.optional(z.string()),
      source: z.optional(z.string()),
      authors: z.array(z.string()),
      year: z.optional(z.number().check(z.int())),
      date: z.optional(z.iso.date()),
      places: z.array(z.string()),
      language: z.optional(z.enum(['zh-Hans', 'zh-Hant', 'en'])),
    }),
    blocks: z.array(blockSchema),
    contentHash: z.string(),
    wordCount: z.number().check(z.int(), z.nonnegative()),
    original: z.string(),
    fileName: z.string(),
    removed: z.optional(
      z.array(
        z.object({
          line: z.number().check(z.int(), z.gte(0)),
          text: z.string(),
          kind: z.enum(['duplicate', 'repeat', 'fragment', 'stray', 'residue', 'extraction']),
          detail: z.optional(z.string()),
        }),
      ),
    ),
  })
  .check(
    z.superRefine((a, ctx) => {
      // Annotations are anchored by this hash; a hash that lies would mis-anchor every note.
      if (contentHash(articleText(a.blocks)) !== a.contentHash) {
        ctx.addIssue({
          code: 'custom',
          path: ['contentHash'],
          message: 'does not match the hash of the article text',
          params: importErrorIssueParams({ code: 'content-hash-mismatch' }),
        });
      }
    }),
  );

/** Where the reader left an article: the top visible block and how far through it was. */
export interface ReadingPosition {
  readonly articleId: string;
  readonly blockId: string;
  /** Fraction of the article scrolled, 0–1. */
  readonly progress: number;
  readonly updated: string;
}

export const readingPositionSchema: z.ZodMiniType<ReadingPosition> = z.object({
  articleId: idSchema,
  blockId: z.string().check(z.minLength(1), z.maxLength(64)),
  progress: z.number().check(z.gte(0), z.lte(1)),
  updated: isoTimestampSchema,
});

/** An imported article with when it was imported and how its file was decoded (optional: older files lack them). */
export type BackedUpArticle = Article & { readonly importedAt?: string; readonly encoding?: string };

export const backedUpArticleSchema: z.ZodMiniType<BackedUpArticle> = z.intersection(
  articleSchema,
  z.object({ importedAt: z.optional(isoTimestampSchema), encoding: z.optional(z.string().check(z.maxLength(32))) }),
);

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Settings the app knows are checked with the same schemas as every write and read
 * (`data.settings["colors.names"].yellow: expected string`), so a backup cannot bring in a
 * value the app cannot use. Unknown keys need only be JSON and are kept as they are: they
 * are a newer Pizhu's settings, nothing in this version reads them, and dropping them would
 * lose them for the version that does.
 */
export const settingsSchema: z.ZodMiniType<Record<string, JsonValue>> = z.record(z.string(), z.json()).check(
  z.superRefine((settings, ctx) => {
    for (const [key, value] of Object.entries(settings)) {
      if (!isSettingKey(key)) continue;
      const checked = SETTINGS[key].schema.safeParse(value);
      if (!checked.success) for (const issue of checked.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] });
    }
  }),
);

export interface BackupData {
  readonly annotations: readonly Annotation[];
  readonly articleNotes: readonly ArticleNote[];
  readonly importedArticles: readonly BackedUpArticle[];
  readonly settings: Readonly<Record<string, JsonValue>>;
  readonly readingPositions: readonly ReadingPosition[];
  /**
   * The user's corrections of imported articles' metadata. Optional: backups written before
   * corrections existed lack it, and still read (as "no corrections").
   */
  readonly metaCorrections?: readonly MetaCorrection[];
  /** Deleted annotations, restorable (format version 2; absent when empty, and in version 1). */
  readonly trash?: readonly BackedUpTrashedAnnotation[];
  /** Removed imported articles with their notes, restorable (version 2; absent when empty). */
  readonly articleTrash?: readonly BackedUpTrashedArticle[];
  /** The texts articles had before they were updated from a changed file (version 2; absent when empty). */
  readonly articleVersions?: readonly BackedUpArticleVersion[];
}

/** A deleted annotation as a backup keeps it. */
export interface BackedUpTrashedAnnotation {
  readonly id: string;
  readonly annotation: Annotation;
  readonly deletedAt: string;
}

/** A removed imported article with everything that hung on it. */
export interface BackedUpTrashedArticle {
  readonly id: string;
  readonly article: BackedUpArticle;
  readonly annotations: readonly Annotation[];
  readonly articleNotes: readonly ArticleNote[];
  readonly deletedAt: string;
}

/** The text an article had before an update (`key` is `${articleId}:${contentHash}`). */
export interface BackedUpArticleVersion {
  readonly key: string;
  readonly articleId: string;
  readonly article: BackedUpArticle;
  readonly replacedAt: string;
}

export const trashedAnnotationSchema: z.ZodMiniType<BackedUpTrashedAnnotation> = z.object({
  id: idSchema,
  annotation: annotationSchema,
  deletedAt: isoTimestampSchema,
});

export const trashedArticleSchema: z.ZodMiniType<BackedUpTrashedArticle> = z.object({
  id: idSchema,
  article: backedUpArticleSchema,
  annotations: z.array(annotationSchema),
  articleNotes: z.array(articleNoteSchema),
  deletedAt: isoTimestampSchema,
});

export const articleVersionSchema: z.ZodMiniType<BackedUpArticleVersion> = z.object({
  key: z.string().check(z.minLength(1)),
  articleId: idSchema,
  article: backedUpArticleSchema,
  replacedAt: isoTimestampSchema,
});

/** Two corrections of one article would make the restored one depend on order: refused. */
function oneCorrectionPerArticle(corrections: readonly MetaCorrection[], ctx: z.core.$RefinementCtx): void {
  const first = new Map<string, number>();
  corrections.forEach((c, i) => {
    const at = first.get(c.articleId);
    if (at === undefined) first.set(c.articleId, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: [i, 'articleId'],
        message: `duplicate article ${JSON.stringify(c.articleId)} (first at [${at}])`,
        params: importErrorIssueParams({ code: 'duplicate-article', params: { articleId: JSON.stringify(c.articleId), first: `[${at}]` } }),
      });
  });
}

export const backupDataSchema = z.object({
  annotations: z.array(annotationSchema),
  articleNotes: z.array(articleNoteSchema),
  importedArticles: z.array(backedUpArticleSchema),
  settings: settingsSchema,
  readingPositions: z.array(readingPositionSchema),
  metaCorrections: z.optional(z.array(metaCorrectionSchema).check(z.superRefine(oneCorrectionPerArticle))),
  trash: z.optional(z.array(trashedAnnotationSchema)),
  articleTrash: z.optional(z.array(trashedArticleSchema)),
  articleVersions: z.optional(z.array(articleVersionSchema)),
});

export const BACKUP_FORMAT = 'pizhu-backup';
/**
 * The format version written. 2 added the trash, the article trash and article versions (so a
 * restore is lossless); a version 1 file is read as version 2 with none of them
 * (`migrateBackup`). Its data, and so its checksum, is unchanged by the migration.
 */
export const BACKUP_VERSION = 2;
/** Every version this Pizhu reads. */
export const READABLE_BACKUP_VERSIONS: readonly number[] = [1, 2];

export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  readonly createdAt: string;
  readonly app: { readonly version: string };
  readonly data: BackupData;
  /** `contentHash(canonicalJson(data))`: detects edits and damage, not an attacker. */
  readonly checksum: string;
}

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: isoTimestampSchema,
  app: z.object({ version: z.string() }),
  data: backupDataSchema,
  checksum: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
});

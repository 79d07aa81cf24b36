import type { Annotation, Article, ArticleNote } from '../../corpus/model';

/** An annotation as stored: the W3C-shaped record plus its article id, indexed for lookups. */
export interface StoredAnnotation extends Annotation {
  readonly articleId: string;
}

/** A deleted annotation, kept so a delete can be undone and nothing is lost by a slip. */
export interface TrashedAnnotation {
  readonly id: string;
  readonly annotation: StoredAnnotation;
  readonly deletedAt: string;
}

/** A note being typed, saved as it is typed so a crash or a closed window cannot lose it. */
export interface NoteDraft {
  /** `${noteId}#${editor session}`: two windows editing one note keep two drafts. */
  readonly id: string;
  /**
   * The annotation's id, `new:<articleId>` for a note whose highlight is not saved yet, or
   * `article-note:<articleId>` for the note about a whole article.
   */
  readonly noteId: string;
  readonly articleId: string;
  readonly note: string;
  readonly tags: readonly string[];
  /** The annotation's `modified` when editing began: tells a draft from a stale one. */
  readonly baseModified?: string;
  /** The annotation's revision when editing began (0 for a note that did not exist yet). */
  readonly baseRevision?: number;
  readonly updated: string;
}

/** The local copy of a synced Y document (team sync). */
export interface SyncDocRecord {
  /** The server's document name, e.g. `private/<memberId>`. */
  readonly name: string;
  readonly state: Uint8Array;
  readonly updated: string;
}

/**
 * This device's team membership (table `team`, key `membership`): never in backups or
 * exports, and the token is never logged. One membership at a time.
 */
export interface TeamMembership {
  readonly key: 'membership';
  /** The server as the app opens it (`ws://…` or `wss://…`). */
  readonly serverUrl: string;
  readonly memberId: string;
  readonly groupId: string;
  readonly groupName: string;
  readonly name: string;
  readonly role: 'editor' | 'viewer';
  readonly token: string;
  readonly joinedAt: string;
}

/** When the server last acknowledged everything this device had (table `team`). */
export interface TeamLastSynced {
  readonly key: 'lastSynced';
  readonly at: string;
}

export type TeamRecord = TeamMembership | TeamLastSynced;

/**
 * A colleague's annotation, read from their notes document on a shared pack: kept apart from
 * the user's own (writable) annotations. Keyed `<authorId>/<annotation id>`.
 */
export interface TeamNote {
  readonly id: string;
  readonly articleId: string;
  readonly packId: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly annotation: Annotation;
}

/** A pack shared in the group, as the pack list says. */
export interface TeamPack {
  readonly id: string;
  readonly title: string;
  readonly sharedBy: string;
  readonly sharedByName: string;
  readonly created: string;
  /** Its articles' ids, in the pack's order (empty until the pack document arrives). */
  readonly articleIds: readonly string[];
}

/** A removed imported article with everything that hung on it, restorable as one. */
export interface TrashedArticle {
  readonly id: string;
  readonly article: ImportedArticle;
  readonly annotations: readonly StoredAnnotation[];
  readonly articleNotes: readonly ArticleNote[];
  readonly deletedAt: string;
}

/** The text an article had before it was updated from a changed file. */
export interface ArticleVersion {
  /** `${articleId}:${contentHash}`. */
  readonly key: string;
  readonly articleId: string;
  readonly article: ImportedArticle;
  readonly replacedAt: string;
}

export interface ImportedArticle extends Article {
  readonly importedAt: string;
  /** Encoding the file was decoded with. */
  readonly encoding: string;
}

export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

export interface ReadingPosition {
  readonly articleId: string;
  /** The first block visible at the top of the reader. */
  readonly blockId: string;
  /** Fraction of the whole article scrolled, for progress display. */
  readonly progress: number;
  readonly updated: string;
}

/**
 * A backup kept inside the browser by the browser host (Electron keeps files instead): its
 * metadata only, so deciding what to keep never reads a backup's text (`BrowserBackupText`).
 */
export interface BrowserBackupRecord {
  readonly name: string;
  readonly created: string;
  readonly size: number;
  /** Order of writing (see `corpus/backup/backup-catalog.ts`); absent in records from before it. */
  readonly sequence?: number;
  /** `backupChecksum` of the data, so identical data is not stored twice; absent in older records. */
  readonly checksum?: string;
  /** A safety backup: never pruned. */
  readonly pinned?: boolean;
}

/** One part of a browser backup's text, apart from its metadata (schema v7). */
export interface BrowserBackupText {
  /** `${name}#${part}`. */
  readonly key: string;
  readonly name: string;
  /** 0, 1, 2, …: the text is the parts joined in this order. */
  readonly part: number;
  readonly json: string;
}

export type { Annotation, ArticleNote };
export type { MetaCorrection } from '../../corpus/corrections';

/**
 * Table `changeStamps`: one random value per group of tables, rewritten in the same transaction
 * as every write to them (change-stamps.ts). Equal stamps mean nothing in the group changed.
 */
export interface ChangeStampRecord {
  readonly group: string;
  readonly stamp: string;
}

/** Table `summaries`: derived data for a fast first paint, valid only while its stamps match. */
export interface SummaryRecord {
  readonly key: string;
  /** The change stamps of the data it was derived from, by group. */
  readonly stamps: Readonly<Record<string, string>>;
  /** Identifies the bundled corpus it was derived with (an app upgrade may change it). */
  readonly corpus: string;
  readonly json: string;
  readonly written: string;
}

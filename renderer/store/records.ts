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

/** Backups kept inside the browser by the browser host (Electron keeps files instead). */
export interface BrowserBackupRecord {
  readonly name: string;
  readonly json: string;
  readonly created: string;
  readonly size: number;
}

export type { Annotation, ArticleNote };
export type { MetaCorrection } from '../../corpus/corrections';

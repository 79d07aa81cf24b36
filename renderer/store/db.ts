import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ArticleNote } from '../../corpus/model';
import type {
  ArticleVersion,
  BrowserBackupRecord,
  BrowserBackupText,
  MetaCorrection,
  NoteDraft,
  SyncDocRecord,
  TrashedArticle,
  ImportedArticle,
  ReadingPosition,
  SettingRecord,
  StoredAnnotation,
  TeamNote,
  TeamPack,
  TeamRecord,
  TrashedAnnotation,
  ChangeStampRecord,
  SummaryRecord,
} from './records';
import { changeStampsMiddleware, initialStamps } from './change-stamps';
import { declareSchema } from './schema';

/** The database name is part of where users' notes live: never change it. */
export const DATABASE_NAME = 'pizhu';

export type PizhuDb = Dexie & {
  annotations: EntityTable<StoredAnnotation, 'id'>;
  articleNotes: EntityTable<ArticleNote, 'id'>;
  importedArticles: EntityTable<ImportedArticle, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  readingPositions: EntityTable<ReadingPosition, 'articleId'>;
  backups: EntityTable<BrowserBackupRecord, 'name'>;
  backupTexts: EntityTable<BrowserBackupText, 'key'>;
  trash: EntityTable<TrashedAnnotation, 'id'>;
  metaCorrections: EntityTable<MetaCorrection, 'articleId'>;
  drafts: EntityTable<NoteDraft, 'id'>;
  articleTrash: EntityTable<TrashedArticle, 'id'>;
  articleVersions: EntityTable<ArticleVersion, 'key'>;
  syncDocs: EntityTable<SyncDocRecord, 'name'>;
  team: Table<TeamRecord, string>;
  teamNotes: EntityTable<TeamNote, 'id'>;
  teamPacks: EntityTable<TeamPack, 'id'>;
  changeStamps: EntityTable<ChangeStampRecord, 'group'>;
  summaries: EntityTable<SummaryRecord, 'key'>;
};

export interface OpenDbOptions {
  readonly name?: string;
  /** Injected IndexedDB (fake-indexeddb in tests). */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
}

/**
 * Opens the notes database. Transactions are durable ('strict'): a write the UI confirms
 * has reached the disk, so a crash right after cannot take it back.
 */
export function createDb(options: OpenDbOptions = {}): PizhuDb {
  const db = new Dexie(options.name ?? DATABASE_NAME, {
    chromeTransactionDurability: 'strict',
    cache: 'disabled',
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as PizhuDb;
  declareSchema(db);
  db.use(changeStampsMiddleware);
  // A new database (no upgrade runs) starts with its stamps too.
  db.on('populate', (tx) => tx.table('changeStamps').bulkPut(initialStamps()));
  return db;
}

/** Asks the browser not to evict our storage under pressure; returns whether it agreed. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

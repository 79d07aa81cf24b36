import type { Dexie, Transaction } from 'dexie';
import { initialStamps } from './change-stamps';

/**
 * Every schema version the app has shipped, oldest first, kept forever: Dexie needs the
 * whole history to upgrade a database created by any earlier release. Never edit a
 * released version; add a new one.
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      annotations: 'id, target.source, color, modified',
      articleNotes: 'id, articleId',
      importedArticles: 'id, contentHash, importedAt',
      settings: 'key',
      readingPositions: 'articleId',
      backups: 'name, created',
    },
  },
  {
    // v2: annotations get a top-level articleId (fast per-article queries and deletes) and a
    // multi-entry tag index; deletes move records to a trash table instead of destroying them.
    version: 2,
    stores: {
      annotations: 'id, articleId, color, modified, *body.tags',
      trash: 'id, deletedAt',
    },
    upgrade: async (tx: Transaction) => {
      await tx
        .table('annotations')
        .toCollection()
        .modify((record: { articleId?: string; target: { source: string } }) => {
          record.articleId = record.target.source;
        });
    },
  },
  {
    // v3: the user's corrections of imported articles' metadata, apart from the articles (the
    // inference stays, and removing or re-importing an article keeps the correction). Keyed by
    // article id; the file-name index finds a correction when changed text gets a new id.
    version: 3,
    stores: {
      metaCorrections: 'articleId, fileName, modified',
    },
  },
  {
    // v4: nothing is destroyed by one click. Drafts of notes persist as they are typed (keyed
    // by annotation id, or `new:<articleId>` for a note not yet saved); a removed article goes
    // to the article trash with its notes; the text an article had before it was updated from
    // a changed file is kept as a version ("show original" history).
    version: 4,
    stores: {
      drafts: 'id, articleId, updated',
      articleTrash: 'id, deletedAt',
      articleVersions: 'key, articleId, replacedAt',
    },
  },
  {
    // v5: team sync. The local copy of each synced Y document (its encoded state), so changes
    // made offline merge on reconnect and a restart does not download everything again.
    version: 5,
    stores: {
      syncDocs: 'name, updated',
    },
  },
  {
    // v6: team sharing. This device's membership (server, invite), colleagues' notes on shared
    // packs (apart from the user's own annotations, which stay the only writable ones) and the
    // group's pack list. None of these go into backups.
    version: 6,
    stores: {
      team: 'key',
      teamNotes: 'id, articleId, packId, authorId',
      teamPacks: 'id, created',
    },
  },
  {
    // v7: a browser backup's text moves to its own table, in parts. Every write decides what
    // to keep from the kept backups' metadata; with the text in the same records that read was
    // every kept backup in full (tens of megabytes with 10,000 annotations) on the main thread.
    // Parts of at most BACKUP_TEXT_PART characters are written one request after another, so
    // IndexedDB's copy of a 10 MB text is many short tasks, never one long one.
    version: 7,
    stores: {
      backupTexts: 'key, name',
    },
    upgrade: async (tx: Transaction) => {
      const backups = tx.table('backups');
      const texts: { key: string; name: string; part: number; json: string }[] = [];
      await backups.toCollection().each((record: { name: string; json?: unknown }) => {
        if (typeof record.json === 'string') texts.push({ key: `${record.name}#0`, name: record.name, part: 0, json: record.json });
      });
      await tx.table('backupTexts').bulkPut(texts);
      await backups.toCollection().modify((record: { json?: unknown }) => {
        delete record.json;
      });
    },
  },
  {
    // v8: a change stamp per group of tables (a random value rewritten in the same transaction
    // as every write to them, see change-stamps.ts) and derived summaries checked against those
    // stamps: the notebook's first paint reads one record instead of every article and note.
    // Neither table goes into backups; both can be dropped at any time and are rebuilt.
    version: 8,
    stores: {
      changeStamps: 'group',
      summaries: 'key',
    },
    upgrade: async (tx: Transaction) => {
      await tx.table('changeStamps').bulkPut(initialStamps());
    },
  },
] as const;

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares versions 1..upTo on a Dexie instance (tests stop early to build old fixtures). */
export function declareSchema(db: Dexie, upTo: number = LATEST_SCHEMA_VERSION): void {
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if ('upgrade' in step) version.upgrade(step.upgrade);
  }
}

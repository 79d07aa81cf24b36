/** Importing your own briefings: files → normalizer → Dexie, and removing them again. */
export {
  checkImportFile,
  extensionOf,
  sourceFromBytes,
  sourceFromFile,
  IMPORT_ACCEPT,
  type ImportFormat,
  type ImportRefusal,
  type ImportSource,
  type RefusalReason,
} from './import-file';
export { encodingLabel } from './decode-import';
// prepare-import and run-import are not re-exported: the pipeline they pull in (extractors,
// normalizer, gazetteer) loads lazily on the first import (see use-importer.ts).
export type { FileResult, ImportProgress } from './run-import';
export { useImporter, type Importer, type ImportRun } from './use-importer';
export { useFileDrop, type FileDrop } from './use-file-drop';
export { ImportDialog, RemoveArticleDialog } from './lazy-dialogs';
export { ImportButton, DropOverlay } from './ImportButton';

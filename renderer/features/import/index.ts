/** Importing your own briefings: files → normalizer → Dexie, and removing them again. */
export { checkImportFile, extensionOf, sourceFromBytes, sourceFromFile, IMPORT_ACCEPT, type ImportFormat, type ImportRefusal, type ImportSource, type RefusalReason } from './import-file';
export { encodingLabel } from './decode-import';
export { prepareImport, importedArticleId, type KnownArticles } from './prepare-import';
export { runImport, type FileResult, type ImportProgress } from './run-import';
export { useImporter, type Importer, type ImportRun } from './use-importer';
export { useFileDrop, type FileDrop } from './use-file-drop';
export { ImportDialog } from './ImportDialog';
export { RemoveArticleDialog } from './RemoveArticleDialog';
export { ImportButton, DropOverlay } from './ImportButton';

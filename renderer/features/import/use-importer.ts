import { takeImportRequest } from './import-request';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '../../store/services';
import { sourceFromOpened, type ImportSource } from './import-file';
import type { FileResult } from './run-import';

/** What the import dialog shows: progress while running, then the per-file results. */
export interface ImportRun {
  readonly running: boolean;
  readonly done: number;
  readonly total: number;
  readonly results: readonly FileResult[];
  /** The host refused the whole pick (e.g. its own size limit), with its message. */
  readonly hostError?: string;
}

export interface Importer {
  readonly run: ImportRun | undefined;
  /** Opens the host's file picker and imports what was chosen. */
  readonly pickFiles: () => Promise<void>;
  /** Imports files from anywhere (drop, tests). */
  readonly importSources: (sources: readonly ImportSource[]) => Promise<void>;
  /** Closes the dialog (ignored while a batch is running). */
  readonly close: () => void;
}

/**
 * The import flow behind the library's button, drop zone and the native menu's "Import…"
 * command. One batch at a time; the dialog stays open with the results until closed.
 */
export function useImporter(): Importer {
  const { db, bundled, host } = useServices();
  const [run, setRun] = useState<ImportRun | undefined>();
  const busy = useRef(false);

  const importSources = useCallback(
    async (sources: readonly ImportSource[]) => {
      if (busy.current || sources.length === 0) return;
      busy.current = true;
      setRun({ running: true, done: 0, total: sources.length, results: [] });
      try {
        // The import pipeline (extractors, normalizer, gazetteer) loads on the first import:
        // reading the library never needs it.
        const { runImport } = await import('./run-import');
        const results = await runImport(sources, {
          db,
          bundled,
          onProgress: (p) => setRun({ running: true, done: p.done, total: p.total, results: p.results }),
        });
        setRun({ running: false, done: sources.length, total: sources.length, results });
      } finally {
        busy.current = false;
      }
    },
    [db, bundled],
  );

  const pickFiles = useCallback(async () => {
    if (busy.current) return;
    const picked = await host.openFiles();
    if (!picked.ok) {
      setRun({ running: false, done: 0, total: 0, results: [], hostError: picked.error });
      return;
    }
    await importSources(picked.value.map(sourceFromOpened));
  }, [host, importSources]);

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'import') void pickFiles();
      }),
    [host, pickFiles],
  );
  useEffect(() => {
    if (takeImportRequest()) void pickFiles();
  }, [pickFiles]);

  const close = useCallback(() => {
    if (!busy.current) setRun(undefined);
  }, []);

  return { run, pickFiles, importSources, close };
}

import { takeImportRequest } from './import-request';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UpdatePlan, UpdateRefusal } from '../../store/article-versions-repo';
import { addImportedArticles } from '../../store/library-repo';
import { useServices } from '../../store/services';
import { sourceFromOpened, type ImportSource } from './import-file';
import type { FileResult } from './run-import';
import { useCommand } from '../../ui/use-command';

/** Updating an article re-anchors its notes: the anchoring code loads with the first update, not at start. */
const articleVersions = () => import('../../store/article-versions-repo');

/** A planned update of an existing article, shown (with its counts) before anything is written. */
export interface UpdateReview {
  /** Index of the file in `results`. */
  readonly index: number;
  readonly plan: UpdatePlan;
  readonly committing: boolean;
  readonly refusal?: UpdateRefusal;
}

/** What the import dialog shows: progress while running, then the per-file results. */
export interface ImportRun {
  readonly running: boolean;
  readonly done: number;
  readonly total: number;
  readonly results: readonly FileResult[];
  /** The host refused the whole pick (e.g. its own size limit), with its message. */
  readonly hostError?: string;
  /** The update being reviewed, when the user chose "update the existing article". */
  readonly review?: UpdateReview;
}

export interface Importer {
  readonly run: ImportRun | undefined;
  /** Opens the host's file picker and imports what was chosen. */
  readonly pickFiles: () => Promise<void>;
  /** Imports files from anywhere (drop, tests). */
  readonly importSources: (sources: readonly ImportSource[]) => Promise<void>;
  /** Closes the dialog (ignored while a batch is running); files still awaiting a choice are left out. */
  readonly close: () => void;
  /** A file held as a version of an existing article: store it as a new article instead. */
  readonly importAsNew: (index: number) => Promise<void>;
  /** A file held as a version of an existing article: leave it out. */
  readonly skip: (index: number) => void;
  /** A file held as a version of an existing article: re-anchor its notes and show the counts. */
  readonly reviewUpdate: (index: number) => Promise<void>;
  /** Writes the reviewed update (safety backup first). */
  readonly confirmUpdate: () => Promise<void>;
  /** Back from the review to the choice; nothing is written. */
  readonly cancelReview: () => void;
  /** Undoes a committed update: old text and selectors back; the file waits for a choice again. */
  readonly undoUpdate: (index: number) => Promise<void>;
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

  useCommand({ menu: 'import' }, () => void pickFiles());
  useEffect(() => {
    if (takeImportRequest()) void pickFiles();
  }, [pickFiles]);

  const close = useCallback(() => {
    if (!busy.current) setRun(undefined);
  }, []);

  /** Replaces one file's result (the choice made for it). */
  const settle = useCallback((index: number, result: FileResult) => {
    setRun((current) => current && { ...current, review: undefined, results: current.results.map((r, i) => (i === index ? result : r)) });
  }, []);
  const held = (index: number) => {
    const result = run?.results[index];
    return result?.status === 'matches' ? result : undefined;
  };

  const importAsNew = async (index: number) => {
    const result = held(index);
    if (!result || busy.current) return;
    busy.current = true;
    try {
      const { added } = await addImportedArticles(db, [result.article]);
      const article = added[0];
      settle(
        index,
        article
          ? { name: result.name, status: 'imported', article }
          : { name: result.name, status: 'refused', refusal: { reason: 'duplicate', detail: result.article.meta.title } },
      );
    } catch (error) {
      settle(index, { name: result.name, status: 'refused', refusal: { reason: 'storage', detail: error instanceof Error ? error.message : String(error) } });
    } finally {
      busy.current = false;
    }
  };

  const skip = (index: number) => {
    const result = held(index);
    if (result) settle(index, { name: result.name, status: 'skipped' });
  };

  const reviewUpdate = async (index: number) => {
    const result = held(index);
    if (!result || busy.current) return;
    const plan = await (await articleVersions()).planArticleUpdate(db, result.existing.article, result.article);
    setRun((current) => current && { ...current, review: { index, plan, committing: false } });
  };

  const confirmUpdate = async () => {
    const review = run?.review;
    const result = review && held(review.index);
    if (!review || !result || busy.current) return;
    busy.current = true;
    setRun((current) => current && { ...current, review: { ...review, committing: true } });
    try {
      const written = await (await articleVersions()).commitArticleUpdate(db, host, review.plan, __APP_VERSION__);
      if (written.ok)
        settle(review.index, {
          name: result.name,
          status: 'updated',
          article: review.plan.next,
          plan: review.plan,
          replacedAt: written.value.replacedAt,
          held: result,
        });
      else setRun((current) => current && { ...current, review: { ...review, committing: false, refusal: written.error } });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      settle(review.index, { name: result.name, status: 'refused', refusal: { reason: 'storage', detail } });
    } finally {
      busy.current = false;
    }
  };

  const cancelReview = () => setRun((current) => current && { ...current, review: undefined });

  const undoUpdate = async (index: number) => {
    const result = run?.results[index];
    if (result?.status !== 'updated' || busy.current) return;
    busy.current = true;
    try {
      const undone = await (await articleVersions()).undoArticleUpdate(db, result.plan, result.replacedAt);
      settle(index, undone ? result.held : { ...result, undoRefused: true });
    } finally {
      busy.current = false;
    }
  };

  return { run, pickFiles, importSources, close, importAsNew, skip, reviewUpdate, confirmUpdate, cancelReview, undoUpdate };
}

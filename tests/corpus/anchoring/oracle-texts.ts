import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadBundledArticles } from '../../../build/corpus-files';
import { importFolder } from '../../../build/report/import-folder';
import { articleText } from '../../../corpus/model';

/** The real briefings shared beside the project (`../shared/real-briefings/`), read in place, never copied. */
export const REAL_BRIEFINGS_DIR = resolve(import.meta.dirname, '../../../../shared/real-briefings');

/** Clean texts of the bundled articles, as the reader anchors on them. */
export function bundledTexts(): string[] {
  return loadBundledArticles().map((o) => articleText(o.article.blocks));
}

/**
 * Clean texts of the real briefings, imported through the app's own pipeline
 * (`build/report/import-folder.ts`). `extensions` limits the formats (PDFs take a minute on a
 * busy machine): the chosen files are linked from a temporary folder, not copied. Empty when
 * the folder is not there (a checkout without `../shared`).
 */
export async function realBriefingTexts(extensions?: readonly string[]): Promise<string[]> {
  if (!existsSync(REAL_BRIEFINGS_DIR)) return [];
  let dir = REAL_BRIEFINGS_DIR;
  let scratch: string | undefined;
  if (extensions) {
    scratch = mkdtempSync(join(tmpdir(), 'pizhu-oracle-'));
    for (const file of readdirSync(REAL_BRIEFINGS_DIR)) {
      if (extensions.some((ext) => file.toLowerCase().endsWith(ext))) symlinkSync(join(REAL_BRIEFINGS_DIR, file), join(scratch, file));
    }
    dir = scratch;
  }
  try {
    const results = await importFolder(dir);
    return results.flatMap((r) => (r.status === 'imported' ? [articleText(r.output.article.blocks)] : [])).filter((t) => t.length > 200);
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

import type { ArticlePrintInput, PageSize, PrintLang } from '../../../../corpus/export/print-types';
import type { Annotation, ArticleNote, HighlightColor } from '../../../../corpus/model';
import type { ArticleAnnotations } from '../../../../corpus/export/export-input';

/** What every print needs besides the article: the UI's colour names, language and paper. */
export interface PrintSettings {
  readonly colorNames: Readonly<Record<HighlightColor, string>>;
  readonly lang: PrintLang;
  readonly pageSize: PageSize;
  /** ISO timestamp printed in the header. */
  readonly generatedAt: string;
}

/** One re-anchored article as the pure print layer wants it. */
export function toPrintInput(annotated: ArticleAnnotations, settings: PrintSettings): ArticlePrintInput {
  return { ...annotated, ...settings };
}

/** Today in local time as YYYY-MM-DD (the `<input type="date">` format). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Tag → ids of the articles carrying it on any annotation or article note, tags sorted
 * for the UI language. Used by "select all with tag …".
 */
export function articlesByTag(annotations: readonly Annotation[], notes: readonly ArticleNote[], lang: PrintLang): Map<string, Set<string>> {
  const byTag = new Map<string, Set<string>>();
  const add = (tag: string, articleId: string) => {
    const set = byTag.get(tag) ?? new Set<string>();
    set.add(articleId);
    byTag.set(tag, set);
  };
  for (const a of annotations) for (const tag of a.body.tags) add(tag, a.target.source);
  for (const n of notes) for (const tag of n.body.tags) add(tag, n.articleId);
  return new Map([...byTag].sort(([a], [b]) => a.localeCompare(b, lang)));
}

export type PackFormError = 'title-required' | 'none-selected';

/** The form's problems, in the order the fields appear (title first). Empty when it can be built. */
export function validatePackForm(form: { readonly title: string; readonly selected: ReadonlySet<string> }): PackFormError[] {
  const errors: PackFormError[] = [];
  if (form.title.trim() === '') errors.push('title-required');
  if (form.selected.size === 0) errors.push('none-selected');
  return errors;
}

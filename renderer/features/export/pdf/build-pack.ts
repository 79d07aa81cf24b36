import {
  renderMeetingPackHtml,
  renderMeetingPackParts,
  tocPagesFromPartPageCounts,
  type MeetingPackInput,
  type MeetingPackMode,
  type SummaryGrouping,
} from '../../../../corpus/export/meeting-pack';
import type { EarlierText } from '../../../../corpus/anchoring';
import type { ArticlePrintInput } from '../../../../corpus/export/print-types';
import type { Annotation, Article, ArticleNote } from '../../../../corpus/model';
import { annotateArticles } from '../../../../corpus/export/export-input';
import { toPrintInput, type PrintSettings } from './print-inputs';

export interface PackRequest {
  readonly title: string;
  readonly date: string;
  /** The chosen briefings, in the order they appear in the pack. */
  readonly articles: readonly Article[];
  readonly annotations: readonly Annotation[];
  readonly notes: readonly ArticleNote[];
  readonly mode: MeetingPackMode;
  readonly groupSummaryBy: SummaryGrouping;
  readonly settings: PrintSettings;
  /** For the summary by person: the user's name and colleagues' notes (team sharing). */
  readonly people?: MeetingPackInput['people'];
  /** Per article id, the earlier texts its notes were made on (`loadEarlierTexts`). */
  readonly earlier?: ReadonlyMap<string, readonly EarlierText[]>;
}

/** Step `step` of `total` is under way (articles re-anchored one by one, then the layout). */
export interface PackProgress {
  readonly step: number;
  readonly total: number;
}

/**
 * Lets the UI paint the progress and handle a Cancel click between steps: after the next
 * animation frame (so the step is on screen, not coalesced away), then a task.
 */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const afterTask = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(afterTask);
    else afterTask();
  });

/**
 * Builds a meeting pack's print HTML step by step: each article is re-anchored in its own
 * task, then the whole pack is laid out. Each step is announced, then the UI gets a task to
 * paint it, then `signal` is checked: an abort rejects with the signal's reason (an
 * `AbortError` DOMException by default), skipping all remaining work.
 *
 * Page numbers in the contents: with `countPages` (the desktop app prints each part off
 * screen and counts its pages) the contents show where each section starts; without it (the
 * browser) they are left out rather than guessed — the hidden placeholders keep the layout,
 * sections keep their order and each opens with "简报 i / n".
 */
/** How many steps a pack build shows: one per article, page counting where the host can, then the layout. */
export function packSteps(articleCount: number, countsPages: boolean): number {
  return articleCount + (countsPages ? 2 : 1);
}

export async function buildMeetingPack(
  request: PackRequest,
  signal: AbortSignal,
  onProgress: (progress: PackProgress) => void,
  countPages?: (htmls: string[]) => Promise<readonly number[] | undefined>,
): Promise<string> {
  const total = packSteps(request.articles.length, countPages !== undefined);
  const begin = async (step: number) => {
    signal.throwIfAborted();
    onProgress({ step, total });
    await nextTask();
    signal.throwIfAborted();
  };
  const inputs: ArticlePrintInput[] = [];
  for (const [i, article] of request.articles.entries()) {
    await begin(i + 1);
    const own = request.annotations.filter((a) => a.target.source === article.id);
    const [annotated] = annotateArticles([article], own, request.notes, request.earlier);
    inputs.push(toPrintInput(annotated!, request.settings));
  }
  const pack: MeetingPackInput = {
    title: request.title.trim(),
    date: request.date,
    articles: inputs,
    mode: request.mode,
    groupSummaryBy: request.groupSummaryBy,
    lang: request.settings.lang,
    pageSize: request.settings.pageSize,
    colorNames: request.settings.colorNames,
    ...(request.people ? { people: request.people } : {}),
  };
  if (countPages) {
    await begin(total - 1);
    const counts = await countPages(renderMeetingPackParts(pack));
    signal.throwIfAborted();
    const pages = counts ? tocPagesFromPartPageCounts(counts) : undefined;
    if (pages?.ok) {
      await begin(total);
      return renderMeetingPackHtml({ ...pack, tocPageNumbers: pages.value });
    }
  }
  await begin(total);
  return renderMeetingPackHtml(pack);
}

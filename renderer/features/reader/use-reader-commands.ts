import { useCallback, type RefObject } from 'react';
import { textOffset, type Article, type TextOffset } from '../../../corpus/model';
import { spanBox } from '../../dom/selection';
import type { TextMap } from '../../dom/text-map';
import { useI18n } from '../../ui/i18n';
import { useToast } from '../../ui/toast';
import { citation } from '../../../corpus/export/citation';
import { copyText } from '../../dom/clipboard';

/** Scrolls the reader so clean-text `offset` sits a third of the way down the scroll area. */
export function useScrollToOffset(map: TextMap | undefined, scrollRef: RefObject<HTMLElement | null>, textLength: number) {
  return useCallback(
    (offset: TextOffset) => {
      const element = map?.blockElementAt(offset);
      const container = scrollRef.current;
      if (!map || !element || !container) return;
      const box = spanBox(map, offset, textOffset(Math.min(offset + 1, textLength))) ?? element.getBoundingClientRect();
      container.scrollBy({ top: box.top - container.getBoundingClientRect().top - container.clientHeight / 3 });
    },
    [map, scrollRef, textLength],
  );
}

/** Copies the passage (the selection, or the active highlight) as a quote with its citation. */
export function useCopyQuote(article: Article, text: string, range: { readonly start: number; readonly end: number } | undefined) {
  const { t, lang } = useI18n();
  const toast = useToast();
  return useCallback(async () => {
    if (!range) return;
    await copyText(citation(article, text.slice(range.start, range.end), lang));
    toast(t('toast.copied'));
  }, [range, article, text, lang, toast, t]);
}

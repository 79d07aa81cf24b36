import { useI18n } from '../../ui/i18n';

/**
 * The gap marker after a paragraph the source breaks off mid-sentence (`Block.cut`). It is a
 * sibling of the paragraph element, never inside it, and has no text node of its own: what it
 * shows comes from CSS (`.cut-marker::before`), so the paragraph's DOM text stays exactly its
 * clean text and the DOM ⇄ offset map, selections, copies and search hits are unaffected.
 * `data-pizhu-ignore` keeps it out of the text map even if it is ever moved inside a block.
 */
export function CutMarker() {
  const { t } = useI18n();
  const label = t('reader.cutMarker');
  return <span className="cut-marker" role="img" aria-label={label} title={label} data-pizhu-ignore="" />;
}

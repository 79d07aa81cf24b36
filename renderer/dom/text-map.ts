import { blockIndexAt, blockStarts, textOffset, type Block, type TextOffset } from '../../corpus/model';

/**
 * The DOM ⇄ clean-text bridge, the only code that touches Range objects. The reader renders
 * each block as one element with `data-block-id` whose text content is exactly the block's
 * clean text; elements marked `data-pizhu-ignore` (paragraph numbers, buttons) are skipped.
 */
export interface TextMap {
  /** Clean-text offset of a DOM point, or undefined when it is outside the article text. */
  offsetOf(node: Node, offset: number): TextOffset | undefined;
  /** A DOM Range covering clean-text [start, end), or undefined if unmapped. */
  rangeOf(start: TextOffset, end: TextOffset): Range | undefined;
  /** The block element containing a clean-text offset. */
  blockElementAt(offset: TextOffset): HTMLElement | undefined;
}

function textNodesOf(element: Element): Text[] {
  const nodes: Text[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => (node instanceof Element && node.hasAttribute('data-pizhu-ignore') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text) nodes.push(node);
  return nodes;
}

export function createTextMap(root: HTMLElement, blocks: readonly Block[]): TextMap {
  const starts = blockStarts(blocks);
  const indexById = new Map(blocks.map((b, i) => [b.id, i]));
  const elementOf = (i: number) => root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blocks[i]!.id)}"]`) ?? undefined;

  function pointAt(offset: number, preferEnd: boolean): { node: Node; offset: number } | undefined {
    const i = blockIndexAt(starts, offset);
    const element = elementOf(i);
    if (!element) return undefined;
    let within = Math.min(offset - starts[i]!, blocks[i]!.text.length);
    const nodes = textNodesOf(element);
    for (const node of nodes) {
      const length = node.data.length;
      if (within < length || (within === length && (preferEnd || node === nodes[nodes.length - 1]))) return { node, offset: within };
      within -= length;
    }
    return { node: element, offset: element.childNodes.length };
  }

  return {
    offsetOf(node, offset) {
      const element = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-block-id]');
      if (!element || !root.contains(element)) return undefined;
      const i = indexById.get(element.dataset.blockId ?? '');
      if (i === undefined) return undefined;
      let within = 0;
      if (node instanceof Text) {
        for (const text of textNodesOf(element)) {
          if (text === node) return textOffset(starts[i]! + within + Math.min(offset, text.data.length));
          within += text.data.length;
        }
        return undefined;
      }
      // An element boundary: count the text before the child at `offset`.
      const range = element.ownerDocument.createRange();
      range.setStart(element, 0);
      range.setEnd(node, offset);
      return textOffset(starts[i]! + Math.min(range.toString().length, blocks[i]!.text.length));
    },
    rangeOf(start, end) {
      if (end <= start) return undefined;
      const from = pointAt(start, false);
      const to = pointAt(end, true);
      if (!from || !to) return undefined;
      const range = root.ownerDocument.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
    blockElementAt(offset) {
      return elementOf(blockIndexAt(starts, offset));
    },
  };
}

/** The clean-text offsets of the current selection inside the article, if any. */
export function selectionOffsets(map: TextMap, selection: Selection | null): { start: TextOffset; end: TextOffset } | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const start = map.offsetOf(range.startContainer, range.startOffset);
  const end = map.offsetOf(range.endContainer, range.endOffset);
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { start, end };
}

/** The clean-text offset under a screen point (for clicks on highlights). */
export function offsetAtPoint(map: TextMap, x: number, y: number): TextOffset | undefined {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return map.offsetOf(position.offsetNode, position.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? map.offsetOf(range.startContainer, range.startOffset) : undefined;
}

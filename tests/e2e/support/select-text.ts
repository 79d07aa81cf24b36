import type { Locator, Page } from 'playwright-core';

/**
 * Selects `substring` inside `element` by dragging the mouse across it, as a person would:
 * press just left of the first character, release just right of the last one.
 */
export async function dragSelect(page: Page, element: Locator, substring: string, occurrence = 0): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  const box = await element.evaluate(
    (el, [needle, nth]) => {
      const text = el.textContent ?? '';
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`"${needle}" not found`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const point = (offset: number) => {
        let rest = offset;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (rest <= node.data.length) return { node, offset: rest };
          rest -= node.data.length;
        }
        throw new Error('offset out of range');
      };
      const charRect = (offset: number) => {
        walker.currentNode = el;
        const p = point(offset);
        const r = document.createRange();
        r.setStart(p.node, p.offset);
        r.setEnd(p.node, p.offset + 1);
        const rect = r.getClientRects()[0]!;
        return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
      };
      return { first: charRect(at), last: charRect(at + needle.length - 1) };
    },
    [substring, occurrence] as const,
  );
  const y1 = (box.first.top + box.first.bottom) / 2;
  const y2 = (box.last.top + box.last.bottom) / 2;
  await page.mouse.move(box.first.left + 1, y1);
  await page.mouse.down();
  await page.mouse.move((box.first.left + box.last.right) / 2, (y1 + y2) / 2, { steps: 4 });
  await page.mouse.move(box.last.right - 1, y2, { steps: 4 });
  await page.mouse.up();
}

/** Reads the text of every range painted under a CSS highlight name. */
export async function paintedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  }, name);
}

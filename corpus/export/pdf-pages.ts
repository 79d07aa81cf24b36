/**
 * Number of pages in a PDF that Chromium wrote (printToPDF, page.pdf): its page objects are
 * plain `/Type /Page` dictionaries (no object streams), so counting them is exact without a
 * PDF library. `/Type /Pages` (the page tree) is not a page. O(bytes).
 */
export function countPdfPages(bytes: Uint8Array): number {
  let text = '';
  // Latin-1 keeps every byte as one character; chunks avoid a huge argument list.
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

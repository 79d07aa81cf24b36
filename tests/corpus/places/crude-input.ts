import type { PlaceInput } from '../../../corpus/places';

/** Decodes as UTF-8 unless that leaves replacement characters (then GB18030). */
export function decode(bytes: Buffer): string {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  return (utf8.match(/\ufffd/gu) ?? []).length > utf8.length / 1000 ? new TextDecoder('gb18030').decode(bytes) : utf8;
}

/** Crude article parts, standing in for the import pipeline this test does not depend on. */
export function crudeInput(file: string, raw: string, language: PlaceInput['language']): PlaceInput {
  let text = raw.replace(/^\ufeff/u, '');
  let title = '';
  if (file.endsWith('.html')) {
    title = /<title[^>]*>([^<]*)<\/title>/iu.exec(text)?.[1]?.trim() ?? '';
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/iu
      .exec(text)?.[1]
      ?.replace(/<[^>]+>/gu, '')
      .trim();
    if (h1) title = h1;
    text = text
      .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/giu, '')
      .replace(/<!--[\s\S]*?-->/gu, '')
      .replace(/<\/(p|div|h\d|li|tr|br)>|<br\s*\/?>/giu, '\n')
      .replace(/<[^>]+>/gu, '')
      .replace(/&nbsp;/gu, ' ');
  } else if (file.endsWith('.md')) {
    const fm = /^\s*---\n([\s\S]*?)\n---\n/u.exec(text);
    if (fm) {
      title = /^title:\s*["']?(.*?)["']?\s*$/mu.exec(fm[1] ?? '')?.[1] ?? '';
      text = text.slice(fm[0].length);
    }
    title ||= /^#\s+(.*)$/mu.exec(text)?.[1] ?? '';
  }
  const lines = text
    .split(/\n/u)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  title ||= lines[0] ?? '';
  const datelineMatch = /(?:本报|新华社)(\p{Script=Han}{2,6}?)\d{1,2}月\d{1,2}日电/u.exec(text);
  const dateline = datelineMatch?.[1];
  // The import pipeline hands the dateline over separately; here it is cut from the lead.
  const lead = (lines.find((l) => l.length > 40 && l !== title) ?? '').replace(datelineMatch?.[0] ?? '\u0000', '');
  return { title, lead, body: lines.join('\n'), language, ...(dateline ? { dateline } : {}) };
}

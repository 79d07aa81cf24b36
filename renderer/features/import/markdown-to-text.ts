/**
 * Markdown → the plain structure the normalizer reads. `#` headings pass through (the
 * normalizer understands them); inline markup is reduced to its text (links and images
 * keep their words, never their URLs); list and quote markers, fences, rules, reference
 * definitions and front matter go. Raw HTML stays as literal text: the reader renders
 * text nodes only, so it can never become markup. O(text length).
 */
export function markdownToText(markdown: string): string {
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let title: string | undefined;
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end > 0) {
      const titleLine = lines.slice(1, end).find((l) => /^title\s*:/i.test(l));
      title = titleLine?.replace(/^title\s*:\s*/i, '').replace(/^["']|["']$/g, '').trim() || undefined;
      start = end + 1;
    }
  }
  const out: string[] = [];
  let inFence = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    const next = lines[i + 1];
    // Setext headings: a line underlined with === or ---.
    if (line.trim() && next !== undefined && /^\s*(=+|-+)\s*$/.test(next) && !/^\s*[-*+>#]/.test(line)) {
      out.push(`${next.trim().startsWith('=') ? '#' : '##'} ${inline(line.trim())}`);
      i++;
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push('');
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue;
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      out.push(`${heading[1]} ${inline(heading[2]!)}`);
      continue;
    }
    const body = line.replace(/^\s*(>\s?)+/, '').replace(/^\s*[-*+]\s+(\[[ xX]\]\s+)?/, '');
    out.push(inline(body));
  }
  const hasTitle = out.some((l) => /^#\s/.test(l));
  if (title && !hasTitle) out.unshift(`# ${title}`, '');
  return out.join('\n');
}

/** Inline markup → its text. */
function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*/g, '$1$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1');
}

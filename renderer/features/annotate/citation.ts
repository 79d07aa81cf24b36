import type { Article } from '../../../corpus/model';

/** "quote" — title, source, date: how a passage is pasted into a memo. */
export function citation(article: Article, quote: string, lang: 'zh-CN' | 'en'): string {
  const { meta } = article;
  const where = [meta.title, meta.source, meta.date ?? meta.year?.toString()].filter(Boolean);
  return lang === 'zh-CN' ? `“${quote}”——${where.join('，')}` : `“${quote}” — ${where.join(', ')}`;
}

export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard API refused (no permission or not focused): the selection-based fallback works in both hosts.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

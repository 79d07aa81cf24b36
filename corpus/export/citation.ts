import type { Article } from '../model';

/** "quote" — title, source, date: how a passage is pasted into a memo. */
export function citation(article: Article, quote: string, lang: 'zh-CN' | 'en'): string {
  const { meta } = article;
  const where = [meta.title, meta.source, meta.date ?? meta.year?.toString()].filter(Boolean);
  return lang === 'zh-CN' ? `“${quote}”——${where.join('，')}` : `“${quote}” — ${where.join(', ')}`;
}

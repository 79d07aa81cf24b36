import { articleText, type Annotation, type HighlightColor } from '../model';
import { endBlockIndex, layoutArticle, sortHighlights } from './print-article';
import { printLabels } from './print-labels';
import type { ArticlePrintInput, PrintLang } from './print-types';
import { articleUrl } from './w3c';

/** Which annotations to export; every given criterion must hold (colours: one of them; tags: one of them). */
export interface MarkdownFilter {
  readonly colors?: readonly HighlightColor[];
  readonly tags?: readonly string[];
}

export interface MarkdownExportInput {
  readonly articles: readonly Pick<ArticlePrintInput, 'article' | 'annotations' | 'orphans' | 'articleNotes'>[];
  readonly colorNames: Readonly<Record<HighlightColor, string>>;
  readonly lang: PrintLang;
  readonly filter?: MarkdownFilter;
}

/** Backslash-escapes the characters that would turn quoted article text into Markdown syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

const matchesTags = (tags: readonly string[], filter: MarkdownFilter | undefined): boolean =>
  !filter?.tags || filter.tags.length === 0 || tags.some((t) => filter.tags!.includes(t));

export function matchesFilter(a: Annotation, filter: MarkdownFilter | undefined): boolean {
  const colorOk = !filter?.colors || filter.colors.length === 0 || filter.colors.includes(a.color);
  return colorOk && matchesTags(a.body.tags, filter);
}

const blockquote = (text: string): string =>
  text
    .split('\n')
    .map((line) => (line ? `> ${escapeMarkdown(line)}` : '>'))
    .join('\n');

function tagLine(tags: readonly string[], label: string): string {
  return tags.length > 0 ? `${label}：${tags.map((t) => `\`#${t.replace(/`/g, "'")}\``).join(' ')}` : '';
}

function entry(args: { quote: string; link: string; linkLabel: string; colorName: string; note: string; tags: readonly string[]; tagLabel: string }): string {
  const parts = [blockquote(args.quote), `>\n> — [${escapeMarkdown(args.linkLabel)}](${args.link}) · ${escapeMarkdown(args.colorName)}`];
  const extra = [args.note.trim(), tagLine(args.tags, args.tagLabel)].filter(Boolean);
  return [parts.join('\n'), ...extra].join('\n\n');
}

/**
 * Markdown for the given articles' annotations: per article a heading, then each quote
 * as a blockquote with its ¶ number, colour name and a `pizhu://article/<id>#p12` link,
 * followed by the note and tags. Articles with nothing matching the filter are left out.
 */
export function exportMarkdown(input: MarkdownExportInput): string {
  const labels = printLabels(input.lang);
  const sections: string[] = [];
  for (const a of input.articles) {
    const text = articleText(a.article.blocks);
    const layout = layoutArticle(a);
    const items: string[] = [];
    for (const h of sortHighlights(a.annotations)) {
      if (!matchesFilter(h.annotation, input.filter)) continue;
      const block = layout.blocks[endBlockIndex(layout.starts, h)];
      const fragment = block?.para !== undefined ? `p${block.para}` : (block?.id ?? '');
      items.push(
        entry({
          quote: text.slice(h.start, h.end),
          link: `${articleUrl(a.article.id)}${fragment ? `#${fragment}` : ''}`,
          linkLabel: block?.para !== undefined ? `¶${block.para}` : a.article.meta.title,
          colorName: input.colorNames[h.annotation.color],
          note: h.annotation.body.note,
          tags: h.annotation.body.tags,
          tagLabel: labels.tags,
        }),
      );
    }
    for (const o of a.orphans) {
      if (!matchesFilter(o, input.filter)) continue;
      items.push(
        entry({
          quote: o.target.selector[0].exact,
          link: articleUrl(a.article.id),
          linkLabel: labels.orphans,
          colorName: input.colorNames[o.color],
          note: o.body.note,
          tags: o.body.tags,
          tagLabel: labels.tags,
        }),
      );
    }
    // Whole-article notes have no colour: they pass only when no colour filter is set.
    const notes = input.filter?.colors?.length ? [] : a.articleNotes.filter((n) => matchesTags(n.body.tags, input.filter));
    for (const n of notes) {
      items.push([`**${labels.articleNotes}**`, n.body.note.trim(), tagLine(n.body.tags, labels.tags)].filter(Boolean).join('\n\n'));
    }
    if (items.length === 0) continue;
    const meta = a.article.meta;
    const sub = [meta.source, meta.date ?? (meta.year !== undefined ? String(meta.year) : undefined)].filter(Boolean).join(' · ');
    const head = `# ${escapeMarkdown(meta.title)}\n\n${sub ? `${escapeMarkdown(sub)} · ` : ''}<${articleUrl(a.article.id)}>`;
    sections.push([head, ...items].join('\n\n---\n\n'));
  }
  return sections.length > 0 ? `${sections.join('\n\n')}\n` : '';
}

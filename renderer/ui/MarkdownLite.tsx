import { Fragment, type ReactNode } from 'react';
import { routeFromPizhuLink, routeHash } from './router';

/**
 * Markdown-lite for notes: paragraphs, `- ` / `* ` / `1. ` lists, **bold**, *italic*, `code`
 * and [links](https://…), including links to passages (`pizhu://article/<id>#p12`). It builds React elements, never HTML strings, so nothing a note
 * contains can become markup or script; links are kept only for http(s) and mailto.
 */
export function safeLinkHref(href: string): string | undefined {
  try {
    const url = new URL(href.trim());
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const INLINE = /\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function renderInline(text: string, keyPrefix = 'i'): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let n = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index;
    if (index > last) out.push(text.slice(last, index));
    const key = `${keyPrefix}-${n++}`;
    const [whole, bold, italic, code, label, href] = match;
    if (bold !== undefined) out.push(<strong key={key}>{bold}</strong>);
    else if (italic !== undefined) out.push(<em key={key}>{italic}</em>);
    else if (code !== undefined) out.push(<code key={key}>{code}</code>);
    else if (label !== undefined && href !== undefined) {
      const inApp = routeFromPizhuLink(href);
      const safe = inApp ? undefined : safeLinkHref(href);
      if (inApp) out.push(<a key={key} href={routeHash(inApp)}>{label}</a>);
      else out.push(safe ? <a key={key} href={safe} target="_blank" rel="noopener noreferrer">{label}</a> : whole);
    }
    last = index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

type Chunk = { kind: 'p'; lines: string[] } | { kind: 'ul' | 'ol'; items: string[] };

export function MarkdownLite({ text }: { text: string }) {
  const chunks: Chunk[] = [];
  for (const line of text.split(/\r?\n/)) {
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)、]\s*(.*)$/.exec(line);
    const previous = chunks[chunks.length - 1];
    if (bullet || numbered) {
      const kind = bullet ? 'ul' : 'ol';
      const item = (bullet ?? numbered)![1]!;
      if (previous?.kind === kind) previous.items.push(item);
      else chunks.push({ kind, items: [item] });
    } else if (line.trim() === '') {
      chunks.push({ kind: 'p', lines: [] });
    } else if (previous?.kind === 'p') previous.lines.push(line);
    else chunks.push({ kind: 'p', lines: [line] });
  }
  return (
    <div className="markdown-lite">
      {chunks.map((chunk, i) => {
        if (chunk.kind === 'p') {
          if (chunk.lines.length === 0) return null;
          return (
            <p key={i}>
              {chunk.lines.map((line, j) => (
                <Fragment key={j}>
                  {j > 0 && <br />}
                  {renderInline(line, `${i}-${j}`)}
                </Fragment>
              ))}
            </p>
          );
        }
        const List = chunk.kind;
        return <List key={i}>{chunk.items.map((item, j) => <li key={j}>{renderInline(item, `${i}-${j}`)}</li>)}</List>;
      })}
    </div>
  );
}

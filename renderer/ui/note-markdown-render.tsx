import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { createElement, type ReactNode } from 'react';
import { routeFromPizhuLink, routeHash } from './router';

/**
 * Notes as Markdown, parsed by markdown-it and built into React elements (never an HTML
 * string, never dangerouslySetInnerHTML). Only what a note needs is switched on: paragraphs
 * with line breaks, `-`/`*`/`1.` lists, **bold**, *italic*, `code` and [links](…). Raw HTML,
 * images (a remote image would be an outside request), headings, quotes, tables, entities and
 * autolinks are off, so `<script>`, `&lt;` or `# ` stay the text the author typed.
 */
const md = new MarkdownIt('zero', { html: false, breaks: true, linkify: false, typographer: false }).enable([
  'list',
  'emphasis',
  'backticks',
  'link',
  'newline',
]);

/** http(s) and mailto links, normalised; anything else (javascript:, data:, file:, relative…) is refused. */
export function safeLinkHref(href: string): string | undefined {
  try {
    const url = new URL(href.trim());
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Where a note's link goes: a passage in the app (`pizhu://article/<id>#p12`) or a safe outside address. */
function linkTarget(href: string): { readonly href: string; readonly external: boolean } | undefined {
  const inApp = routeFromPizhuLink(href);
  if (inApp) return { href: routeHash(inApp), external: false };
  const safe = safeLinkHref(href);
  return safe ? { href: safe, external: true } : undefined;
}

// A refused link is not a link at all: markdown-it leaves `[label](javascript:…)` as typed.
md.validateLink = (url) => linkTarget(url) !== undefined;

/** Bullets and numbers as Chinese notes write them (`• 第一`, `1、第一`), read as Markdown lists. */
const cjkLists = (text: string): string => text.replace(/^([ \t]*)[•·]([ \t]+)/gm, '$1-$2').replace(/^([ \t]*)(\d{1,9})、[ \t]*/gm, '$1$2. ');

const TAGS: Readonly<Record<string, string>> = {
  paragraph: 'p',
  bullet_list: 'ul',
  ordered_list: 'ol',
  list_item: 'li',
  strong: 'strong',
  em: 'em',
  link: 'a',
};

interface Frame {
  /** undefined: a fragment (a tight list's hidden paragraph) whose children go to the parent. */
  readonly tag: string | undefined;
  readonly props: Record<string, string>;
  readonly children: ReactNode[];
}

function propsOf(token: Token): Record<string, string> {
  if (token.type === 'link_open') {
    const target = linkTarget(token.attrGet('href') ?? '');
    if (!target) return {};
    return target.external ? { href: target.href, target: '_blank', rel: 'noopener noreferrer' } : { href: target.href };
  }
  if (token.type === 'ordered_list_open') {
    const start = token.attrGet('start');
    return start ? { start } : {};
  }
  return {};
}

function build(tokens: readonly Token[], stack: Frame[], nextKey: () => string): void {
  for (const token of tokens) {
    const top = stack[stack.length - 1]!;
    if (token.nesting === 1) {
      const tag = token.hidden ? undefined : TAGS[token.type.replace(/_open$/, '')];
      stack.push({ tag, props: propsOf(token), children: [] });
    } else if (token.nesting === -1) {
      const frame = stack.pop()!;
      const parent = stack[stack.length - 1]!;
      if (frame.tag === undefined) parent.children.push(...frame.children);
      else parent.children.push(createElement(frame.tag, { key: nextKey(), ...frame.props }, ...frame.children));
    } else if (token.type === 'inline') build(token.children ?? [], stack, nextKey);
    else if (token.type === 'softbreak' || token.type === 'hardbreak') top.children.push(createElement('br', { key: nextKey() }));
    else if (token.type === 'code_inline') top.children.push(createElement('code', { key: nextKey() }, token.content));
    // 'text' and anything unexpected: its characters, as text.
    else if (token.content) top.children.push(token.content);
  }
}

export function renderNoteMarkdown(text: string): ReactNode[] {
  const root: Frame = { tag: undefined, props: {}, children: [] };
  let key = 0;
  build(md.parse(cjkLists(text), {}), [root], () => `m${key++}`);
  return root.children;
}

/** Separators sites put between a headline and their own name: `_`, `__`, ` - `, `-`, `--`, `|`, `｜`, ` — `. */
const SEPARATOR = /\s*(?:_+|-{1,2}|\||｜|—{1,2}|–)\s*/g;
/** A trailing segment longer than this is part of the headline, not a site or channel name. */
const MAX_SITE_NAME = 16;

/** Letters and digits only, for comparing titles whitespace- and punctuation-insensitively. */
export const titleKey = (s: string): string => s.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();

/**
 * A `<title>` minus the site and channel names after its last separators (`…封闭！_网易订阅`,
 * `…网络-股票频道-和讯网`, `…活动--当代商报`). A segment is removed only while it is short
 * and what remains is longer than it, so a headline that itself contains `|` or `-`
 * (`棱镜|数据业大整顿…`, `1-10月…`) keeps its head. Returns a prefix of the input, trimmed.
 */
export function stripSiteSuffix(title: string): string {
  let rest = title.trim();
  for (;;) {
    const separators = [...rest.matchAll(SEPARATOR)].filter((m) => m.index > 0);
    const last = separators.at(-1);
    if (!last) return rest;
    const head = rest.slice(0, last.index).trim();
    const tail = rest.slice(last.index + last[0].length).trim();
    if (tail.length > MAX_SITE_NAME || titleKey(head).length <= titleKey(tail).length) return rest;
    rest = head;
  }
}

/** The same `<title>` with a leading site name removed (`万载县人民政府 | 万载县2015年…`), when a heading confirms it. */
function withoutSitePrefix(title: string, heading: string | undefined): string | undefined {
  if (!heading) return undefined;
  const key = titleKey(heading);
  return key && titleKey(title).endsWith(key) ? heading : undefined;
}

/**
 * The article's headline from what the page states, most deliberate first: a CMS
 * `ArticleTitle` or `og:title`, then an `<h1>` the `<title>` confirms, then the `<title>`
 * without its site suffix, then an unconfirmed `<h1>`. Every candidate is text of the page.
 */
export function chooseHtmlTitle(candidates: { readonly metaTitle?: string; readonly h1?: string; readonly pageTitle?: string }): string | undefined {
  const { metaTitle, h1, pageTitle } = candidates;
  if (metaTitle) return metaTitle;
  const stripped = pageTitle ? stripSiteSuffix(pageTitle) : undefined;
  if (h1 && pageTitle && titleKey(pageTitle).includes(titleKey(h1)) && titleKey(h1).length >= 4) return h1;
  // `<title>航空城 | 某网站</title>` with `<h1>南昌航空城建设提速</h1>`: the page title's first
  // segment is a short form of the headline the `<h1>` gives in full.
  const firstSegment = titleKey(pageTitle?.split(SEPARATOR)[0] ?? '');
  if (h1 && firstSegment.length >= 2 && titleKey(h1).length > firstSegment.length && titleKey(h1).includes(firstSegment)) return h1;
  if (stripped && pageTitle) return withoutSitePrefix(pageTitle, h1) ?? stripped;
  return h1;
}

import type { SourceFormat, SourceMeta } from '../ingest';
import type { ArticleMeta, Block } from '../model';
import {
  foldCreditScript,
  isPublicationName,
  parseCreditLine,
  parseDateline,
  parseEnglishDate,
  parseFullDate,
  parseRepostLine,
  splitNames,
  type Credit,
} from './credits';
import { detectLanguage, languageFromTag, type ArticleLanguage } from './language';
import { isIssuerLine } from './classify';
import { ORIGINAL_TITLE, titleKey } from './find-title';
import { findPlaces } from './places';
import { hasChineseSurname } from './surnames';

const ROLE_TOKEN = /(?:记者|实习生|通讯员|编辑|特约撰稿)$/u;
const CREDIT_SUFFIX = /(?:文\/图|\/文|\/图|摄)$/u;
const MAX_TITLE = 30;
/** `【栏目】媒体｜标题`, `【栏目】标题`, `媒体｜标题`: a column tag and/or an outlet name set before a headline. */
const TITLE_PREFIX = /^(【[^】]{1,12}】)?\s*(?:([\p{Script=Han}A-Za-z]{2,10})\s*[｜|]\s*)?(.+)$/u;

/** Blocks at the top where credits, datelines and publication stamps are read. */
const HEAD_BLOCKS = 12;
/** An issuing body's name: ends in the noun of an organisation. */
const ORGANISATION =
  /^\p{Script=Han}[\p{Script=Han}（）()]{1,30}(?:局|委员会|政府|办公室|办公厅|厅|部|院|中心|公司|集团|协会|学会|联合会|委|署|银行|大学|学院|研究所|研究院|总局|总会|常务委员会|代表大会|中共中央|国务院|党委|人大|政协|法院|检察院)$/u;
/** `中共中央 国务院关于实施乡村振兴战略的意见` → the issuers before `关于`. */
const ISSUER_TITLE = /^((?:\p{Script=Han}{2,20}[\s、]*){1,4}?)关于/u;
/** `湖南发展集团股份有限公司 2011 年年度报告摘要` → the organisation before the year and report noun. */
const REPORT_TITLE = /^(\p{Script=Han}{4,30}?)\s*(?:19|20)\d{2}\s*年(?:度|年度)?/u;

/** Names in a byline: role words (`本报全媒体记者`, `实习生`) and credits (`/文`) dropped. */
export function bylineNames(byline: string): string[] {
  const credit = parseCreditLine(byline);
  if (credit && credit.authors.length > 0) return [...credit.authors];
  // Without a role word, only a signature is names: `（黄丽 戴佳伶）`, `陈雁云`, `熊焕明 王 川/文`.
  // A bracketed signature may be a pen name (`（赣 轩）`); a bare name must look like a person's name.
  const bracketed = /^[（(][^（）()]{2,24}[）)]$/u.test(byline.trim());
  const signature = bracketed || /^(?:\p{Script=Han}{1,4}\s*){1,4}(?:\/文|文\/图|\/图)?$/u.test(byline.trim());
  if (!signature) return [];
  return byline
    .replace(/[（()）]/gu, ' ')
    .split(/\s+/)
    .map((t) => t.replace(CREDIT_SUFFIX, ''))
    .filter((t) => /^\p{Script=Han}{2,4}$/u.test(t) && !ROLE_TOKEN.test(t) && (bracketed || hasChineseSurname(t)));
}

/** The first sentence of the lead, shortened: a title for articles whose headline was lost. */
function leadTitle(blocks: readonly Block[]): string | undefined {
  const lead = blocks.find((b) => b.kind === 'paragraph')?.text;
  if (!lead) return undefined;
  const sentence = lead.split(/(?<=[。！？])/u)[0] ?? lead;
  const clause = sentence.length <= MAX_TITLE ? sentence : `${sentence.slice(0, MAX_TITLE)}…`;
  return clause.replace(/[。！？]$/u, '');
}

/** A file name that reads as a headline (`中办国办印发《提振消费专项行动方案》.md`), not an id. */
function fileNameTitle(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .trim();
  const han = (base.match(/\p{Script=Han}/gu) ?? []).length;
  return han >= 4 ? base : undefined;
}

/**
 * Stated authors worth keeping: front matter names the writer; a Word or PDF "Author"
 * property names whoever made the file (a clerk, a template), so it is not used; a web
 * page's `<meta name=author>` often holds the site (`网易`), so only person-shaped names that
 * are not the site or source count.
 */
function trustedAuthors(format: SourceFormat, stated: SourceMeta, names: readonly string[]): string[] {
  if (format === 'pdf' || format === 'docx') return [];
  if (format !== 'html') return [...names];
  const site = [stated.siteName, stated.source].filter((s): s is string => !!s).map(titleKey);
  return names.filter(
    (n) =>
      !site.some((s) => s.includes(titleKey(n))) && (/^[A-Z][a-z]+(?: [A-Z][a-z'-]+)+$/.test(n) || (/^\p{Script=Han}{2,4}$/u.test(n) && hasChineseSurname(n))),
  );
}

/** Authors stated by the file (`author: "實習記者周滿鏗"`, `原韬雄  高  炳`), role words removed. */
function metaAuthors(authors: readonly string[] | undefined): string[] {
  return (authors ?? []).flatMap((a) => {
    const credit = parseCreditLine(a) ?? parseCreditLine(`作者：${a}`);
    return credit && credit.authors.length > 0 ? [...credit.authors] : splitNames(a);
  });
}

/** `2025-03-18`, `2025-03-18T08:00:00+08:00`, `2018年1月2日` → ISO date; `2022` → year only. */
function isoDate(value: string | undefined): { date?: string; year?: number } {
  if (!value) return {};
  const full = parseFullDate(value) ?? parseEnglishDate(value);
  if (full) return { date: full, year: Number(full.slice(0, 4)) };
  const year = /^\s*((?:19|20)\d{2})\s*年?\s*$/u.exec(value)?.[1];
  return year ? { year: Number(year) } : {};
}

/** Credits stated in the head of the article: bylines, source lines and the lead's dateline. */
function headCredits(blocks: readonly Block[]): { credits: Credit[]; dateline?: Credit } {
  const credits: Credit[] = [];
  let dateline: Credit | undefined;
  for (const b of blocks.slice(0, HEAD_BLOCKS)) {
    // `原文来自X：<headline>`: the note names a source whatever the line was read as; its headline stays text.
    const repost = b.kind === 'byline' ? undefined : parseRepostLine(b.text);
    if (repost && repost.rest !== '') credits.push(repost.credit);
    if (b.kind === 'byline' || b.kind === 'kicker' || b.kind === 'subtitle') {
      const c = parseCreditLine(b.text, 240);
      if (c) credits.push(c);
      else if (b.kind === 'byline' && isIssuerLine(b.text))
        credits.push({ source: b.text.replace(/^[（(]|[）)]$/gu, ''), authors: [], contributors: [], strength: 2 });
    } else if (b.kind === 'paragraph' && !dateline) {
      dateline = parseDateline(b.text);
    }
  }
  // Bylines and source stamps printed at the end (`（记者 王明）`, `来源：X`).
  for (const b of blocks.slice(-4)) {
    if (b.kind === 'byline' && !blocks.slice(0, HEAD_BLOCKS).includes(b)) {
      const c = parseCreditLine(b.text, 240);
      if (c) credits.push(c);
    }
  }
  return dateline ? { credits, dateline } : { credits };
}

/**
 * An official document's signature (落款): the issuing body on its own line near the end,
 * with the date on the line after (or before) it.
 */
function signature(blocks: readonly Block[]): { source?: string; date?: string } {
  const tail = blocks.slice(-6);
  for (let i = tail.length - 1; i >= 0; i--) {
    const text = tail[i]!.text.replace(/\s+/gu, '').replace(/^[（(](.+)[）)]$/u, '$1');
    if (!ORGANISATION.test(text) || text.length > 30) continue;
    const near = [tail[i + 1]?.text, tail[i - 1]?.text].map((t) => (t && t.length <= 20 ? parseFullDate(t) : undefined)).find(Boolean);
    return { source: text, ...(near ? { date: near } : {}) };
  }
  return {};
}

/**
 * A publication naming itself in the lead (`经济日报记者日前来到这里…`, `本报记者从…获悉` names
 * no one): how Chinese news reports introduce their own reporting.
 */
function leadSelfReference(blocks: readonly Block[]): string | undefined {
  const lead = blocks
    .filter((b) => b.kind === 'paragraph')
    .slice(0, 3)
    .map((b) => b.text)
    .join('\n');
  for (const m of lead.matchAll(/(\p{Script=Han}{2,10}?)(?:全媒体)?记者(?:日前|近日|近期|昨日|今天|从|在|来到|走进|深入|获悉|了解到|采访|调研|探访)/gu)) {
    // The lazy match may start at a preposition before the name (`据新华社记者…`).
    for (const name of [m[1]!, m[1]!.slice(1)]) if (isPublicationName(name)) return name;
  }
  return undefined;
}

/** The issuing body of an official title (`X关于…`, `X 2011 年年度报告`), when it names an organisation. */
function titleIssuer(title: string): string | undefined {
  const about = ISSUER_TITLE.exec(title)?.[1]?.trim();
  if (about) {
    const parts = about.split(/[\s、]+/u).filter(Boolean);
    if (parts.every((p) => ORGANISATION.test(p) || /^(?:中共中央|国务院|中央|全国人大常委会)$/u.test(p))) return parts.join(' ');
  }
  const report = REPORT_TITLE.exec(title)?.[1]?.trim();
  return report && ORGANISATION.test(report) ? report : undefined;
}

/**
 * A date printed under the title on a line of its own (`（2018年1月2日）`, `2016 年 12 月 31 日`), or
 * opening a bracketed note (`（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）`).
 */
function headDate(blocks: readonly Block[]): string | undefined {
  return blocks
    .slice(0, 4)
    .filter((b) => b.kind !== 'paragraph' || b.text.length <= 24 || /^[（(]\s*(?:19|20)\d{2}\s*年/u.test(b.text))
    .map((b) => parseFullDate(b.text.length <= 24 ? b.text : b.text.slice(0, 16)))
    .find(Boolean);
}

/** `送出日期：2017 年 3 月 29 日`, `印发日期：…`: a date the document labels as its own. */
function labelledDate(blocks: readonly Block[]): string | undefined {
  for (const b of blocks.slice(0, 40)) {
    const m =
      /(?:发布|发表|送出|印发|公布|报出|披露|成文|签发|发文|公告|刊发|出版)(?:日期|时间)\s*[:：]?\s*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})/u.exec(
        b.text,
      );
    if (m) return parseFullDate(m[1]!);
  }
  return undefined;
}

/** A year for a month-day dateline: the file's own date, else a year written in the head. */
function completeDate(monthDay: string | undefined, blocks: readonly Block[], year: number | undefined): string | undefined {
  if (!monthDay) return undefined;
  const headYear =
    year ??
    Number(
      /(?:^|\D)((?:19|20)\d{2})年/u.exec(
        blocks
          .slice(0, HEAD_BLOCKS)
          .map((b) => b.text)
          .join('\n'),
      )?.[1],
    );
  return Number.isFinite(headYear) && headYear > 0 ? `${headYear}${monthDay.slice(1)}` : undefined;
}

export interface InferMetaInput {
  readonly blocks: readonly Block[];
  readonly fallbackTitle: string;
  /** The source format: how much its stated metadata can be trusted differs (see inferMeta). */
  readonly format?: SourceFormat;
  /** What the file states about itself: front matter, `<meta>`, Word and PDF properties. */
  readonly stated?: SourceMeta;
  readonly fileName?: string;
}

/**
 * Metadata evident in the article, each field from the most explicit place that states it:
 * - title: the title block, else the file's stated title, else a file name that reads as a
 *   headline, else the lead's first sentence;
 * - source: stated source, else a credit in the head (`《人民日报》（…）`, `来源：X`,
 *   `江西日报记者`, a dateline agency `新华社北京…电`, `(People's Daily Online)`), else the
 *   issuer named in an official title or signature;
 * - authors: stated authors, bylines, the dateline's reporters;
 * - date: the file's stated date, a dated credit, the dateline's month and day in a known
 *   year, the signature date, a full date in the head (`（2018年1月2日）`), a date in an English
 *   credit — never the largest year in the body (a plan's target year is not its date);
 * - places: a gazetteer of China and the world's countries and main cities, ranked by salience;
 * - language: stated, else from the characters.
 */
export function inferMeta(input: InferMetaInput): ArticleMeta {
  const { blocks, fallbackTitle, stated = {}, fileName, format = 'text' } = input;
  const titleBlock = blocks.find((b) => b.kind === 'title')?.text;
  // `（原标题：X）` states the headline the piece was published under.
  const noted = blocks
    .slice(0, HEAD_BLOCKS)
    .map((b) => ORIGINAL_TITLE.exec(b.text)?.[1])
    .find(Boolean);
  const statedTitle = noted && (!stated.title || titleKey(noted).startsWith(titleKey(stated.title))) ? noted : stated.title;
  const rawTitle = titleBlock ?? statedTitle ?? fileNameTitle(fileName) ?? leadTitle(blocks) ?? fallbackTitle;
  // `【404文库】财新｜标题`: a column tag and an outlet before the headline are not the title
  // (the title block keeps them: it is the source's text).
  const prefixed = TITLE_PREFIX.exec(rawTitle);
  const title = prefixed && prefixed[3]!.length >= 4 ? prefixed[3]! : rawTitle;
  const titleOutlet = prefixed?.[2]?.trim();
  const subtitle = blocks.find((b) => b.kind === 'subtitle')?.text.replace(/^——/u, '') ?? stated.subtitle;
  const kicker = blocks.find((b) => b.kind === 'kicker')?.text;
  const { credits, dateline } = headCredits(blocks);
  const sign = signature(blocks);
  const statedDate = isoDate(stated.date);
  const source =
    stated.source ??
    [...credits].filter((c) => c.source).sort((a, b) => (a.strength ?? 2) - (b.strength ?? 2))[0]?.source ??
    dateline?.source ??
    leadSelfReference(blocks) ??
    titleOutlet ??
    titleIssuer(foldCreditScript(title)) ??
    sign.source;
  // Every byline counts for authors: a page of several pieces signs each one (`（黄丽 戴佳伶）`).
  const bylineAuthors = blocks.filter((b) => b.kind === 'byline').flatMap((b) => bylineNames(b.text));
  const authors = [
    ...new Set([
      ...trustedAuthors(format, stated, metaAuthors(stated.authors)),
      ...credits.flatMap((c) => c.authors),
      ...(dateline?.authors ?? []),
      ...bylineAuthors,
    ]),
  ];
  const headText = blocks
    .slice(0, HEAD_BLOCKS)
    .map((b) => b.text)
    .join('\n');
  const creditDate = credits.map((c) => c.date).find((d) => d && !d.startsWith('--'));
  const monthDay = dateline?.date ?? credits.map((c) => c.date).find((d) => d?.startsWith('--'));
  // A web page's `<meta>` date is often when the page was last built; the date printed in
  // the article wins there. Front matter and document properties state the date itself.
  const labelled = labelledDate(blocks);
  const date =
    // A date the text labels as its publication date (`发表日期：…`) is the most explicit of all.
    labelled ??
    (format === 'html' || format === 'pdf' ? (creditDate ?? headDate(blocks) ?? statedDate.date) : (statedDate.date ?? creditDate)) ??
    completeDate(monthDay, blocks, statedDate.year) ??
    sign.date ??
    headDate(blocks) ??
    parseEnglishDate(headText.slice(0, 600));
  const realTitle = titleBlock ?? stated.title;
  const titleYear = realTitle ? /((?:19|20)\d{2})\s*年/u.exec(realTitle)?.[1] : undefined;
  const headYearMonth = blocks
    .slice(0, 8)
    .map((b) => (b.text.length <= 16 ? /^[（(]?\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*[）)]?$/u.exec(b.text)?.[1] : undefined))
    .find(Boolean);
  const year = date ? Number(date.slice(0, 4)) : (statedDate.year ?? (headYearMonth ? Number(headYearMonth) : titleYear ? Number(titleYear) : undefined));
  const body = blocks
    .filter((b) => b.kind !== 'byline' && b.kind !== 'caption')
    .map((b) => b.text)
    .join('\n');
  const language: ArticleLanguage = languageFromTag(stated.language) ?? detectLanguage(body);
  const lead = blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
  const places = findPlaces({ title, lead, ...(dateline?.place ? { dateline: dateline.place } : {}), body, language });
  return {
    title,
    ...(subtitle ? { subtitle } : {}),
    ...(kicker ? { kicker } : {}),
    ...(source ? { source } : {}),
    authors,
    ...(year !== undefined ? { year } : {}),
    ...(date ? { date } : {}),
    places,
    language,
  };
}

/** Han characters plus Latin/number words (`5G`, `10.8%` count once). */
export function countWords(text: string): number {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (text.match(/[A-Za-z0-9]+(?:[.,%+-][A-Za-z0-9]+)*%?/g) ?? []).length;
  return han + words;
}

import type { ArticleMeta, Block } from '../model';

/** Publications whose reporters sign as `<name>记者`. */
const PUBLICATION = /(江西日报|经济日报|人民日报|光明日报|南昌日报|中国日报|新华社)(?:全媒体)?记者/u;
/**
 * Places worth listing for these briefings (Jiangxi and the partners they mention). A
 * fixed list on purpose: a suffix pattern (`…区`) also catches 直管区, 片区, 园区.
 */
const GAZETTEER = ['赣江新区', '青山湖区', '南昌', '九江', '萍乡', '江西', '上海', '香港', '粤港澳大湾区', '北京', '广州', '杭州', '山东'];
const ROLE_TOKEN = /(?:记者|实习生|通讯员|编辑|特约撰稿)$/u;
const CREDIT_SUFFIX = /(?:文\/图|\/文|\/图|摄)$/u;
const MAX_TITLE = 30;

/** Names in a byline: role words (`本报全媒体记者`, `实习生`) and credits (`/文`) dropped. */
export function bylineNames(byline: string): string[] {
  return byline
    .replace(/[（()）]/gu, ' ')
    .split(/\s+/)
    .map((t) => t.replace(CREDIT_SUFFIX, ''))
    .filter((t) => /^\p{Script=Han}{2,4}$/u.test(t) && !ROLE_TOKEN.test(t));
}

/** The first sentence of the lead, shortened: a title for articles whose headline was lost. */
function leadTitle(blocks: readonly Block[]): string | undefined {
  const lead = blocks.find((b) => b.kind === 'paragraph')?.text;
  if (!lead) return undefined;
  const sentence = lead.split(/(?<=[。！？])/u)[0] ?? lead;
  const clause = sentence.length <= MAX_TITLE ? sentence : `${sentence.slice(0, MAX_TITLE)}…`;
  return clause.replace(/[。！？]$/u, '');
}

/** Places of the gazetteer mentioned, most mentioned first (ties: first mentioned). */
function placesIn(text: string): string[] {
  return GAZETTEER.map((place) => ({ place, count: text.split(place).length - 1, first: text.indexOf(place) }))
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map((p) => p.place);
}

/**
 * Metadata evident in the clean blocks: title/subtitle/kicker blocks, the publication of a
 * `…日报记者` credit, byline names, the latest year written as `NNNN年` in the text (a lower
 * bound for the publication year), places from the gazetteer. `fallbackTitle` is used when
 * there is neither a title block nor a lead paragraph.
 */
export function inferMeta(blocks: readonly Block[], fallbackTitle: string): ArticleMeta {
  const all = blocks.map((b) => b.text).join('\n');
  const body = blocks.filter((b) => b.kind !== 'byline' && b.kind !== 'caption').map((b) => b.text).join('\n');
  const title = blocks.find((b) => b.kind === 'title')?.text ?? leadTitle(blocks) ?? fallbackTitle;
  const subtitle = blocks.find((b) => b.kind === 'subtitle')?.text.replace(/^——/u, '');
  const kicker = blocks.find((b) => b.kind === 'kicker')?.text;
  const source = PUBLICATION.exec(all)?.[1];
  const authors = [...new Set(blocks.filter((b) => b.kind === 'byline').flatMap((b) => bylineNames(b.text)))];
  const years = Array.from(body.matchAll(/(?<!\d)((?:19|20)\d{2})(?=年)/gu), (m) => Number(m[1]));
  return {
    title,
    ...(subtitle ? { subtitle } : {}),
    ...(kicker ? { kicker } : {}),
    ...(source ? { source } : {}),
    authors,
    ...(years.length > 0 ? { year: Math.max(...years) } : {}),
    places: placesIn(body),
  };
}

/** Han characters plus Latin/number words (`5G`, `10.8%` count once). */
export function countWords(text: string): number {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (text.match(/[A-Za-z0-9]+(?:[.,%+-][A-Za-z0-9]+)*%?/g) ?? []).length;
  return han + words;
}

/**
 * The places an article is about, most salient first.
 *
 * Salience: a place in the title weighs most, then the lead, then the dateline, then its
 * frequency in the body; a place named once in passing is not listed. Short names that are
 * also ordinary words (`朝阳`, `和平`, `长安`) count only with support: a county or district
 * written without its suffix counts when its full name also appears or its prefecture (or, for
 * one directly under a province, the province) is mentioned; a prefecture's short name when its
 * province is mentioned, its full name appears, it is in the title, or it recurs. A document that
 * spreads its mentions over many provinces with none in the title is national and gets `[]`.
 *
 * Order: places are picked by score (at most `MAX_PLACES`), each Chinese place bringing its
 * province; then grouped by province, the group with the best score first, and within a group
 * the province first, then prefecture-level places, then county-level ones, each by score
 * (`四川, 遂宁, 成都, 重庆`; `湖北, 黄石, 武汉, 阳新县`). Names come in the article's script.
 */
import { foldHan } from '../search/normalize-text';
import type { Place, Region } from './gazetteer';
import { scanChinese, scanEnglish, type RawMention } from './scan-mentions';

/** What the place finder reads: the parts of an article by salience. */
export interface PlaceInput {
  readonly title: string;
  readonly lead: string;
  /** The dateline, or the place it is filed from (`本报西安3月17日电`, `西安`). */
  readonly dateline?: string;
  readonly body: string;
  readonly language: 'zh-Hans' | 'zh-Hant' | 'en';
}

type Part = 'title' | 'dateline' | 'lead' | 'body';

/** At most this many places are listed. */
export const MAX_PLACES = 6;
/** Weight of one mention, per part; title and dateline count once. */
const WEIGHT: Record<Part, number> = { title: 6, dateline: 2, lead: 2, body: 1 };
/** Lead mentions beyond this many add body weight only. */
const LEAD_CAP = 2;
/** A place needs this score: a title mention, a lead mention and a body one, or three in the body. */
const MIN_SCORE = 3;
/** …and this share of the best place's score. */
const MIN_SHARE = 0.25;
/**
 * When the title names a province, the article is about that province, and any supported
 * mention of a place inside it is listed (a report on 黑龙江 naming 汤原县 once lists it).
 */
const MIN_SCORE_IN_TITLED_PROVINCE = 1;
/** National: mentions spread over at least this many provinces… */
const NATIONAL_PROVINCES = 6;
/** …with no province holding this share of them. */
const NATIONAL_TOP_SHARE = 0.4;

interface PartMention {
  readonly part: Part;
  readonly raw: RawMention;
}

const LEVEL_RANK: Record<Place['level'], number> = { province: 0, country: 0, prefecture: 1, zone: 1, 'world-city': 1, county: 2 };

/** Context the guards read: which places are named outright, and how often each form recurs. */
interface Context {
  readonly provinces: ReadonlySet<Place>;
  readonly fullForms: ReadonlySet<string>;
  readonly formCount: ReadonlyMap<string, number>;
  readonly titleForms: ReadonlySet<string>;
}

function contextOf(mentions: readonly PartMention[]): Context {
  const provinces = new Set<Place>();
  const fullForms = new Set<string>();
  const formCount = new Map<string, number>();
  const titleForms = new Set<string>();
  for (const { part, raw } of mentions) {
    formCount.set(raw.form, (formCount.get(raw.form) ?? 0) + 1);
    if (part === 'title') titleForms.add(raw.form);
    if (raw.target.kind === 'region') {
      raw.target.region.members.forEach((m) => provinces.add(m));
      continue;
    }
    for (const p of raw.target.places) {
      if (p.level === 'province') provinces.add(p);
      if (p.full === raw.form) fullForms.add(raw.form);
    }
  }
  return { provinces, fullForms, formCount, titleForms };
}

function prefectureSupported(p: Place, prefectures: ReadonlySet<Place>): boolean {
  return prefectures.has(p);
}

/** Whether this mention of `place` is believable as a place name (see the module comment). */
function supported(place: Place, form: string, ctx: Context, prefectures: ReadonlySet<Place>): boolean {
  const isFull = form === place.full;
  switch (place.level) {
    case 'province':
    case 'zone':
    case 'country':
    case 'world-city':
      return true;
    case 'prefecture':
      return isFull || (place.province !== undefined && ctx.provinces.has(place.province)) || ctx.titleForms.has(form) || (ctx.formCount.get(form) ?? 0) >= 2;
    case 'county': {
      const parentNamed = place.prefecture
        ? prefectureSupported(place.prefecture, prefectures)
        : place.province !== undefined && ctx.provinces.has(place.province);
      // Two-character full names (`城区`, `新县`, `和县`) are ordinary words too.
      if (isFull && form.length > 2) return true;
      return parentNamed || (!isFull && ctx.fullForms.has(place.full));
    }
  }
}

/** Prefectures named by a full form or with their province: the support counties lean on. */
function namedPrefectures(mentions: readonly PartMention[], ctx: Context): Set<Place> {
  const out = new Set<Place>();
  for (const { raw } of mentions) {
    if (raw.target.kind !== 'place') continue;
    for (const p of raw.target.places) if (p.level === 'prefecture' && supported(p, raw.form, ctx, out)) out.add(p);
  }
  return out;
}

/** The one place a mention names: a supported candidate, preferring context, then rank. */
function resolve(raw: RawMention, ctx: Context, prefectures: ReadonlySet<Place>): { place: Place; ambiguous: boolean } | null {
  if (raw.target.kind !== 'place') return null;
  const ok = raw.target.places.filter((p) => supported(p, raw.form, ctx, prefectures));
  if (ok.length === 0) return null;
  const inContext = ok.filter((p) => (p.prefecture && prefectures.has(p.prefecture)) || (p.province && ctx.provinces.has(p.province)));
  const pool = (inContext.length > 0 ? inContext : ok).sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
  const best = pool[0]!;
  const ambiguous = pool.some((p) => p.name !== best.name || (p.province !== best.province && LEVEL_RANK[p.level] === LEVEL_RANK[best.level]));
  return { place: best, ambiguous };
}

interface Scored {
  score: number;
  readonly place: Place;
  ambiguous: boolean;
  leadMentions: number;
  readonly parts: Set<Part>;
}

function scoreMentions(mentions: readonly PartMention[]): Map<Place, Scored> {
  const ctx = contextOf(mentions);
  const prefectures = namedPrefectures(mentions, ctx);
  const scores = new Map<Place, Scored>();
  const add = (place: Place, part: Part, ambiguous: boolean, factor = 1): void => {
    const s = scores.get(place) ?? { score: 0, place, ambiguous: false, leadMentions: 0, parts: new Set<Part>() };
    scores.set(place, s);
    s.ambiguous ||= ambiguous;
    const once = part === 'title' || part === 'dateline';
    if (once && s.parts.has(part)) return;
    if (part === 'lead' && ++s.leadMentions > LEAD_CAP) s.score += WEIGHT.body * factor;
    else s.score += WEIGHT[part] * factor;
    s.parts.add(part);
  };
  for (const { part, raw } of mentions) {
    if (raw.target.kind === 'region') {
      regionMembers(raw.target.region).forEach((m) => add(m, part === 'title' ? 'lead' : 'body', false));
      continue;
    }
    const r = resolve(raw, ctx, prefectures);
    if (!r) continue;
    // A dateline names where the reporter files from — often the provincial capital's bureau
    // (`本报西安…电` on a story about 榆林) — so it speaks for the province, not the city; abroad a
    // correspondent files from the city the story is in (`新华社巴黎…电`).
    if (part === 'dateline' && r.place.level !== 'world-city') add(r.ambiguous ? r.place : groupOf(r.place), part, false);
    else add(r.place, part, r.ambiguous);
  }
  return scores;
}

const regionMembers = (region: Region): readonly Place[] => region.members;

/** Province-level group a place is listed under (itself for provinces and countries). */
function groupOf(p: Place): Place {
  return p.province ?? p.country ?? p;
}

function isNational(scores: ReadonlyMap<Place, Scored>): boolean {
  const byProvince = new Map<Place, number>();
  let titled = false;
  for (const s of scores.values()) {
    if (s.place.level === 'country' || s.place.level === 'world-city') continue;
    if (s.parts.has('title')) titled = true;
    const g = groupOf(s.place);
    byProvince.set(g, (byProvince.get(g) ?? 0) + s.score);
  }
  if (titled || byProvince.size < NATIONAL_PROVINCES) return false;
  const total = [...byProvince.values()].reduce((a, b) => a + b, 0);
  return Math.max(...byProvince.values()) < NATIONAL_TOP_SHARE * total;
}

function pick(scores: ReadonlyMap<Place, Scored>): Scored[] {
  const ranked = [...scores.values()].sort((a, b) => b.score - a.score);
  const best = ranked[0]?.score ?? 0;
  const titled = ranked.find((s) => s.place.level === 'province' && s.parts.has('title'))?.place;
  const chosen = new Map<Place, Scored>();
  for (const s of ranked) {
    if (chosen.size >= MAX_PLACES) break;
    // Named only by the dateline: where the reporter files from (a national story from the
    // Beijing bureau), not what the piece is about.
    if (s.parts.size === 1 && s.parts.has('dateline')) continue;
    const inTitled = titled !== undefined && s.place.province === titled && !s.ambiguous;
    if (inTitled ? s.score < MIN_SCORE_IN_TITLED_PROVINCE : s.score < MIN_SCORE || s.score < MIN_SHARE * best) continue;
    const province = s.place.level !== 'province' && !s.ambiguous ? s.place.province : undefined;
    const needed = province && !chosen.has(province) ? 2 : 1;
    if (chosen.size + needed > MAX_PLACES) continue;
    chosen.set(s.place, s);
    if (province && !chosen.has(province))
      chosen.set(province, scores.get(province) ?? { score: 0, place: province, ambiguous: false, leadMentions: 0, parts: new Set() });
  }
  const groupScore = new Map<Place, number>();
  for (const s of chosen.values()) groupScore.set(groupOf(s.place), Math.max(groupScore.get(groupOf(s.place)) ?? 0, s.score));
  return [...chosen.values()].sort(
    (a, b) =>
      (groupScore.get(groupOf(b.place)) ?? 0) - (groupScore.get(groupOf(a.place)) ?? 0) ||
      groupOf(a.place).id.localeCompare(groupOf(b.place).id) ||
      LEVEL_RANK[a.place.level] - LEVEL_RANK[b.place.level] ||
      b.score - a.score,
  );
}

/** The place's name in the article's script: as the article writes it, else converted. */
function displayName(place: Place, input: PlaceInput, folded: string, original: string): string {
  if (input.language !== 'zh-Hant') return place.name;
  const at = folded.indexOf(place.name);
  return at >= 0 ? original.slice(at, at + place.name.length) : (place.hant ?? place.name);
}

/** The places `input` is about, most salient first (at most `MAX_PLACES`; `[]` when national). */
export function findPlaces(input: PlaceInput): string[] {
  const scan = input.language === 'en' ? scanEnglish : scanChinese;
  const parts: [Part, string][] = [
    ['title', input.title],
    ['dateline', input.dateline ?? ''],
    ['lead', input.lead],
    ['body', input.body],
  ];
  const mentions = parts.flatMap(([part, text]) => scan(text).map((raw) => ({ part, raw })));
  const scores = scoreMentions(mentions);
  if (isNational(scores)) return [];
  const original = parts.map(([, t]) => t).join('\n');
  const folded = foldHan(original);
  return [...new Set(pick(scores).map((s) => displayName(s.place, input, folded, original)))];
}

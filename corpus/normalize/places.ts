/** Places an article is about: the gazetteer of China and the world, ranked by salience (corpus/places). */
export { findPlaces, type PlaceInput } from '../places';

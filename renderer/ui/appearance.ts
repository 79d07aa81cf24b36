import { useEffect } from 'react';
import { APPEARANCE_DEFAULTS, type Appearance } from '../../corpus/settings';
import { useSetting } from '../store/settings-repo';

// The schema (corpus/settings) owns the types, ranges and defaults; views import them from here.
export {
  APPEARANCE_DEFAULTS,
  FONT_SIZE_RANGE,
  LINE_HEIGHT_RANGE,
  WIDTH_RANGE,
  type Appearance,
  type FontSetting,
  type ThemeSetting,
} from '../../corpus/settings';

/** Reading appearance from settings, applied to the document as CSS variables. */
export function useAppearance(): Appearance {
  const [stored] = useSetting('ui.appearance');
  const appearance = { ...APPEARANCE_DEFAULTS, ...stored };
  const { theme, font, fontSize, lineHeight, width } = appearance;
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dataset.font = font;
    root.style.setProperty('--reader-size', `${fontSize}px`);
    root.style.setProperty('--reader-leading', String(lineHeight));
    root.style.setProperty('--reader-width', `${width}em`);
  }, [theme, font, fontSize, lineHeight, width]);
  return appearance;
}

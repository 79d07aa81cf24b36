import { useEffect } from 'react';
import { useSetting } from '../store/settings-repo';

export type ThemeSetting = 'system' | 'light' | 'dark' | 'sepia';
export type FontSetting = 'serif' | 'sans';

export interface Appearance {
  readonly theme: ThemeSetting;
  readonly font: FontSetting;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly width: number;
}

export const APPEARANCE_DEFAULTS: Appearance = { theme: 'system', font: 'serif', fontSize: 18, lineHeight: 1.9, width: 38 };
export const FONT_SIZE_RANGE = { min: 14, max: 28, step: 1 } as const;
export const LINE_HEIGHT_RANGE = { min: 1.5, max: 2.4, step: 0.1 } as const;
export const WIDTH_RANGE = { min: 28, max: 56, step: 2 } as const;

/** Reading appearance from settings, applied to the document as CSS variables. */
export function useAppearance(): Appearance {
  const [stored] = useSetting<Partial<Appearance>>('ui.appearance', {});
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

import { useMemo } from 'react';
import { COLORS, type HighlightColor } from '../../corpus/model';
import { useI18n } from './i18n';
import { useSetting } from '../store/settings-repo';

/** Colour meanings: the user's own names from settings, else the defaults of the UI language. */
export function useColorNames(): Record<HighlightColor, string> {
  const { t } = useI18n();
  const [custom] = useSetting('colors.names');
  return useMemo(() => {
    const names = {} as Record<HighlightColor, string>;
    for (const color of COLORS) names[color] = custom[color]?.trim() || t(`color.${color}`);
    return names;
  }, [custom, t]);
}

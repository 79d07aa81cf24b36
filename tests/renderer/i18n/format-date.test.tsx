import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { I18nProvider, useI18n, type Lang } from '../../../renderer/ui/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders a provider and hands back its formatDate. */
function formatterFor(lang: Lang): (iso: string) => string {
  let formatDate: ((iso: string) => string) | undefined;
  function Probe() {
    formatDate = useI18n().formatDate;
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() =>
    root.render(
      <I18nProvider lang={lang}>
        <Probe />
      </I18nProvider>,
    ),
  );
  act(() => root.unmount());
  return formatDate!;
}

describe('formatDate', () => {
  it.each<[string, Lang, string]>([
    ['Chinese, a winter morning', 'zh-CN', '2026-01-05T08:30:00.000Z'],
    ['English, a summer evening', 'en', '2026-07-14T19:05:00.000Z'],
    ['English, a leap day', 'en', '2024-02-29T00:00:00.000Z'],
  ])('%s: the same text as toLocaleString with the medium date and short time', (_, lang, iso) => {
    expect(formatterFor(lang)(iso)).toBe(new Date(iso).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }));
  });

  it.each([['garbage'], [''], ['2026-13-45']])('an unreadable stored date (%j) is shown as stored, never thrown', (iso) => {
    expect(formatterFor('zh-CN')(iso)).toBe(iso);
    expect(formatterFor('en')(iso)).toBe(iso);
  });
});

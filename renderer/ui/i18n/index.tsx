import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { MessageKey } from './zh-CN';

export type Lang = 'zh-CN' | 'en';
export type { MessageKey };

type Catalog = Record<MessageKey, string>;

/**
 * The catalogs loaded so far. Each is a chunk of its own, loaded on first use (`loadCatalog`):
 * start-up loads Chinese (the default) beside the corpus and the database, English loads when
 * chosen, so no bundle carries strings that are not shown. The app renders a language only
 * once its catalog is here (`hasCatalog`), so no key is ever shown for a missing string.
 */
const CATALOGS: Partial<Record<Lang, Catalog>> = {};
const LOADERS: Record<Lang, () => Promise<Catalog>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  en: () => import('./en').then((m) => m.en),
};
const loading = new Map<Lang, Promise<void>>();

export const hasCatalog = (lang: Lang): boolean => CATALOGS[lang] !== undefined;

/** Loads `lang`'s catalog once; resolves when `translator(lang)` can be used. */
export function loadCatalog(lang: Lang): Promise<void> {
  if (hasCatalog(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().then(
      (catalog) => {
        CATALOGS[lang] = catalog;
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** The UI language for a list of OS/browser locales: Chinese if any zh comes first, else English. */
export function languageFor(locales: readonly string[]): Lang {
  for (const locale of locales) {
    if (/^zh\b/i.test(locale)) return 'zh-CN';
    if (/^en\b/i.test(locale)) return 'en';
  }
  return 'zh-CN';
}

/**
 * Fills `{name}` placeholders (numbers formatted for the language) and plural choices
 * `{name|one|other}`, picked by the language's plural rules: "{count} {count|note|notes}".
 */
export function format(lang: Lang, template: string, params: Record<string, string | number> = {}): string {
  // The library formats a few strings per card for thousands of cards: skip what a template does not use.
  if (!template.includes('{')) return template;
  // Intl objects are costly to build and the reader formats two strings per paragraph.
  const { plurals, numbers } = intlFor(lang);
  const chosen = !template.includes('|')
    ? template
    : template.replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) => {
        const value = params[name];
        return typeof value === 'number' ? (plurals.select(value) === 'one' ? one : other) : whole;
      });
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value !== 'number') return value;
    // Both languages write integers below 1,000 as plain digits; Intl is slow per call.
    return Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : numbers.format(value);
  });
}

const INTL = new Map<Lang, { plurals: Intl.PluralRules; numbers: Intl.NumberFormat }>();

function intlFor(lang: Lang): { plurals: Intl.PluralRules; numbers: Intl.NumberFormat } {
  let intl = INTL.get(lang);
  if (!intl) INTL.set(lang, (intl = { plurals: new Intl.PluralRules(lang), numbers: new Intl.NumberFormat(lang) }));
  return intl;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `lang`'s strings; its catalog must be loaded (`loadCatalog`). */
export function translator(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  if (!catalog) throw new Error(`The ${lang} catalog is not loaded (call loadCatalog first)`);
  return (key, params) => format(lang, catalog[key], params);
}

interface I18n {
  readonly lang: Lang;
  readonly t: Translate;
  readonly formatDate: (iso: string) => string;
}

const I18nContext = createContext<I18n>({
  lang: 'zh-CN',
  // Outside a provider (tests, the error boundary's last resort): Chinese, once loaded.
  t: (key, params) => translator('zh-CN')(key, params),
  formatDate: (iso) => iso,
});

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  // One formatter per language: toLocaleString with options builds a new one per call (about
  // 1.4 ms in Chromium), which made 10,000 annotation dates take 14 s.
  const dates = useMemo(() => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }), [lang]);
  const formatDate = useCallback(
    (iso: string) => {
      const date = new Date(iso);
      // format() throws on an invalid date, where toLocaleString said "Invalid Date": show the text as stored.
      return Number.isNaN(date.getTime()) ? iso : dates.format(date);
    },
    [dates],
  );
  const value = useMemo(() => ({ lang, t: translator(lang), formatDate }), [lang, formatDate]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);

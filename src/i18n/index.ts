import { LANGUAGES, type Language } from '../core/types';

/**
 * Every user-facing text lives in a catalog: one object per language with the same keys, so a
 * missing translation is a type error and is also caught by tests/i18n.
 */
export type Catalog<K extends string> = Record<Language, Record<K, string>>;

/** The add-on language for a Sheets/browser locale such as "de_DE", "zh-CN" or "ar". */
export function languageFromLocale(locale: string | null | undefined): Language {
  const code = String(locale ?? '')
    .toLowerCase()
    .split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : 'en';
}

export function isRightToLeft(language: Language): boolean {
  return language === 'ar';
}

/** Text for `key` in `language`, with `{name}` placeholders filled from `params`. */
export function translate<K extends string>(
  catalog: Catalog<K>,
  language: Language,
  key: K,
  params: Record<string, string | number> = {},
): string {
  const text = catalog[language]?.[key] ?? catalog.en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

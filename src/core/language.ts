import { LANGUAGES, type Language } from './types';

const LOCALE_SEPARATOR = /[-_]/;

const NAMES: Record<string, Language> = {
  english: 'en',
  englisch: 'en',
  anglais: 'en',
  german: 'de',
  deutsch: 'de',
  allemand: 'de',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  französisch: 'fr',
  czech: 'cs',
  čeština: 'cs',
  cestina: 'cs',
  tschechisch: 'cs',
  chinese: 'zh',
  中文: 'zh',
  汉语: 'zh',
  简体中文: 'zh',
  arabic: 'ar',
  العربية: 'ar',
  عربي: 'ar',
};

/**
 * The language a cell names: a code or locale ("de", "de_DE", "zh-CN") or a language name in
 * English or in itself ("German", "Deutsch", "中文"). Undefined when not one of the six.
 */
export function parseLanguage(value: unknown): Language | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  const code = text.split(LOCALE_SEPARATOR)[0];
  if ((LANGUAGES as readonly string[]).includes(code)) return code as Language;
  return NAMES[text];
}

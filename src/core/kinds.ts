// Reading a key result's kind and a milestone's done state from what people type in a cell.
import { DONE_WORDS, KR_KIND_ALIASES, KR_KIND_LABELS } from '../i18n/kinds';
import { parseNumber } from './numbers';
import { KR_KINDS, type KrKind, LANGUAGES } from './types';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s_\-–.]+/g;
const EDGE_PUNCTUATION = /^[\s"'“”„«»!.,;:()[\]]+|[\s"'“”„«»!.,;:()[\]]+$/g;

/** Lower case, no accents, no spaces, dashes or underscores: "At-Least" and "atleast" match. */
function kindKey(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(SEPARATORS, '');
}

const KIND_BY_KEY = new Map<string, KrKind>();
for (const kind of KR_KINDS) {
  KIND_BY_KEY.set(kindKey(kind), kind);
  for (const language of LANGUAGES) KIND_BY_KEY.set(kindKey(KR_KIND_LABELS[language][kind]), kind);
}
for (const kind of KR_KINDS) {
  for (const alias of KR_KIND_ALIASES[kind]) {
    const key = kindKey(alias);
    // A label always wins over an alias of another kind.
    if (key && !KIND_BY_KEY.has(key)) KIND_BY_KEY.set(key, kind);
  }
}

// Columns repeat a handful of spellings: remember each one seen (bounded, so memory stays small).
const kindCache = new Map<string, KrKind | undefined>();

/**
 * The kind a cell names: a label in any of the six languages, a canonical name (atLeast) or an
 * alias (increase, >=, at most, binary, …), case-insensitively. Undefined when not recognised;
 * blank text is also undefined (the evaluation picks the default: evaluate.ts resolveKind).
 */
export function parseKind(text: unknown): KrKind | undefined {
  if (typeof text !== 'string') return undefined;
  if (kindCache.has(text)) return kindCache.get(text);
  const kind = KIND_BY_KEY.get(kindKey(text));
  if (kindCache.size < 1000) kindCache.set(text, kind);
  return kind;
}

/** Every spelling parseKind accepts, for help texts and data validation hints. */
export function kindSpellings(): string[] {
  return [...KIND_BY_KEY.keys()];
}

const DONE = new Set(DONE_WORDS.map((word) => word.toLowerCase()));

/**
 * Whether a milestone's current value marks it done: TRUE, 1, or a done word in any of the six
 * languages (done, yes, x, ✓, erledigt, ja, fait, oui, hotovo, ano, 完成, 是, تم, نعم, …), or text
 * meaning 1 such as "100%". Anything else, including FALSE, 0 and blank, is not done.
 */
export function isDoneValue(value: unknown): boolean {
  if (value === true || value === 1) return true;
  if (typeof value !== 'string') return false;
  const word = value.replace(EDGE_PUNCTUATION, '').toLowerCase();
  if (DONE.has(word) || DONE.has(word.normalize('NFC'))) return true;
  // "100%" or "1.0" typed as text: complete, like the number 1.
  const number = parseNumber(value);
  return number.ok && number.value === 1;
}

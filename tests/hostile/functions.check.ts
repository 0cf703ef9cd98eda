// What a custom function's result must be for Sheets to show it, and what makes a message clear:
// shared by the corpus, the property tests and the workbook sample.
import type { ProblemKey } from '../../src/core/problems';
import { LANGUAGES, type Language } from '../../src/core/types';
import { CUSTOM_FUNCTIONS } from '../../src/functions/catalog';
import { PROBLEMS } from '../../src/i18n/problems';

/** Longest message a cell shows (the argument, a quote of at most 40 characters, what to do). */
export const MAX_MESSAGE = 200;
/** Longest piece of any input a message may repeat. */
export const MAX_QUOTE = 60;

export interface Tally {
  /** Exceptions that are not one of the catalog's messages. */
  uncaught: number;
  /** Numbers that are not finite, and values Sheets cannot show. */
  nonFinite: number;
  /** Messages that are too long, quote too much, or match no catalog text (no argument, no what-to-do). */
  unclear: number;
  examples: string[];
}

export function newTally(): Tally {
  return { uncaught: 0, nonFinite: 0, unclear: 0, examples: [] };
}

export function summary(t: Tally): string {
  return `${t.uncaught} uncaught, ${t.nonFinite} non-finite, ${t.unclear} unclear`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every catalog text as a pattern: the argument first, then anything for the other placeholders. */
const PATTERNS: { key: ProblemKey; language: Language; pattern: RegExp; fixed: number }[] = LANGUAGES.flatMap(
  (language) =>
    Object.entries(PROBLEMS[language]).map(([key, text]) => {
      const source = escapeRegExp(text)
        .replace('\\{arg\\}', '([a-z_]+)')
        .replace(/\\\{\w+\\\}/g, '([\\s\\S]*?)');
      return {
        key: key as ProblemKey,
        language,
        pattern: new RegExp(`^${source}$`),
        fixed: text.replace(/\{\w+\}/g, '').length,
      };
    }),
).sort((a, b) => b.fixed - a.fixed); // the most specific text first ("Use en, de, …" before "Use {kinds}")

/** The catalog text a message is, with the argument it names; null when it is none. */
export function classify(body: string): { key: ProblemKey; language: Language; arg: string } | null {
  for (const { key, language, pattern } of PATTERNS) {
    const m = pattern.exec(body);
    if (m) return { key, language, arg: m[1] };
  }
  return null;
}

const PARAMS = new Map(CUSTOM_FUNCTIONS.map((f) => [f.name, new Set(f.params.map((p) => p.name))]));

/** Strings among the arguments (in ranges too), for the quote check. */
function textsIn(args: readonly unknown[]): string[] {
  const out: string[] = [];
  const visit = (v: unknown) => {
    if (typeof v === 'string' && v.length > MAX_QUOTE) out.push(v);
    else if (Array.isArray(v)) v.forEach(visit);
  };
  args.forEach(visit);
  return out;
}

/** True when `body` repeats more than MAX_QUOTE characters of one of `texts`. */
function quotesTooMuch(body: string, texts: string[]): boolean {
  for (const text of texts) {
    for (let i = 0; i + MAX_QUOTE < body.length; i++) {
      if (text.includes(body.slice(i, i + MAX_QUOTE + 1))) return true;
    }
  }
  return false;
}

/** Checks one message (without its "⚠ " or "FN: " prefix); true when it is clear. */
function clearMessage(fn: string, body: string, args: readonly unknown[]): string | null {
  if (body.length > MAX_MESSAGE) return `too long (${body.length})`;
  if (quotesTooMuch(body, textsIn(args))) return 'quotes more than 60 characters of an input';
  const found = classify(body);
  if (!found) return 'not a catalog text (argument, problem, what to do)';
  if (!PARAMS.get(fn)?.has(found.arg)) return `names "${found.arg}", not an argument of ${fn}`;
  return null;
}

/** Runs one call and counts what Sheets would not show well. Returns the result or the thrown error. */
export function runChecked(
  tally: Tally,
  fn: string,
  call: (...args: unknown[]) => unknown,
  args: readonly unknown[],
): { value: unknown } | { error: Error } {
  const note = (what: string, detail: string) => {
    if (tally.examples.length < 20) tally.examples.push(`${fn}(${describe(args)}): ${what}: ${detail.slice(0, 200)}`);
  };
  let value: unknown;
  try {
    value = call(...args);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const prefix = `${fn}: `;
    if (!(e instanceof Error) || !message.startsWith(prefix) || !classify(message.slice(prefix.length))) {
      tally.uncaught++;
      note('uncaught', message);
      return { error: e instanceof Error ? e : new Error(message) };
    }
    const unclear = clearMessage(fn, message.slice(prefix.length), args);
    if (unclear) {
      tally.unclear++;
      note(unclear, message);
    }
    return { error: e };
  }
  const cells = Array.isArray(value) ? (value as unknown[][]).flat() : [value];
  const inputs = echoes(args);
  for (const cell of cells) {
    // The table forms echo the user's own ids: data, not a message.
    if (typeof cell === 'string' && inputs.has(cell)) continue;
    if (typeof cell === 'number') {
      if (!Number.isFinite(cell)) {
        tally.nonFinite++;
        note('non-finite', String(cell));
      }
    } else if (typeof cell === 'string') {
      if (cell.startsWith('⚠ ')) {
        const unclear = clearMessage(fn, cell.slice(2), args);
        if (unclear) {
          tally.unclear++;
          note(unclear, cell);
        }
      } else if (cell.length > MAX_MESSAGE && !textsIn(args).some((t) => t.includes(cell))) {
        tally.unclear++;
        note('long text', cell);
      }
    } else if (typeof cell !== 'boolean') {
      tally.nonFinite++;
      note('not displayable', String(cell));
    }
  }
  return { value };
}

/** Every string among the arguments, trimmed (ids a table form shows again). */
function echoes(args: readonly unknown[]): Set<string> {
  const out = new Set<string>();
  const visit = (v: unknown) => {
    if (typeof v === 'string') out.add(v.trim());
    else if (Array.isArray(v)) v.forEach(visit);
  };
  args.forEach(visit);
  return out;
}

function describe(args: readonly unknown[]): string {
  return args
    .map((a) => {
      if (Array.isArray(a)) return `[${a.length}×${Array.isArray(a[0]) ? a[0].length : 1}]`;
      if (typeof a === 'string') return JSON.stringify(a.length > 20 ? `${a.slice(0, 20)}…(${a.length})` : a);
      if (a instanceof Date) return Number.isNaN(a.getTime()) ? 'Invalid Date' : a.toISOString().slice(0, 10);
      return String(a);
    })
    .join(', ');
}

// Every sidebar endpoint against a corpus of hostile payloads (endpoints.corpus.ts), on emulated
// workbooks answering in each of the six languages in turn. Each refusal must be the expected
// message, name the field or value at fault, and leave the workbook exactly as it was. Prints
// "N uncaught, N non-finite, N unclear" computed from the run; all must be 0.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/index';
import { DEFAULT_SETTINGS, LANGUAGES, type Language } from '../../src/core/types';
import * as customFunctions from '../../src/functions/customFunctions';
import { ERRORS, type ErrorKey } from '../../src/i18n/errors';
import { SIDEBAR_ENDPOINTS } from '../../src/server/endpoints';
import { closePeriod, createPeriodWith } from '../../src/sheet/periods';
import { sampleKeyResults } from '../quarter/helpers';
import { CORPUS, type HostileCase } from './endpoints.corpus';

const TODAY = new Date('2027-02-15T12:00:00Z');
const Q4_2026 = { kind: 'quarter', year: 2026, quarter: 4 } as const;
const Q1_2027 = { kind: 'quarter', year: 2027, quarter: 1 } as const;

function workbook(language: Language): { emu: Emulator; restore: () => void } {
  const emu = createEmulator({ customFunctions, now: TODAY, timeZone: 'Etc/UTC', userLocale: language });
  const restore = emu.installGlobals();
  const request = { team: 'EMEA', startFrom: 'empty', language: 'en' } as const;
  createPeriodWith(emu.spreadsheet, { ...request, period: Q4_2026 }, sampleKeyResults(), DEFAULT_SETTINGS);
  closePeriod(emu.spreadsheet, { label: 'Q4 2026', date: '2026-12-31' }, DEFAULT_SETTINGS);
  createPeriodWith(emu.spreadsheet, { ...request, period: Q1_2027 }, sampleKeyResults(), DEFAULT_SETTINGS);
  return { emu, restore };
}

/** A message template as a pattern: its placeholders match anything. */
function templateOf(language: Language, key: ErrorKey): RegExp {
  const text = ERRORS[language][key].replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${text.replace(/\{\w+\}/g, '[\\s\\S]*?')}$`);
}

/** Every string and key in a payload: a word the payload itself says may be echoed by the answer. */
function wordsOf(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      into.push(key);
      wordsOf((value as Record<string, unknown>)[key], into);
    }
  }
  return into;
}

function nonFiniteIn(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? 0 : 1;
  if (value && typeof value === 'object') return Object.values(value).reduce<number>((n, v) => n + nonFiniteIn(v), 0);
  return 0;
}

const UNCLEAR_WORDS = ['undefined', 'Infinity', 'NaN', '[object', 'null'];
const TECHNICAL = /TypeError|ReferenceError|Cannot read|is not a function|is not defined|is not iterable/;
const MAX_LENGTH = 300;

interface Outcome {
  item: HostileCase;
  language: Language;
  message: string | null;
  result: unknown;
  problems: string[];
}

const outcomes: Outcome[] = [];

/** Runs one payload and lists what is wrong with the answer. */
function run(item: HostileCase, language: Language, emu: Emulator): Outcome {
  const before = JSON.stringify(emu.snapshot());
  const problems: string[] = [];
  let message: string | null = null;
  let result: unknown;
  try {
    const endpoint = SIDEBAR_ENDPOINTS[item.endpoint] as (...args: unknown[]) => unknown;
    result = endpoint(...item.args);
  } catch (error) {
    if (!(error instanceof Error)) problems.push('uncaught: not an Error');
    message = error instanceof Error ? error.message : String(error);
  }
  if (message === null) {
    if (item.expect !== 'ok') problems.push(`expected ${item.expect}, got success`);
    if (nonFiniteIn(result) > 0) problems.push('non-finite: a number in the answer is not finite');
    return { item, language, message, result, problems };
  }
  if (LANGUAGES.some((l) => templateOf(l, 'errFailed').test(message as string)) || TECHNICAL.test(message)) {
    problems.push(`uncaught: ${message}`);
  } else if (item.expect === 'ok') problems.push(`expected success, got: ${message}`);
  else if (!templateOf(language, item.expect).test(message)) problems.push(`expected ${item.expect}, got: ${message}`);
  const said = wordsOf(item.args);
  const unclear = UNCLEAR_WORDS.filter((w) => message?.includes(w) && !said.some((s) => s.includes(w)));
  if (unclear.length) problems.push(`unclear: says ${unclear.join(', ')}: ${message}`);
  if (item.names && !message.includes(item.names)) problems.push(`unclear: does not name ${item.names}: ${message}`);
  if (message.length > MAX_LENGTH) problems.push(`unclear: ${message.length} characters`);
  if (JSON.stringify(emu.snapshot()) !== before) problems.push('changed the workbook although refused');
  return { item, language, message, result, problems };
}

describe('hostile payloads', () => {
  it(`answers all ${CORPUS.length} payloads as expected and writes nothing on refusal`, () => {
    vi.useFakeTimers({ now: TODAY, toFake: ['Date'] });
    try {
      LANGUAGES.forEach((language, l) => {
        let shared: { emu: Emulator; restore: () => void } | null = null;
        try {
          CORPUS.forEach((item, i) => {
            if (i % LANGUAGES.length !== l) return;
            if (item.fresh) {
              shared?.restore();
              shared = null;
              const own = workbook(language);
              try {
                outcomes.push(run(item, language, own.emu));
              } finally {
                own.restore();
              }
              return;
            }
            shared ??= workbook(language);
            outcomes.push(run(item, language, shared.emu));
          });
        } finally {
          (shared as { restore: () => void } | null)?.restore();
        }
      });
    } finally {
      vi.useRealTimers();
    }
    const count = (kind: string) => outcomes.filter((o) => o.problems.some((p) => p.startsWith(kind))).length;
    const uncaught = count('uncaught');
    const nonFinite = count('non-finite');
    const unclear = count('unclear');
    console.log(`${uncaught} uncaught, ${nonFinite} non-finite, ${unclear} unclear (${outcomes.length} payloads)`);
    const failed = outcomes
      .filter((o) => o.problems.length > 0)
      .map(
        (o) =>
          `${o.item.endpoint}(${JSON.stringify(o.item.args).slice(0, 120)}) [${o.language}]: ${o.problems.join('; ')}`,
      );
    expect(failed).toEqual([]);
    expect({ uncaught, nonFinite, unclear }).toEqual({ uncaught: 0, nonFinite: 0, unclear: 0 });
  }, 600_000);

  it('has at least 150 payloads, reaching every endpoint', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CORPUS.map((c) => c.endpoint))).toEqual(new Set(Object.keys(SIDEBAR_ENDPOINTS)));
  });
});

afterAll(() => outcomes.splice(0));

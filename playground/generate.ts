// A generated sales organisation of any size, for trying the add-on at scale (`npm start -- --krs
// 1000`), for `npm run bench` and for the tests that hold the period actions to a fixed number of
// round trips. Fixed seed: the same count always gives the same team, key results and check-ins.
// Local only (it writes through the emulated workbook); nothing in src/ imports it.
import type { CheckInRequest } from '../src/core/actions';
import { dayOf, toSerial } from '../src/core/dates';
import { evaluateKeyResult } from '../src/core/evaluate';
import { periodOf, quarterContaining } from '../src/core/periods';
import type { KeyResult, KrKind, Language, Settings } from '../src/core/types';
import { languageFromLocale } from '../src/i18n/index';
import { KR_KIND_LABELS } from '../src/i18n/kinds';
import { cellForSheet } from '../src/sheet/apply';
import { adjacentRuns, createPeriodWith } from '../src/sheet/periods';
import { loadSettings } from '../src/sheet/settings';
import { readIndex } from '../src/sheet/workbook';
import { inputValue, KEY_RESULT_COLUMNS, type KrColumnId } from '../src/tabs/templates';
import { checkInRow } from '../src/tabs/writer';
import type { Addon } from './runtime';

export interface GeneratedTeam {
  keyResults: Partial<KeyResult>[];
  /** Weekly check-ins up to `now`, oldest first, as the sidebar would record them. */
  checkIns: (Omit<CheckInRequest, 'periodLabel' | 'date' | 'value'> & { date: Date; value: number | boolean })[];
}

/** mulberry32: a small, fast, well-mixed generator, so the same seed gives the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FIRST = ['Maria', 'Tom', 'Aisha', 'Jan', 'Li', 'Sofia', 'Omar', 'Eva', 'Lukas', 'Chen', 'Nora', 'Pavel'];
const LAST = ['Lopez', 'Becker', 'Haddad', 'Novak', 'Wei', 'Rossi', 'Farouk', 'Svoboda', 'Meyer', 'Martin'];
const TEAMS = ['DACH', 'Nordics', 'UK & Ireland', 'France', 'Benelux', 'Iberia', 'CEE', 'Middle East'];
const OBJECTIVES = [
  'Grow new-business revenue',
  'Build a healthy pipeline',
  'Expand in existing accounts',
  'Win with partners',
  'Keep our customers',
  'Forecast with confidence',
  'Sell more efficiently',
  'Grow the team',
];
interface KrShape {
  kind: KrKind;
  unit: string;
  title: (target: number, baseline: number) => string;
  range: [number, number];
}
const SHAPES: KrShape[] = [
  {
    kind: 'increase',
    unit: 'currency',
    title: (t) => `Close ${t.toLocaleString('en-US')} in new business`,
    range: [100_000, 2_000_000],
  },
  { kind: 'increase', unit: 'count', title: (t) => `Run ${t} qualified demos`, range: [20, 200] },
  { kind: 'decrease', unit: 'days', title: (t, b) => `Cut the sales cycle from ${b} to ${t} days`, range: [30, 60] },
  { kind: 'atLeast', unit: '%', title: (t) => `Keep win rate at ${Math.round(t * 100)}% or more`, range: [0.2, 0.4] },
  {
    kind: 'atMost',
    unit: '%',
    title: (t) => `Hold discounting at ${Math.round(t * 100)}% or less`,
    range: [0.08, 0.15],
  },
  { kind: 'milestone', unit: '', title: () => 'Launch the partner deal-registration portal', range: [1, 1] },
];

/**
 * `count` key results in objectives of two to six, with owners, teams, every kind, due dates
 * mostly at the period's end, and check-ins from `start` up to `now` (each KR checks
 * in about one week in three) (seed fixed by default).
 */
export function generateTeam(
  count: number,
  period: { start: Date; end: Date },
  now: Date,
  seed = 20_270_101,
): GeneratedTeam {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const round = (value: number, unit: string) => (unit === '%' ? Math.round(value * 100) / 100 : Math.round(value));
  const keyResults: Partial<KeyResult>[] = [];
  const share = Math.min(
    1,
    Math.max(0, (now.getTime() - period.start.getTime()) / (period.end.getTime() - period.start.getTime())),
  );
  let objective = 0;
  while (keyResults.length < count) {
    objective += 1;
    const team = pick(TEAMS);
    const objectiveId = `O${objective}`;
    const objectiveTitle = `${pick(OBJECTIVES)} in ${team}`;
    const size = Math.min(count - keyResults.length, 2 + Math.floor(rnd() * 5));
    for (let k = 1; k <= size; k++) {
      const shape = pick(SHAPES);
      const [low, high] = shape.range;
      const target = round(low + rnd() * (high - low), shape.unit);
      const baseline =
        shape.kind === 'decrease' ? Math.round(target * (1.3 + rnd() * 0.5)) : shape.kind === 'increase' ? 0 : null;
      // Where the KR stands now: somewhere around the pace, some ahead, some far behind.
      const momentum = 0.3 + rnd() * 1.1;
      const moved = Math.min(1.2, share * momentum);
      const current =
        shape.kind === 'milestone'
          ? moved >= 0.9
          : shape.kind === 'increase' || shape.kind === 'decrease'
            ? round((baseline ?? 0) + (target - (baseline ?? 0)) * moved, shape.unit)
            : round(target * (0.85 + rnd() * 0.3), shape.unit);
      keyResults.push({
        id: `${objectiveId}.${k}`,
        objectiveId,
        objectiveTitle,
        title: shape.title(target, baseline ?? 0),
        owner: `${pick(FIRST)} ${pick(LAST)}`,
        team,
        parentObjectiveId: '',
        kind: shape.kind,
        unit: shape.unit,
        baseline,
        target: shape.kind === 'milestone' ? null : target,
        current,
        weight: 1 + Math.floor(rnd() * 3),
        confidence: Math.round(3 + rnd() * 7) / 10,
        dueDate:
          rnd() < 0.2 ? new Date(period.start.getTime() + (period.end.getTime() - period.start.getTime()) * 0.6) : null,
        notes: '',
        dataLink: '',
      });
    }
  }
  const checkIns: GeneratedTeam['checkIns'] = [];
  const week = 7 * 86_400_000;
  const last = Math.min(now.getTime(), period.end.getTime());
  for (let t = period.start.getTime() + week; t <= last; t += week) {
    for (const kr of keyResults) {
      if (rnd() < 0.65) continue;
      const done = (t - period.start.getTime()) / (last - period.start.getTime() || 1);
      const value =
        typeof kr.current === 'boolean'
          ? kr.current && done >= 1
          : round(
              (kr.baseline ?? (kr.current as number)) +
                ((kr.current as number) - (kr.baseline ?? (kr.current as number))) * done,
              kr.unit ?? '',
            );
      checkIns.push({
        date: dayOf(new Date(t)),
        krId: kr.id as string,
        value,
        confidence: Math.round(3 + rnd() * 7),
        note: '',
        who: kr.owner as string,
      });
    }
  }
  return { keyResults, checkIns };
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Input columns only: the computed columns hold one spilling formula in their first row. */
const INPUTS = KEY_RESULT_COLUMNS.filter((c) => !c.formula).map((c) => c.id);

/**
 * Fills a new period's key results tab as a team pastes an export: one write per run of input
 * columns, below the header row.
 */
export function pasteKeyResults(sheet: Sheet, keyResults: readonly Partial<KeyResult>[], language: Language): void {
  if (keyResults.length === 0) return;
  const indexes = INPUTS.map((id) => KEY_RESULT_COLUMNS.findIndex((c) => c.id === id));
  const cell = (kr: Partial<KeyResult>, id: KrColumnId) => {
    if (id === 'kind') return kr.kind ? KR_KIND_LABELS[language][kr.kind] : '';
    const value = inputValue(id, kr);
    return cellForSheet(
      value instanceof Date ? toSerial(value) : ((value ?? null) as string | number | boolean | null),
    );
  };
  for (const run of adjacentRuns(indexes)) {
    const block = keyResults.map((kr) => run.map((index) => cell(kr, KEY_RESULT_COLUMNS[index].id)));
    sheet.getRange(2, run[0] + 1, block.length, run.length).setValues(block);
  }
}

/** Writes the check-ins into the period's log in one call, with the progress each value gave. */
export function writeCheckIns(sheet: Sheet, team: GeneratedTeam, settings: Settings): void {
  if (team.checkIns.length === 0) return;
  const byId = new Map(team.keyResults.map((kr) => [kr.id, kr]));
  const rows = team.checkIns.map((c) => {
    const kr = byId.get(c.krId) as KeyResult;
    const progress = evaluateKeyResult({ ...kr, current: c.value, unreadable: {} } as KeyResult, { settings }).progress;
    return checkInRow({
      date: c.date,
      krId: c.krId,
      value: c.value,
      confidence: typeof c.confidence === 'number' ? c.confidence / 10 : null,
      note: String(c.note ?? ''),
      who: String(c.who ?? ''),
      progress,
    }).map(cellForSheet);
  });
  const needed = rows.length + 1 + 200; // and room for the next check-ins
  const size = sheet.getMaxRows();
  if (size < needed) sheet.insertRowsAfter(size, needed - size);
  sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
}

/**
 * Starts a running add-on on a generated team of `count` key results: this quarter's tabs made by
 * the add-on's own writer with them (as a new period holding an import would be), and the
 * check-ins so far in the log. The tabs speak the user's language.
 */
export function loadGenerated(addon: Addon, count: number, now: Date = addon.now()): { periodLabel: string } {
  const emulator = addon.emulator;
  const spec = quarterContaining(now);
  const language = languageFromLocale(emulator.globals.Session.getActiveUserLocale());
  const period = periodOf(spec, language);
  const team = generateTeam(count, period, now);
  // The writer runs here rather than in the script's sandbox: it needs the KRs handed to it.
  const restore = emulator.installGlobals();
  try {
    const settings = loadSettings(readIndex(emulator.spreadsheet));
    const created = createPeriodWith(
      emulator.spreadsheet,
      { period: spec, team: 'Sales', startFrom: 'empty', language },
      team.keyResults,
      settings,
    );
    writeCheckIns(emulator.spreadsheet.getSheetByName(created.tabs.checkIns) as Sheet, team, settings);
  } finally {
    restore();
  }
  return { periodLabel: period.label };
}

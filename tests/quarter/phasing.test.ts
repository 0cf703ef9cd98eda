// The key-results tab's native `expected` column follows a KR's phasing exactly as the core does
// (core/pace.ts krPace): the emulated workbook evaluates the template's formula at several as-of
// dates and each row is compared with the core's number; the native status follows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/core/a1';
import { krPace } from '../../src/core/pace';
import type { KeyResult } from '../../src/core/types';
import { createPeriodWith } from '../../src/sheet/periods';
import { readPeriod } from '../../src/sheet/read';
import { KEY_RESULT_COLUMNS } from '../../src/tabs/templates';
import { settingRow } from '../../src/tabs/writer';
import { newWorkbook, request, SETTINGS, valuesOf, type Workbook } from './helpers';

const KR = 'Q1 2027 · Key results';
const DASH = 'Q1 2027 · Dashboard';
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const letter = (id: string) => columnLetter(KEY_RESULT_COLUMNS.findIndex((c) => c.id === id) + 1);

/** One KR per phasing case; progress 0.35 each (105 of 300). */
const CASES: { phasing: string; dueDate?: Date }[] = [
  { phasing: '20% 50% 100%' },
  { phasing: '20 50 100' },
  { phasing: '0% 0% 100%' },
  { phasing: '5% 10% 15% 20% 25% 30% 35% 40% 50% 60% 70% 85% 100%' },
  { phasing: '40% 100%', dueDate: day(2027, 2, 28) },
  { phasing: '10% 20% 30% 40% 50% 60% 70% 80%', dueDate: day(2027, 2, 28) },
  { phasing: '' },
  { phasing: '', dueDate: day(2027, 2, 28) },
  // Bad notations: the straight line, in the sheet as in the core.
  { phasing: '20% 30% 50%' },
  { phasing: '50% 100%' },
  { phasing: 'back-loaded' },
  { phasing: '20%, 50%, 100%' },
  { phasing: '-10% 50% 100%' },
];

function keyResults(): Partial<KeyResult>[] {
  return CASES.map((c, i) => ({
    id: `O1.${i + 1}`,
    objectiveId: 'O1',
    objectiveTitle: 'Close the quarter strong',
    title: `New business, phasing ${c.phasing || 'blank'}`,
    owner: 'Ana',
    team: 'EMEA',
    kind: 'increase',
    unit: 'count',
    baseline: 0,
    target: 300,
    current: 105,
    dueDate: c.dueDate ?? null,
    phasing: c.phasing,
  }));
}

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook();
});
afterEach(() => wb.restore());

describe('the native expected column with phased targets', () => {
  it('puts the Phasing column after the computed columns (only columns added later follow it), so earlier columns keep their places', () => {
    expect(KEY_RESULT_COLUMNS.map((c) => c.id).slice(-8)).toEqual([
      'progress',
      'expected',
      'status',
      'score',
      'phasing',
      'forecast',
      'shareOf',
      'splitGap',
    ]);
    createPeriodWith(wb.ss, request(), keyResults(), SETTINGS);
    expect(valuesOf(wb.ss, KR, `${letter('phasing')}1:${letter('phasing')}2`).flat()).toEqual([
      'Phasing',
      '20% 50% 100%',
    ]);
  });

  it('computes the same expected progress as the core for every row, at every as-of date', () => {
    createPeriodWith(wb.ss, request(), keyResults(), SETTINGS);
    const period = { start: day(2027, 1, 1), end: day(2027, 3, 31) };
    const dates = [
      day(2026, 12, 15),
      day(2027, 1, 1),
      day(2027, 1, 16),
      day(2027, 1, 31),
      day(2027, 2, 1),
      day(2027, 2, 15),
      day(2027, 2, 28),
      day(2027, 3, 1),
      day(2027, 3, 16),
      day(2027, 3, 26),
      day(2027, 3, 28),
      day(2027, 3, 31),
      day(2027, 4, 1),
    ];
    const expectedCol = letter('expected');
    const rows = `${expectedCol}2:${expectedCol}${CASES.length + 1}`;
    for (const asOf of dates) {
      wb.emu.setCellInput(DASH, `B${settingRow('asOf')}`, asOf.toISOString().slice(0, 10));
      const sheet = valuesOf(wb.ss, KR, rows).flat();
      CASES.forEach((c, i) => {
        const core = krPace({ phasing: c.phasing, dueDate: c.dueDate ?? null }, period, asOf).expected;
        expect(sheet[i], `${c.phasing || 'blank'} at ${asOf.toISOString().slice(0, 10)}`).toBeCloseTo(core, 9);
      });
    }
  });

  it('reads the phasing back and grades the status by it, in the sheet and in the core alike', () => {
    createPeriodWith(wb.ss, request(), keyResults(), SETTINGS);
    wb.emu.setCellInput(DASH, `B${settingRow('asOf')}`, '2027-02-15');
    const data = readPeriod(wb.ss, 'Q1 2027');
    expect(data!.keyResults.map((kr) => kr.phasing ?? '')).toEqual(CASES.map((c) => c.phasing));
    const status = letter('status');
    // Progress 0.35 on 15 Feb: on track against 20% 50% 100% (expected 0.35), at risk on the
    // straight line (0.5), off track against 40% 100% due 28 Feb (0.7).
    expect(valuesOf(wb.ss, KR, `${status}2:${status}2`)[0][0]).toBe('On track');
    expect(valuesOf(wb.ss, KR, `${status}6:${status}6`)[0][0]).toBe('Off track');
    expect(valuesOf(wb.ss, KR, `${status}8:${status}8`)[0][0]).toBe('At risk');
  });
});

// Fault injection and call counts: a failure at any spreadsheet call leaves the workbook exactly
// as it was, and the number of calls does not grow with the number of key results.
import { afterEach, describe, expect, it } from 'vitest';
import type { KeyResult } from '../../src/core/types';
import { closePeriod, createPeriod, createPeriodWith, recordCheckIn } from '../../src/sheet/periods';
import { addDealsTab, newWorkbook, Q2, request, SETTINGS, sampleKeyResults, type Workbook } from './helpers';

let wb: Workbook | undefined;
afterEach(() => wb?.restore());

/**
 * All or nothing: runs `action` once to count its calls and see its result, then fails each call
 * k in turn on a fresh workbook. The action must either throw and leave the workbook exactly as it
 * was, or (when the failed call does not matter, such as releasing the lock) complete in full.
 */
function expectAtomic(setUp: (wb: Workbook) => void, action: (wb: Workbook) => void): number {
  const fresh = () => {
    wb?.restore();
    wb = newWorkbook();
    setUp(wb);
    return wb;
  };
  let w = fresh();
  const before = w.emu.snapshot();
  w.emu.calls.reset();
  action(w);
  const total = w.emu.calls.total();
  const after = w.emu.snapshot();
  expect(total).toBeGreaterThan(10);

  w = fresh();
  expect(w.emu.snapshot()).toEqual(before);
  const beforeJson = JSON.stringify(before);
  for (let k = 1; k <= total; k++) {
    w.emu.failAt(k);
    let threw = false;
    try {
      action(w);
    } catch (_) {
      threw = true;
    }
    w.emu.cancelFailure();
    if (threw) {
      // Compare as JSON first (fast); on a difference, let toEqual show it.
      const now = w.emu.snapshot();
      if (JSON.stringify(now) !== beforeJson) expect(now, `workbook after a failure at call ${k}`).toEqual(before);
    } else {
      expect(withoutIds(w.emu.snapshot()), `workbook completed despite a failure at call ${k}`).toEqual(
        withoutIds(after),
      );
      w = fresh();
    }
  }
  return total;
}

/** A snapshot without the ids the emulator hands out in sequence (they depend on earlier runs). */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !['id', 'sheetId', 'chartId'].includes(key))
        .map(([key, v]) => [key, withoutIds(v)]),
    );
  }
  return value;
}

function manyKeyResults(n: number): Partial<KeyResult>[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `O${Math.floor(i / 3) + 1}.${(i % 3) + 1}`,
    objectiveId: `O${Math.floor(i / 3) + 1}`,
    objectiveTitle: `Objective ${Math.floor(i / 3) + 1}`,
    title: `Key result ${i + 1}`,
    kind: i % 5 === 4 ? 'milestone' : 'increase',
    unit: i % 2 ? '%' : 'count',
    baseline: 0,
    target: 100,
    current: i % 5 === 4 ? false : i % 100,
    weight: 1,
  }));
}

describe('failure at any call', () => {
  it('createPeriod from examples leaves the workbook as it was', () => {
    const calls = expectAtomic(
      () => {},
      (w) => createPeriod(w.ss, request({ startFrom: 'examples' }), SETTINGS),
    );
    expect(calls).toBeGreaterThan(100);
  }, 600_000);

  it('closePeriod leaves the workbook as it was', () => {
    expectAtomic(
      (w) => {
        addDealsTab(w.ss);
        createPeriodWith(w.ss, request(), sampleKeyResults(), SETTINGS);
      },
      (w) => closePeriod(w.ss, { label: 'Q1 2027', date: '2027-03-31' }, SETTINGS),
    );
  }, 600_000);

  it('carry-over into the next period leaves the workbook as it was', () => {
    expectAtomic(
      (w) => {
        addDealsTab(w.ss);
        createPeriodWith(w.ss, request(), sampleKeyResults(), SETTINGS);
        closePeriod(w.ss, { label: 'Q1 2027', date: '2027-03-31' }, SETTINGS);
      },
      (w) => createPeriod(w.ss, request({ period: Q2, startFrom: 'previous', previousLabel: 'Q1 2027' }), SETTINGS),
    );
  }, 600_000);

  it('recordCheckIn leaves the workbook as it was', () => {
    expectAtomic(
      (w) => createPeriodWith(w.ss, request(), sampleKeyResults(), SETTINGS),
      (w) =>
        recordCheckIn(
          w.ss,
          {
            periodLabel: 'Q1 2027',
            krId: 'O1.1',
            value: '450,000',
            confidence: 8,
            note: 'Big deal',
            who: 'Ana',
          },
          SETTINGS,
        ),
    );
  }, 120_000);
});

describe('calls per operation', () => {
  function countCreate(rows: number): { total: number; byMethod: Record<string, number> } {
    const w = newWorkbook();
    try {
      w.emu.calls.reset();
      createPeriodWith(w.ss, request(), manyKeyResults(rows), SETTINGS);
      return { total: w.emu.calls.total(), byMethod: w.emu.calls.byMethod() };
    } finally {
      w.restore();
    }
  }

  it('creating a period costs the same number of calls for 10 and for 500 key results', () => {
    const small = countCreate(10);
    const large = countCreate(500);
    expect(large.byMethod).toEqual(small.byMethod);
    expect(large.total).toBe(small.total);
  });

  it('closing a period and checking in cost the same for 10 and for 500 key results', () => {
    const count = (rows: number) => {
      const w = newWorkbook();
      try {
        createPeriodWith(w.ss, request(), manyKeyResults(rows), SETTINGS);
        w.emu.calls.reset();
        recordCheckIn(
          w.ss,
          { periodLabel: 'Q1 2027', krId: 'O1.1', value: 5, confidence: null, note: '', who: '' },
          SETTINGS,
        );
        const checkIn = w.emu.calls.total();
        w.emu.calls.reset();
        closePeriod(w.ss, { label: 'Q1 2027', date: '2027-03-31' }, SETTINGS);
        return { checkIn, close: w.emu.calls.total() };
      } finally {
        w.restore();
      }
    };
    expect(count(500)).toEqual(count(10));
  });
});

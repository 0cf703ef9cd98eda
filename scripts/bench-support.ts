// Call counts of the period actions on the emulated workbook, for `npm run bench`. Local only:
// it loads the emulator, so nothing in the Apps Script bundle (src/main.ts) may import it.
import { createEmulator } from '../emulator/index';
import type { NewPeriodRequest } from '../src/core/actions';
import { DEFAULT_SETTINGS, type KeyResult } from '../src/core/types';
import * as customFunctions from '../src/functions/customFunctions';
import { closePeriod, createPeriod, createPeriodWith, recordCheckIn } from '../src/sheet/periods';

export interface PeriodCallCount {
  operation: 'createPeriod' | 'recordCheckIn' | 'closePeriod' | 'carryOver';
  rows: number;
  /** Spreadsheet service calls the operation made (builders and the lock included). */
  calls: number;
}

const Q1: NewPeriodRequest = {
  period: { kind: 'quarter', year: 2027, quarter: 1 },
  team: 'Sales',
  startFrom: 'empty',
  language: 'en',
};

function syntheticKeyResults(rows: number): Partial<KeyResult>[] {
  return Array.from({ length: rows }, (_, i) => {
    const objective = `O${Math.floor(i / 3) + 1}`;
    return {
      id: `${objective}.${(i % 3) + 1}`,
      objectiveId: objective,
      objectiveTitle: `Objective ${objective}`,
      title: `Key result ${i + 1}`,
      owner: `Rep ${i % 7}`,
      kind: 'increase',
      unit: 'currency',
      baseline: 0,
      target: 100_000,
      current: (i * 7919) % 100_000,
      weight: 1,
    };
  });
}

/** Creates, checks in, closes and carries over a period of `rows` KRs, counting each action's calls. */
export function measurePeriodCalls(rows: number): PeriodCallCount[] {
  const emulator = createEmulator({ customFunctions, now: new Date('2027-02-15T12:00:00Z'), timeZone: 'Etc/UTC' });
  const restore = emulator.installGlobals();
  const counts: PeriodCallCount[] = [];
  const count = (operation: PeriodCallCount['operation'], action: () => unknown) => {
    emulator.calls.reset();
    action();
    counts.push({ operation, rows, calls: emulator.calls.total() });
  };
  try {
    const ss = emulator.spreadsheet;
    count('createPeriod', () => createPeriodWith(ss, Q1, syntheticKeyResults(rows), DEFAULT_SETTINGS));
    count('recordCheckIn', () =>
      recordCheckIn(
        ss,
        { periodLabel: 'Q1 2027', krId: 'O1.1', value: 50_000, confidence: 7, note: '', who: '' },
        DEFAULT_SETTINGS,
      ),
    );
    count('closePeriod', () => closePeriod(ss, { label: 'Q1 2027', date: '2027-03-31' }, DEFAULT_SETTINGS));
    count('carryOver', () =>
      createPeriod(
        ss,
        { ...Q1, period: { kind: 'quarter', year: 2027, quarter: 2 }, startFrom: 'previous' },
        DEFAULT_SETTINGS,
      ),
    );
    return counts;
  } finally {
    restore();
  }
}

// Rows added later are covered: the period tabs' column formulas use open-ended ranges (L2:L), so
// a key result typed below every row used so far — even below the rows the tab was made with, or
// in rows added to the tab later — is scored like the others and listed on the dashboard, which
// lists every objective, however many.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeyResult } from '../../src/core/types';
import { appendKeyResults, createPeriodWith } from '../../src/sheet/periods';
import { DASHBOARD, KEY_RESULT_COLUMNS } from '../../src/tabs/templates';
import { krColumn } from '../../src/tabs/writer';
import { addDealsTab, newWorkbook, request, SETTINGS, sampleKeyResults, type Workbook } from './helpers';

const KR = 'Q1 2027 · Key results';
const DASH = 'Q1 2027 · Dashboard';

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook();
});
afterEach(() => wb.restore());

const tab = (name: string) => wb.ss.getSheetByName(name)!;

/** The dashboard's objective table: id → [score, title, red, yellow, green]. */
function objectiveTable(): Map<unknown, unknown[]> {
  const first = DASHBOARD.objectivesRow + 1;
  const rows = tab(DASH)
    .getRange(first, 1, tab(DASH).getMaxRows() - first + 1, 6)
    .getValues();
  return new Map(rows.filter((r) => r[0] !== '').map(([id, ...rest]) => [id, rest]));
}

function statusCount(label: string): unknown {
  const rows = tab(DASH)
    .getRange(DASHBOARD.statusRow + 1, DASHBOARD.sideColumn, 4, 2)
    .getValues();
  return rows.find((r) => r[0] === label)?.[1];
}

/** Types a key result into one row of the key-results tab, as a user would. */
function typeKeyResult(row: number, fields: Record<string, string>): void {
  for (const [id, text] of Object.entries(fields)) {
    wb.emu.setCellInput(KR, `${String.fromCharCode(64 + krColumn(id as never))}${row}`, text);
  }
}

const computed = (row: number) => {
  const line = tab(KR).getRange(row, krColumn('progress'), 1, 4).getValues()[0];
  return { progress: line[0], expected: line[1], status: line[2], score: line[3] };
};

describe('rows added later', () => {
  it('a key result typed below every used row, and in rows added to the tab, is scored and listed', () => {
    addDealsTab(wb.ss);
    createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
    // The formulas read as they were written: open-ended columns.
    const progress = tab(KR).getRange(2, krColumn('progress')).getFormula();
    expect(progress).toMatch(
      /^=KR_PROGRESS\(ARRAYFORMULA\(IF\(A2:A="",L2:L,.*SUMIF\(X2:X,A2:A,L2:L\),L2:L\)\)\),K2:K,J2:J,H2:H,/,
    );
    for (const column of KEY_RESULT_COLUMNS.filter((c) => c.formula)) {
      expect(tab(KR).getRange(2, krColumn(column.id)).getFormula()).not.toMatch(/[A-Z]2:[A-Z]+\d/);
    }
    const onTrack = statusCount('On track') as number;

    // Far below the rows the tab was made with (room for 200 key results).
    const low = 600;
    expect(tab(KR).getMaxRows()).toBeGreaterThanOrEqual(low);
    typeKeyResult(low, {
      krId: 'O4.1',
      objectiveId: 'O4',
      objectiveTitle: 'Open new markets',
      title: 'Sign 10 resellers',
      kind: 'Increase',
      baseline: '0',
      target: '10',
      current: '5',
    });
    // Expected progress on 15 Feb is 0.5: on track.
    expect(computed(low)).toEqual({ progress: 0.5, expected: 0.5, status: 'On track', score: 0.5 });
    expect(objectiveTable().get('O4')).toEqual([0.5, 'Open new markets', '', 0.5, '']);
    expect(statusCount('On track')).toBe(onTrack + 1);
    const overall = tab(DASH).getRange(DASHBOARD.overallRow, 2).getValue() as number;
    expect(overall).toBeCloseTo((0.775 + 0.5 + 0.25 + 0.5) / 4);

    // Rows added at the end of the tab are covered too.
    const before = tab(KR).getMaxRows();
    tab(KR).insertRowsAfter(before, 50);
    const last = before + 50;
    typeKeyResult(last, {
      krId: 'O5.1',
      objectiveId: 'O5',
      objectiveTitle: 'Keep every customer',
      title: 'Renew all contracts',
      kind: 'Milestone',
      current: 'TRUE',
    });
    expect(computed(last)).toEqual({ progress: 1, expected: 0.5, status: 'Done', score: 1 });
    expect(objectiveTable().get('O5')).toEqual([1, 'Keep every customer', '', '', 1]);
    expect(statusCount('Done')).toBe(3);
    expect(tab(KR).getRange(2, krColumn('progress')).getFormula()).toBe(progress);
  });

  it('lists every objective on the dashboard, not only the first thirty', () => {
    const many: Partial<KeyResult>[] = Array.from({ length: 45 }, (_, i) => ({
      ...sampleKeyResults()[0],
      id: `O${i + 1}.1`,
      objectiveId: `O${i + 1}`,
      objectiveTitle: `Objective ${i + 1}`,
      current: (i % 10) * 50000,
      dueDate: null,
    }));
    createPeriodWith(wb.ss, request(), many, SETTINGS);
    const table = objectiveTable();
    expect(table.size).toBe(45);
    expect(table.get('O45')).toEqual([0.4, 'Objective 45', '', 0.4, '']);
    expect(table.get('O40')).toEqual([0.9, 'Objective 40', '', '', 0.9]);
    expect(table.get('O31')?.slice(0, 2)).toEqual([0, 'Objective 31']);
    const mean = many.reduce((sum, kr) => sum + (kr.current as number) / 500000, 0) / 45;
    expect(tab(DASH).getRange(DASHBOARD.overallRow, 2).getValue()).toBeCloseTo(mean, 9);
  });

  it('appends key results below the last one until the tab’s last row, whatever a data link refers to', () => {
    addDealsTab(wb.ss);
    const krs = sampleKeyResults();
    krs[0] = { ...krs[0], dataLink: '=SUM(Deals!A1:A2)' };
    createPeriodWith(wb.ss, request(), krs, SETTINGS);
    const extra = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...krs[1], id: `O9.${i + 1}`, objectiveId: 'O9', dataLink: '' }));
    appendKeyResults(wb.ss, 'Q1 2027', extra(3));
    expect(computed(10).progress).toBe(0.5);
    const rows = tab(KR).getMaxRows();
    // Rows 2 to 11 are used: room for rows 12 to the last row.
    expect(() => appendKeyResults(wb.ss, 'Q1 2027', extra(rows - 10))).toThrow(/room for \d+ more key results/);
    appendKeyResults(wb.ss, 'Q1 2027', extra(rows - 11));
    expect(computed(rows).progress).toBe(0.5);
  });
});

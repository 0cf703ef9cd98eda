// Rows someone types into the key-results tab that are not key results — a total row, a note
// below the table — stay out of the overview, the review and the carry-over, are listed by the
// health check as "not part of the table", and are never touched. A row typed WITH a KR id is a
// key result like the others.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closePeriod, createPeriod, getHealthReport, getOverview } from '../../src/server/endpoints';
import { createPeriodWith } from '../../src/sheet/periods';
import { readPeriod } from '../../src/sheet/read';
import { newWorkbook, Q2, request, SETTINGS, sampleKeyResults, TODAY, type Workbook } from './helpers';

const KR = 'Q1 2027 · Key results';

let wb: Workbook;
beforeEach(() => {
  vi.useFakeTimers({ now: TODAY, toFake: ['Date'] });
  wb = newWorkbook();
  createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
  // The sample's 7 KRs fill rows 2–8. Someone adds a KR of their own, then a total and a note.
  const type = (a1: string, input: string) => wb.emu.setCellInput(KR, a1, input);
  type('A9', 'O3.3');
  type('B9', 'O3');
  type('C9', 'Convert more leads');
  type('D9', 'Book 10 partner meetings');
  type('E9', 'Cleo');
  type('H9', 'Increase');
  type('J9', '0');
  type('K9', '10');
  type('L9', '5');
  type('D11', 'Total');
  type('K11', '=SUM(K2:K9)');
  type('L11', '=SUM(L2:L9)');
  type('A12', 'Note: figures from the CRM export of Monday');
});
afterEach(() => {
  wb.restore();
  vi.useRealTimers();
});

/** What the user typed in rows 11–12 (values and formulas), to compare after each action. */
const typedRows = () => {
  const range = wb.ss.getSheetByName(KR)!.getRange('A11:Q12');
  return { values: range.getValues(), formulas: range.getFormulas() };
};

describe('rows that are not key results', () => {
  it('are left out of the overview; a typed row with an id is in it', () => {
    const ids = readPeriod(wb.ss, 'Q1 2027')!.keyResults.map((kr) => kr.id);
    expect(ids).toEqual(['O1.1', 'O1.2', 'O1.3', 'O2.1', 'O2.2', 'O3.1', 'O3.2', 'O3.3']);
    const overview = getOverview('Q1 2027');
    const titles = overview.objectives.flatMap((o) => o.keyResults.map((kr) => kr.title));
    expect(titles).toContain('Book 10 partner meetings');
    expect(titles).not.toContain('Total');
    expect(titles).not.toContain('');
    expect(overview.objectives.map((o) => o.id)).toEqual(['O1', 'O2', 'O3']);
  });

  it('are listed by the health check as not part of the table, with their row', () => {
    const findings = getHealthReport('Q1 2027').filter((f) => f.code === 'notInTable');
    expect(findings).toEqual([
      expect.objectContaining({ cell: `'${KR}'!A11`, params: { row: 11, text: expect.stringContaining('Total') } }),
      expect.objectContaining({ cell: `'${KR}'!A12`, params: { row: 12, text: expect.stringContaining('Note:') } }),
    ]);
    // The KR row typed with an id is a key result: no such finding for row 9.
    expect(findings.some((f) => f.cell.endsWith('!A9'))).toBe(false);
  });

  it('are not graded in the review nor carried over, and stay as typed', () => {
    const before = typedRows();
    closePeriod({ label: 'Q1 2027', date: '2027-03-31' });
    const review = readPeriod(wb.ss, 'Q1 2027')!;
    expect(review.keyResults.map((kr) => kr.id)).toEqual([
      'O1.1',
      'O1.2',
      'O1.3',
      'O2.1',
      'O2.2',
      'O3.1',
      'O3.2',
      'O3.3',
    ]);
    const reviewText = wb.ss.getSheetByName(review.keyResultsTab)!.getDataRange().getValues().flat().join('|');
    expect(reviewText).not.toContain('Total');
    expect(reviewText).not.toContain('Note: figures');

    const created = createPeriod({
      period: Q2,
      team: 'EMEA',
      startFrom: 'previous',
      previousLabel: 'Q1 2027',
      language: 'en',
    });
    const next = readPeriod(wb.ss, created.label)!;
    expect(next.keyResults.map((kr) => kr.title)).not.toContain('Total');
    expect(next.keyResults.map((kr) => kr.id)).toContain('O3.3');
    expect(created.carriedOver).toBe(next.keyResults.length);
    expect(typedRows()).toEqual(before);
  });
});

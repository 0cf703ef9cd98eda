import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closePeriod, createPeriod, createPeriodWith } from '../../src/sheet/periods';
import { readPeriod } from '../../src/sheet/read';
import { addDealsTab, newWorkbook, Q2, request, SETTINGS, sampleKeyResults, valuesOf, type Workbook } from './helpers';

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook();
  addDealsTab(wb.ss);
  createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
});
afterEach(() => wb.restore());

describe('starting the next period from a review', () => {
  it('carries the chosen KRs over with every field, the final value as baseline and a fresh log', () => {
    closePeriod(
      wb.ss,
      { label: 'Q1 2027', decisions: { 'O1.2': 'drop', 'O2.1': 'carryOver' }, date: '2027-03-31' },
      SETTINGS,
    );
    const result = createPeriod(
      wb.ss,
      request({ period: Q2, startFrom: 'previous', previousLabel: 'Q1 2027' }),
      SETTINGS,
    );
    expect(result.carriedOver).toBe(5);
    const q1 = readPeriod(wb.ss, 'Q1 2027')!;
    const q2 = readPeriod(wb.ss, 'Q2 2027')!;
    expect(q2.readIssues).toEqual([]);
    expect(q2.keyResults.map((kr) => kr.id)).toEqual(['O1.1', 'O2.1', 'O2.2', 'O3.1', 'O3.2']);
    for (const kr of q2.keyResults) {
      const old = q1.keyResults.find((k) => k.id === kr.id)!;
      // Every field intact…
      for (const field of [
        'objectiveId',
        'objectiveTitle',
        'title',
        'owner',
        'team',
        'parentObjectiveId',
        'kind',
        'unit',
        'target',
        'weight',
        'notes',
        'dataLink',
      ] as const) {
        expect(kr[field], `${kr.id} ${field}`).toEqual(old[field]);
      }
      // …the final value as the new baseline, a fresh start for the rest.
      expect(kr.baseline, kr.id).toEqual(old.current);
      expect(kr.confidence).toBeNull();
      expect(kr.dueDate).toBeNull();
    }
    const linked = q2.keyResults.find((kr) => kr.id === 'O2.1')!;
    expect(linked.parentObjectiveId).toBe('C1');
    expect(linked.baseline).toBeCloseTo(4.2);
    // The data link is a live formula again; the others wait for their first check-in.
    expect(wb.ss.getSheetByName('Q2 2027 · Key results')!.getRange('L3').getFormula()).toBe('=Deals!A1/Deals!A2');
    expect(q2.keyResults.find((kr) => kr.id === 'O1.1')!.current).toBeNull();
    expect(q2.checkIns).toEqual([]);
    expect(wb.ss.getSheetByName('Q2 2027 · Check-ins')!.getLastRow()).toBe(1);
    // Until their first check-in, the measured KRs say so and count 0; the linked one scores at once.
    expect(valuesOf(wb.ss, 'Q2 2027 · Key results', 'R2:R3').flat()).toEqual(['⚠ current is blank. Enter a value.', 1]);
    expect(valuesOf(wb.ss, 'Q2 2027 · Key results', 'U2')[0][0]).toBe(0);
    // Q2 pace and scores work from the new baselines.
    wb.emu.setCellInput('Q2 2027 · Key results', 'L2', '450000');
    expect(valuesOf(wb.ss, 'Q2 2027 · Key results', 'R2')[0][0]).toBeCloseTo(0.5);
  });

  it('asks to close the previous period first', () => {
    const before = wb.emu.snapshot();
    expect(() =>
      createPeriod(wb.ss, request({ period: Q2, startFrom: 'previous', previousLabel: 'Q1 2027' }), SETTINGS),
    ).toThrow(/has not been closed yet/);
    expect(wb.emu.snapshot()).toEqual(before);
  });

  it('uses the latest closed period when none is named', () => {
    closePeriod(wb.ss, { label: 'Q1 2027', date: '2027-03-31' }, SETTINGS);
    const result = createPeriod(wb.ss, request({ period: Q2, startFrom: 'previous' }), SETTINGS);
    // Everything below 1.0 by default: O1.1, O1.2, O2.2, O3.1, O3.2.
    expect(result.carriedOver).toBe(5);
  });
});

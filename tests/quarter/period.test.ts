import { describe, expect, it } from 'vitest';
import { isoDay } from '../../src/core/dates';
import { nextPeriod, periodLabel, periodOf, quarterContaining, specProblem } from '../../src/core/periods';

describe('period arithmetic', () => {
  it('computes calendar quarters', () => {
    const q = periodOf({ kind: 'quarter', year: 2027, quarter: 1 });
    expect(q.label).toBe('Q1 2027');
    expect(isoDay(q.start)).toBe('2027-01-01');
    expect(isoDay(q.end)).toBe('2027-03-31');
    const q4 = periodOf({ kind: 'quarter', year: 2028, quarter: 4 });
    expect([isoDay(q4.start), isoDay(q4.end)]).toEqual(['2028-10-01', '2028-12-31']);
  });

  it('names fiscal years by the calendar year they end in', () => {
    const april = { kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 1, fiscalYearStartMonth: 4 } as const;
    const q1 = periodOf(april);
    expect(q1.label).toBe('FY2027 Q1');
    expect([isoDay(q1.start), isoDay(q1.end)]).toEqual(['2026-04-01', '2026-06-30']);
    const q4 = periodOf({ ...april, quarter: 4 });
    expect([isoDay(q4.start), isoDay(q4.end)]).toEqual(['2027-01-01', '2027-03-31']);
    const calendarFiscal = periodOf({ ...april, fiscalYearStartMonth: 1, quarter: 2 });
    expect([isoDay(calendarFiscal.start), isoDay(calendarFiscal.end)]).toEqual(['2027-04-01', '2027-06-30']);
  });

  it('labels custom month spans, across year ends and in other languages', () => {
    expect(periodLabel({ kind: 'months', start: '2027-01-01', months: 2 })).toBe('Jan–Feb 2027');
    expect(periodLabel({ kind: 'months', start: '2026-11-01', months: 2 })).toBe('Nov–Dec 2026');
    expect(periodLabel({ kind: 'months', start: '2026-12-01', months: 2 })).toBe('Dec 2026–Jan 2027');
    expect(periodLabel({ kind: 'months', start: '2027-03-01', months: 1 })).toBe('Mar 2027');
    expect(periodLabel({ kind: 'months', start: '2027-03-01', months: 1 }, 'de')).toBe('Mär 2027');
    const year = periodOf({ kind: 'months', start: '2026-07-01', months: 12 });
    expect(year.label).toBe('Jul 2026–Jun 2027');
    expect(isoDay(year.end)).toBe('2027-06-30');
    const leap = periodOf({ kind: 'months', start: '2028-01-01', months: 2 });
    expect(isoDay(leap.end)).toBe('2028-02-29');
  });

  it('finds the next period of the same kind', () => {
    expect(nextPeriod({ kind: 'quarter', year: 2027, quarter: 4 })).toEqual({
      kind: 'quarter',
      year: 2028,
      quarter: 1,
    });
    expect(nextPeriod({ kind: 'quarter', year: 2027, quarter: 1 })).toEqual({
      kind: 'quarter',
      year: 2027,
      quarter: 2,
    });
    expect(nextPeriod({ kind: 'fiscalQuarter', fiscalYear: 2027, quarter: 4, fiscalYearStartMonth: 7 })).toEqual({
      kind: 'fiscalQuarter',
      fiscalYear: 2028,
      quarter: 1,
      fiscalYearStartMonth: 7,
    });
    expect(nextPeriod({ kind: 'months', start: '2027-11-01', months: 2 })).toEqual({
      kind: 'months',
      start: '2028-01-01',
      months: 2,
    });
  });

  it('finds the quarter containing a date', () => {
    expect(quarterContaining(new Date('2027-05-10T00:00:00Z'))).toEqual({ kind: 'quarter', year: 2027, quarter: 2 });
    expect(quarterContaining(new Date('2027-05-10T00:00:00Z'), 4)).toEqual({
      kind: 'fiscalQuarter',
      fiscalYear: 2028,
      quarter: 1,
      fiscalYearStartMonth: 4,
    });
    expect(quarterContaining(new Date('2027-02-10T00:00:00Z'), 4)).toEqual({
      kind: 'fiscalQuarter',
      fiscalYear: 2027,
      quarter: 4,
      fiscalYearStartMonth: 4,
    });
  });

  it('rejects impossible specs with a reason', () => {
    expect(specProblem({ kind: 'quarter', year: 2027, quarter: 5 })).not.toBe('');
    expect(specProblem({ kind: 'months', start: '2027-02-30', months: 2 })).not.toBe('');
    expect(specProblem({ kind: 'months', start: '2027-02-01', months: 3 })).not.toBe('');
    expect(specProblem({ kind: 'weeks' })).not.toBe('');
    expect(specProblem({ kind: 'months', start: '2027-02-01', months: 6 })).toBe('');
  });
});

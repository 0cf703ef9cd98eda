// Phased targets, worked by hand: the Phasing cell's notation (core/phasing.ts), the expected
// progress it gives at a date (core/pace.ts), and the status and score that follow from it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../sidebar/src/format';
import { evaluateKeyResult } from '../../src/core/evaluate';
import { explainKeyResult } from '../../src/core/explain';
import { projectProgress } from '../../src/core/forecast';
import { checkHealth } from '../../src/core/health';
import { buildOverview } from '../../src/core/overview';
import { expectedProgress, krPace, paceAt, planDays } from '../../src/core/pace';
import { phasingSlots, readPhasing } from '../../src/core/phasing';
import { DEFAULT_SETTINGS, LANGUAGES } from '../../src/core/types';
import { OKR_PACE } from '../../src/functions/customFunctions';
import { SIDEBAR } from '../../src/i18n/sidebar';
import { kr, period, TAB } from '../sidebar/fixtures';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
// Q1 2027: 1 Jan to 31 Mar, 90 days (January 31, February 28, March 31).
const start = day(2027, 1, 1);
const end = day(2027, 3, 31);
const Q1 = { start, end };

function phasing(text: string, until = end) {
  const read = readPhasing(text, start, until);
  if (!read.ok || !read.phasing) throw new Error(`not a phasing: ${text}`);
  return read.phasing;
}

describe('reading a Phasing cell', () => {
  it('counts the months and the 7-day weeks of the time to the end', () => {
    expect(phasingSlots(start, end)).toEqual({ months: 3, weeks: 13 }); // 90 days: 12 weeks and 6 days
    expect(phasingSlots(day(2027, 7, 1), day(2027, 9, 30))).toEqual({ months: 3, weeks: 13 }); // 92 days
    expect(phasingSlots(start, day(2027, 1, 31))).toEqual({ months: 1, weeks: 4 }); // 31 days
    expect(phasingSlots(start, day(2027, 12, 31))).toEqual({ months: 12, weeks: 52 });
    expect(phasingSlots(start, day(2027, 2, 28))).toEqual({ months: 2, weeks: 8 }); // a KR due 28 Feb
    expect(phasingSlots(start, day(2027, 1, 2))).toEqual({ months: 1, weeks: 1 });
  });

  it('reads cumulative checkpoints per month or per week, with or without the % sign', () => {
    expect(readPhasing('20% 50% 100%', start, end)).toEqual({
      ok: true,
      phasing: { unit: 'month', checkpoints: [0.2, 0.5, 1] },
    });
    expect(readPhasing('  20 50   100 ', start, end)).toEqual({
      ok: true,
      phasing: { unit: 'month', checkpoints: [0.2, 0.5, 1] },
    });
    expect(readPhasing('12.5% 50% 100%', start, end)).toMatchObject({
      ok: true,
      phasing: { checkpoints: [0.125, 0.5, 1] },
    });
    const weekly = readPhasing('5% 10% 15% 20% 25% 30% 35% 40% 50% 60% 70% 85% 100%', start, end);
    expect(weekly).toMatchObject({ ok: true, phasing: { unit: 'week' } });
    // Flat months are allowed (nothing due in January).
    expect(readPhasing('0% 0% 100%', start, end)).toMatchObject({ ok: true, phasing: { checkpoints: [0, 0, 1] } });
  });

  it('reads a blank cell as no phasing: the straight line', () => {
    for (const blank of ['', '   ', null, undefined])
      expect(readPhasing(blank, start, end)).toEqual({ ok: true, phasing: null });
  });

  it('names the checkpoint at fault and what to do, first problem first', () => {
    const problem = (text: unknown) => {
      const read = readPhasing(text, start, end);
      return read.ok ? null : read.problem;
    };
    // Per-month shares that do not reach 100% at the end.
    expect(problem('20% 30% 50%')).toEqual({ code: 'phasingEnd', text: '50%' });
    expect(problem('20% 50% 90%')).toEqual({ code: 'phasingEnd', text: '90%' });
    // Two checkpoints for a quarter: neither 3 months nor 13 weeks.
    expect(problem('50% 100%')).toEqual({ code: 'phasingCount', text: '2', value: '3', other: '13' });
    expect(problem('50% 60% 70% 100%')).toEqual({ code: 'phasingCount', text: '4', value: '3', other: '13' });
    expect(problem('50% 20% 100%')).toEqual({ code: 'phasingOrder', text: '20%' });
    expect(problem('-10% 50% 100%')).toEqual({ code: 'outOfRange', text: '-10%', value: '0–100%' });
    expect(problem('20% 150% 100%')).toEqual({ code: 'outOfRange', text: '150%', value: '0–100%' });
    expect(problem('twenty 50% 100%')).toEqual({ code: 'notANumber', text: 'twenty' });
    // Commas are not separators: "20,5" is a decimal in half of the languages.
    expect(problem('20%, 50%, 100%')).toEqual({ code: 'notANumber', text: '20%,' });
    expect(problem('back-loaded')).toEqual({ code: 'notANumber', text: 'back-loaded' });
    // A number typed alone is one checkpoint: 1 (100% formatted) reads as 1%, not the end.
    expect(problem(1)).toEqual({ code: 'phasingCount', text: '1', value: '3', other: '13' });
  });
});

describe('expected progress with a monthly phasing of Q1 (20% 50% 100%)', () => {
  const monthly = phasing('20% 50% 100%');
  const at = (m: number, d: number) => expectedProgress(start, end, day(2027, m, d), monthly);

  it('is 0 before the start and at the first day, 1 after the last day', () => {
    expect(expectedProgress(start, end, day(2026, 12, 20), monthly)).toBe(0);
    expect(at(1, 1)).toBe(0);
    expect(expectedProgress(start, end, day(2027, 4, 1), monthly)).toBe(1);
    expect(expectedProgress(start, end, day(2027, 6, 30), monthly)).toBe(1);
  });

  it('reaches each checkpoint on the first day of the next month', () => {
    expect(at(2, 1)).toBeCloseTo(0.2, 12);
    expect(at(3, 1)).toBeCloseTo(0.5, 12);
  });

  it('grows linearly inside each month', () => {
    // 16 Jan: 15 of January's 31 days passed, of its 20%: 0.2 × 15/31.
    expect(at(1, 16)).toBeCloseTo((0.2 * 15) / 31, 12);
    // 15 Feb: 20% + 14 of February's 28 days of its 30%: 0.2 + 0.15 = 0.35 (the straight line says 0.5).
    expect(at(2, 15)).toBeCloseTo(0.35, 12);
    expect(expectedProgress(start, end, day(2027, 2, 15))).toBe(0.5);
    // 16 Mar: 50% + 15/31 of March's 50%.
    expect(at(3, 16)).toBeCloseTo(0.5 + (0.5 * 15) / 31, 12);
    // 31 Mar (the last day has not passed yet): 50% + 30/31 of 50%.
    expect(at(3, 31)).toBeCloseTo(0.5 + (0.5 * 30) / 31, 12);
  });

  it('never decreases as time passes and stays within [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 110 }), fc.integer({ min: 0, max: 30 }), (offset, more) => {
        const when = (n: number) => new Date(start.getTime() + n * 86_400_000);
        const a = expectedProgress(start, end, when(offset), monthly);
        const b = expectedProgress(start, end, when(offset + more), monthly);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(1);
        expect(b).toBeGreaterThanOrEqual(a - 1e-12);
      }),
    );
  });

  it('is the straight line when the checkpoints are the straight line’s own', () => {
    // 31/90 and 59/90 are where the straight line stands at the ends of January and February.
    const straight = phasing(`${(3100 / 90).toFixed(10)}% ${(5900 / 90).toFixed(10)}% 100%`);
    for (const d of [day(2027, 1, 10), day(2027, 2, 15), day(2027, 3, 20)])
      expect(expectedProgress(start, end, d, straight)).toBeCloseTo(expectedProgress(start, end, d), 9);
  });
});

describe('expected progress with a weekly phasing of Q1', () => {
  // 13 weeks: 12 of 7 days from 1 Jan, the 13th from 26 Mar to 31 Mar (6 days).
  const weekly = phasing('5% 10% 15% 20% 25% 30% 35% 40% 50% 60% 70% 85% 100%');
  const at = (m: number, d: number) => expectedProgress(start, end, day(2027, m, d), weekly);

  it('reaches each checkpoint at the end of its week and grows linearly inside it', () => {
    expect(at(1, 8)).toBeCloseTo(0.05, 12); // end of week 1
    expect(at(1, 11)).toBeCloseTo(0.05 + (0.05 * 3) / 7, 12); // 3 days into week 2
    expect(at(3, 5)).toBeCloseTo(0.5, 12); // day 63: end of week 9
    expect(at(3, 26)).toBeCloseTo(0.85, 12); // day 84: end of week 12
  });

  it('stretches the last week to the period’s end', () => {
    // 28 Mar: 2 of the last week's 6 days: 85% + 15% × 2/6.
    expect(at(3, 28)).toBeCloseTo(0.9, 12);
    expect(expectedProgress(start, end, day(2027, 4, 1), weekly)).toBe(1);
  });

  it('gives a 92-day quarter a last week of 8 days', () => {
    const q3 = readPhasing('5% 10% 15% 20% 25% 30% 35% 40% 50% 60% 70% 85% 100%', day(2027, 7, 1), day(2027, 9, 30));
    if (!q3.ok || !q3.phasing) throw new Error('Q3 phasing not read');
    // 23 Sep (day 84) starts the last week; 27 Sep is 4 of its 8 days in.
    expect(expectedProgress(day(2027, 7, 1), day(2027, 9, 30), day(2027, 9, 27), q3.phasing)).toBeCloseTo(0.925, 12);
  });
});

describe('a key result’s pace (krPace)', () => {
  it('phases the time to its due date: two months to 28 Feb', () => {
    const kr = { dueDate: day(2027, 2, 28), phasing: '40% 100%' };
    // 15 Feb: 40% + 14/28 of February's 60%.
    expect(krPace(kr, Q1, day(2027, 2, 15)).expected).toBeCloseTo(0.7, 12);
    expect(krPace(kr, Q1, day(2027, 3, 1)).expected).toBe(1);
  });

  it('is the straight line with a blank phasing, with none, or with one that cannot be read', () => {
    const asOf = day(2027, 2, 15);
    const straight = paceAt(start, end, asOf);
    expect(krPace({}, Q1, asOf)).toEqual(straight);
    expect(krPace({ phasing: '' }, Q1, asOf)).toEqual(straight);
    for (const bad of ['20% 30% 50%', '50% 100%', 'abc', '50% 20% 100%'])
      expect(krPace({ phasing: bad }, Q1, asOf)).toEqual(straight);
  });

  it('carries the phasing it followed, and the days as before', () => {
    const pace = krPace({ phasing: '20% 50% 100%' }, Q1, day(2027, 2, 15));
    expect(pace).toMatchObject({ elapsedDays: 45, days: 90, phasing: { unit: 'month', checkpoints: [0.2, 0.5, 1] } });
    expect(pace.expected).toBeCloseTo(0.35, 12);
  });
});

describe('status follows the phasing', () => {
  const kr = {
    kind: 'increase' as const,
    baseline: 0,
    target: 300_000,
    current: 105_000, // progress 0.35
    weight: null,
  };
  const context = { settings: DEFAULT_SETTINGS, period: Q1, asOf: day(2027, 2, 15) };

  it('is on track on a back-loaded plan where the straight line says at risk', () => {
    expect(evaluateKeyResult(kr, context)).toMatchObject({ progress: 0.35, status: 'atRisk' });
    const phased = evaluateKeyResult({ ...kr, phasing: '20% 50% 100%' }, context);
    expect(phased.status).toBe('onTrack');
    expect(phased.pace?.expected).toBeCloseTo(0.35, 12);
  });

  it('is off track on a front-loaded plan (60% by the end of January)', () => {
    expect(evaluateKeyResult({ ...kr, phasing: '60% 80% 100%' }, context).status).toBe('offTrack');
  });
});

describe('the health check names a phasing that cannot be used', () => {
  const options = { settings: DEFAULT_SETTINGS, asOf: day(2027, 2, 15) };
  const locate = (k: { row: number }, field: string) => `'${TAB}'!${field === 'phasing' ? 'V' : 'A'}${k.row}`;
  const findingsFor = (phasing: string, fields: Record<string, unknown> = {}) =>
    checkHealth(period({ keyResults: [kr({ id: 'O1.1', title: 'Close 300k', row: 7, phasing, ...fields })] }), {
      ...options,
      locate,
    }).filter((f) => f.code.startsWith('phasing'));

  it('finds nothing in a readable or blank phasing', () => {
    expect(findingsFor('20% 50% 100%')).toEqual([]);
    expect(findingsFor('')).toEqual([]);
    expect(findingsFor('40% 100%', { dueDate: day(2027, 2, 28) })).toEqual([]);
  });

  it('says what is wrong, with the cell, in every language', () => {
    const cases: [string, string, Record<string, unknown>][] = [
      ['twenty 50% 100%', 'phasingNotANumber', { text: 'twenty' }],
      ['-10% 50% 100%', 'phasingOutOfRange', { text: '-10%' }],
      ['50% 20% 100%', 'phasingOrder', { text: '20%' }],
      ['50% 100%', 'phasingCount', { count: 2, months: 3, weeks: 13 }],
      ['20% 30% 50%', 'phasingEnd', { text: '50%' }],
    ];
    for (const [phasing, code, params] of cases) {
      const [finding, ...more] = findingsFor(phasing);
      expect(more).toEqual([]);
      expect(finding).toMatchObject({ code, severity: 'warning', cell: `'${TAB}'!V7`, krId: 'O1.1' });
      expect(finding.params).toMatchObject({ title: 'Close 300k', cell: `'${TAB}'!V7`, ...params });
      for (const language of LANGUAGES) {
        const text = createFormatter(SIDEBAR[language], language, 'EUR').message({
          key: `health.${finding.code}`,
          params: finding.params,
        });
        expect(text, `${code} in ${language}`).not.toMatch(/\{\w+\}/);
        expect(text).toContain(`${TAB}'!V7`);
      }
    }
  });

  it('counts a KR due 28 Feb in its own months and weeks', () => {
    expect(findingsFor('20% 50% 100%', { dueDate: day(2027, 2, 28) })[0].params).toMatchObject({
      count: 3,
      months: 2,
      weeks: 8,
    });
  });
});

describe('OKR_PACE with a phasing', () => {
  it('gives the phased expected progress, per row of a column of phasings', () => {
    expect(OKR_PACE(start, end, day(2027, 2, 15), 'en', '20% 50% 100%')).toBeCloseTo(0.35, 12);
    expect(OKR_PACE('2027-01-01', '2027-02-28', '2027-02-15', '', '40% 100%')).toBeCloseTo(0.7, 12);
    const rows = OKR_PACE(start, end, day(2027, 2, 15), 'en', [['20% 50% 100%'], [''], ['0 0 100']]) as number[][];
    expect(rows.map((r) => Number(r[0].toFixed(12)))).toEqual([0.35, 0.5, 0]); // nothing due before March
  });

  it('refuses a phasing that cannot be used, saying why in the call’s language', () => {
    expect(() => OKR_PACE(start, end, day(2027, 2, 15), 'en', '50% 100%')).toThrow(
      'phasing has 2 checkpoints. Give 3 (months) or 13 (weeks).',
    );
    expect(() => OKR_PACE(start, end, day(2027, 2, 15), 'de', '20% 30% 50%')).toThrow(
      'phasing endet bei 50%. Enden Sie mit 100 %.',
    );
    expect(() => OKR_PACE(start, end, day(2027, 2, 15), 'fr', '50% 20% 100%')).toThrow('phasing baisse à 20%.');
    expect(() => OKR_PACE(start, end, day(2027, 2, 15), 'en', 'abc 50% 100%')).toThrow(
      'phasing “abc” is not a number.',
    );
    const rows = OKR_PACE(start, end, day(2027, 2, 15), 'en', [['20% 50% 100%'], ['-5% 50% 100%']]) as unknown[][];
    expect(rows[1][0]).toBe('⚠ phasing -5% is not 0–100%. Enter a value that is.');
  });
});

describe('the trend of a phased key result runs on its plan’s clock', () => {
  const kr = {
    kind: 'increase' as const,
    baseline: 0,
    target: 300,
    current: 105,
    weight: null,
    phasing: '20% 50% 100%',
  };
  // Check-ins that keep exactly to 20% 50% 100% of 300: 300 × 0.2 × 15/31 on 16 Jan, 60 on 1 Feb, 105 on 15 Feb.
  const points = [
    { date: day(2027, 1, 16), value: 900 / 31 },
    { date: day(2027, 2, 1), value: 60 },
    { date: day(2027, 2, 15), value: 105 },
  ];

  it('projects a team on plan to its plan’s value at the due date, where the calendar trend sees a shortfall', () => {
    const clock = planDays(kr, Q1);
    expect(clock).not.toBeNull();
    // On the plan's clock the points lie on one line (10/3 per plan day); read at 31 Mar (the
    // start of the last day, as every forecast is): 300 × (50% + 50% × 30/31).
    const planned = projectProgress(kr, points, end, DEFAULT_SETTINGS, clock);
    expect(planned).toMatchObject({ ok: true });
    if (planned.ok) {
      expect(planned.value).toBeCloseTo(300 * (0.5 + (0.5 * 30) / 31), 6);
      expect(planned.low).toBeCloseTo(planned.progress, 6); // points on one line: no range
    }
    // The calendar trend (slope 2.53 a day from three points, 15 to 45 days in) says about 72%.
    const calendar = projectProgress(kr, points, end, DEFAULT_SETTINGS);
    expect(calendar.ok && calendar.progress).toBeLessThan(0.75);
  });

  it('uses calendar days without a readable phasing, and where nothing is due between the check-ins', () => {
    expect(planDays({ phasing: '' }, Q1)).toBeNull();
    expect(planDays({ phasing: '20% 30% 50%' }, Q1)).toBeNull();
    // 0% 0% 100%: January and February are one point on the plan's clock, so the calendar trend counts.
    const flat = planDays({ phasing: '0% 0% 100%' }, Q1);
    const early = [
      { date: day(2027, 1, 10), value: 10 },
      { date: day(2027, 1, 20), value: 20 },
      { date: day(2027, 2, 10), value: 40 },
    ];
    expect(projectProgress(kr, early, end, DEFAULT_SETTINGS, flat)).toEqual(
      projectProgress(kr, early, end, DEFAULT_SETTINGS),
    );
  });
});

describe('the sidebar’s key-result view follows the phasing', () => {
  it('shows the phased expected progress and status, and explains them by the phasing, in every language', () => {
    const data = period({
      keyResults: [
        kr({ id: 'O1.1', title: 'Close 300k', baseline: 0, target: 300, current: 105, phasing: '20 50 100' }),
        kr({ id: 'O1.2', title: 'Book 40 demos', baseline: 0, target: 300, current: 105, row: 3 }),
      ],
    });
    const view = buildOverview(data, DEFAULT_SETTINGS, day(2027, 2, 15));
    const [phased, straight] = view.objectives.flatMap((o) => o.keyResults);
    expect(phased).toMatchObject({ status: 'onTrack' });
    expect(phased.expected).toBeCloseTo(0.35, 12);
    expect(phased.pace?.phasing).toEqual({ unit: 'month', checkpoints: '20% 50% 100%' });
    expect(straight).toMatchObject({ expected: 0.5, status: 'atRisk' });
    expect(straight.pace?.phasing).toBeUndefined();
    const [line] = explainKeyResult(phased, view).filter((m) => m.key.startsWith('ex.pace'));
    expect(line.key).toBe('ex.pacePhased');
    for (const language of LANGUAGES) {
      const text = createFormatter(SIDEBAR[language], language, 'EUR').message(line);
      expect(text, language).not.toMatch(/\{\w+\}/);
      expect(text).toContain('20% 50% 100%');
    }
    expect(createFormatter(SIDEBAR.en, 'en', 'EUR').message(line)).toBe(
      'Expected by Feb 15, 2027: 35%, by the phasing 20% 50% 100%: the share of the gain due by the end of each month from Jan 1, 2027 to Mar 31, 2027, growing evenly within it.',
    );
  });
});

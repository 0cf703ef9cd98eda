import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../sidebar/src/format';
import { checkHealth, type HealthCode } from '../../src/core/health';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { SIDEBAR } from '../../src/i18n/sidebar';
import { checkIn, kr, objective, period, TAB, utc } from './fixtures';

const options = { settings: DEFAULT_SETTINGS, asOf: utc('2027-02-15') };
const cellOf = (row: number) => `'${TAB}'!A${row}`;

/** Three objectives with three healthy KRs each, checked in recently. */
function healthy() {
  const objectives = ['O1', 'O2', 'O3'].map((id) => objective({ id }));
  const keyResults = objectives.flatMap((o, i) =>
    [0, 1, 2].map((j) => kr({ id: `${o.id}-${j}`, objectiveId: o.id, current: 30 + 10 * j, row: 2 + 3 * i + j })),
  );
  const checkIns = keyResults.map((k) => checkIn(k.id, '2027-02-10', 40, { confidence: 0.5 }));
  return period({ objectives, keyResults, checkIns });
}

function codes(data: ReturnType<typeof period>): HealthCode[] {
  return checkHealth(data, options).map((f) => f.code);
}

describe('checkHealth', () => {
  it('finds nothing in a healthy set', () => {
    expect(checkHealth(healthy(), options)).toEqual([]);
  });

  it('counts objectives against the recommendation of 3 and the maximum of 5', () => {
    const data = healthy();
    expect(
      codes({ ...data, objectives: data.objectives.slice(0, 2), keyResults: data.keyResults.slice(0, 6) }),
    ).toEqual(['objectivesFew']);
    const many = Array.from({ length: 6 }, (_, i) => objective({ id: `M${i}` }));
    const krs = many.flatMap((o) => [
      kr({ id: `${o.id}a`, objectiveId: o.id }),
      kr({ id: `${o.id}b`, objectiveId: o.id }),
    ]);
    const findings = checkHealth(period({ objectives: many, keyResults: krs }), {
      ...options,
      asOf: utc('2027-01-05'),
    });
    expect(findings.map((f) => f.code)).toEqual(['objectivesTooMany']);
    expect(findings[0].params).toEqual({ count: 6, max: 5 });
    expect(findings[0].cell).toBe(`'${TAB}'!A1`);
  });

  it('wants 2 to 5 KRs per objective and points at the objective’s first row', () => {
    const data = healthy();
    const lonely = kr({ id: 'L1', objectiveId: 'O4', objectiveTitle: 'Lonely', row: 40 });
    const findings = checkHealth(
      {
        ...data,
        keyResults: [...data.keyResults, lonely],
        checkIns: [...data.checkIns, checkIn('L1', '2027-02-12', 1)],
      },
      options,
    );
    const few = findings.find((f) => f.code === 'krsTooFew');
    expect(few?.cell).toBe(cellOf(40));
    expect(few?.objectiveId).toBe('O4');
  });

  it('flags unmeasurable KRs with their cells', () => {
    const data = healthy();
    data.keyResults[0] = { ...data.keyResults[0], target: null };
    data.keyResults[1] = { ...data.keyResults[1], baseline: 100, target: 100 };
    data.keyResults[2] = { ...data.keyResults[2], owner: ' ' };
    const findings = checkHealth(data, options);
    expect(findings.map((f) => [f.code, f.severity, f.cell, f.krId])).toEqual([
      ['noTarget', 'error', cellOf(2), 'O1-0'],
      ['targetEqualsBaseline', 'error', cellOf(3), 'O1-1'],
      ['missingOwner', 'warning', cellOf(4), 'O1-2'],
    ]);
  });

  it('uses a locator to point at the exact column', () => {
    const data = healthy();
    data.keyResults[0] = { ...data.keyResults[0], target: null };
    const findings = checkHealth(data, { ...options, locate: (k, field) => `${field}@${k.row}` });
    expect(findings[0].cell).toBe('target@2');
  });

  it('passes on text-where-a-number-belongs issues from the reader with their exact cell', () => {
    const data = healthy();
    data.readIssues.push({
      cell: `'${TAB}'!J3`,
      krId: 'O1-1',
      code: 'notANumber',
      message: 'Text "lots" is not a number',
    });
    const [finding] = checkHealth(data, options);
    expect(finding).toMatchObject({ code: 'notANumber', severity: 'error', cell: `'${TAB}'!J3`, objectiveId: 'O1' });
  });

  it('checks that weights add up', () => {
    const data = healthy();
    const weigh = (weights: (number | null)[]) => {
      const copy = healthy();
      weights.forEach((w, i) => {
        copy.keyResults[i] = { ...copy.keyResults[i], weight: w };
      });
      return codes(copy);
    };
    expect(weigh([0.5, 0.3, 0.2])).toEqual([]);
    expect(weigh([50, 30, 20])).toEqual([]);
    expect(weigh([2, 2, 2])).toEqual([]);
    expect(weigh([2, 1, 1])).toEqual([]);
    expect(weigh([50, 30, 10])).toEqual(['weightsSum']);
    expect(weigh([0.5, 0.3, 0.1])).toEqual(['weightsSum']);
    expect(weigh([0.5, null, 0.5])).toEqual(['weightsPartial']);
    expect(weigh([0, 0, 0])).toEqual(['weightsAllZero']);
    expect(weigh([-1, 1, 1])).toContain('weightNegative');
    expect(data).toBeDefined();
  });

  it('finds due dates outside the period, duplicate ids, and broken parent links', () => {
    const data = healthy();
    data.keyResults[0] = { ...data.keyResults[0], dueDate: utc('2027-04-15') };
    data.keyResults[4] = { ...data.keyResults[4], id: 'O1-0' };
    data.objectives[0] = { ...data.objectives[0], parentId: 'COMPANY-9' };
    data.objectives[1] = { ...data.objectives[1], parentId: 'O3' };
    data.objectives[2] = { ...data.objectives[2], parentId: 'O2' };
    const findings = checkHealth(data, options);
    const byCode = Object.fromEntries(findings.map((f) => [f.code, f]));
    expect(byCode.dueDateOutside.params.due).toEqual({ date: '2027-04-15' });
    expect(byCode.duplicateKrId.cell).toBe(cellOf(6));
    expect(byCode.duplicateKrId.params.other).toBe(cellOf(2));
    expect(byCode.parentMissing.params.parent).toBe('COMPANY-9');
    expect(byCode.parentLoop.params.path).toBe('O2 → O3 → O2');
    expect(findings.filter((f) => f.code === 'parentLoop')).toHaveLength(1);
  });

  it('warns when every KR already scores 1.0', () => {
    const data = healthy();
    data.keyResults = data.keyResults.map((k) => ({ ...k, current: 100 }));
    expect(codes(data)).toContain('alwaysPerfect');
  });

  it('finds KRs without a check-in for two weeks, and never-checked-in KRs', () => {
    const data = healthy();
    data.checkIns[0] = checkIn('O1-0', '2027-01-20', 10);
    data.checkIns.splice(1, 1);
    const findings = checkHealth(data, options);
    expect(findings.map((f) => [f.code, f.krId])).toEqual([
      ['staleCheckIn', 'O1-0'],
      ['noCheckIn', 'O1-1'],
    ]);
    expect(findings[0].params.days).toBe(26);
    expect(checkHealth(data, { ...options, asOf: utc('2027-01-10') })).toEqual([]);
  });

  it('finds high confidence on a value that has not moved', () => {
    const data = healthy();
    data.keyResults[0] = { ...data.keyResults[0], baseline: 20, current: 20 };
    data.checkIns[0] = { ...data.checkIns[0], value: 20, confidence: 0.9 };
    const findings = checkHealth(data, options);
    expect(findings.map((f) => f.code)).toEqual(['confidentButFlat']);
  });

  it('warns when a running key result’s check-ins trend below its target by the due date', () => {
    const data = healthy();
    const id = data.keyResults[0].id;
    // 0, 10, 20 on January 13th, 27th and February 10th (10 per 14 days): 55 by March 31st, 77
    // days after the first, under the target of 100.
    const days = ['2027-01-13', '2027-01-27', '2027-02-10'];
    const slow = days.map((d, i) => checkIn(id, d, 10 * i));
    // On a line, the range is the forecast itself.
    const findings = checkHealth({ ...data, checkIns: [...slow, ...data.checkIns.slice(1)] }, options);
    expect(findings.map((f) => f.code)).toEqual(['forecastToMiss']);
    expect(findings[0].params.progress).toEqual({ percent: expect.closeTo(0.55, 9) });
    expect(findings[0].params.low).toEqual(findings[0].params.progress);
    expect(findings[0]).toMatchObject({ krId: id, cell: cellOf(data.keyResults[0].row) });
    // A faster trend reaches the target: no finding; a closed period has no forecast to warn of.
    const fast = days.map((d, i) => checkIn(id, d, 30 * i));
    expect(codes({ ...data, checkIns: [...fast, ...data.checkIns.slice(1)] })).toEqual([]);
    expect(codes({ ...data, closed: true, checkIns: [...slow, ...data.checkIns.slice(1)] })).not.toContain(
      'forecastToMiss',
    );
  });

  it('renders every finding in every language without leftover placeholders', () => {
    const data = healthy();
    data.keyResults[0] = { ...data.keyResults[0], target: null, owner: '', dueDate: utc('2028-01-01'), weight: -1 };
    data.objectives[1] = { ...data.objectives[1], parentId: 'X' };
    const slow = ['2027-01-27', '2027-02-03', '2027-02-10'].map((d, i) => checkIn(data.keyResults[1].id, d, 5 * i));
    const findings = checkHealth({ ...data, checkIns: [...data.checkIns, ...slow] }, options);
    expect(findings.map((f) => f.code)).toContain('forecastToMiss');
    expect(findings.length).toBeGreaterThan(4);
    for (const language of ['en', 'de', 'fr', 'cs', 'zh', 'ar'] as const) {
      const format = createFormatter(SIDEBAR[language], language, 'EUR');
      for (const f of findings)
        expect(format.message({ key: `health.${f.code}`, params: f.params })).not.toMatch(/\{\w+\}/);
    }
  });
});

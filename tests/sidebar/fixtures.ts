// Small builders for period data as the quarter reader returns it.

import type { CheckIn, KeyResult, Objective, PeriodData } from '../../src/core/types';

export const TAB = 'Q1 2027 · Key results';

export function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

let nextRow = 2;

export function kr(fields: Partial<KeyResult> & { id: string }): KeyResult {
  return {
    objectiveId: 'O1',
    objectiveTitle: 'Grow revenue',
    title: `Key result ${fields.id}`,
    owner: 'Ana',
    team: 'EMEA',
    parentObjectiveId: '',
    kind: 'increase',
    unit: 'count',
    baseline: 0,
    target: 100,
    current: 50,
    weight: null,
    confidence: null,
    dueDate: null,
    notes: '',
    dataLink: '',
    row: nextRow++,
    ...fields,
  };
}

export function objective(fields: Partial<Objective> & { id: string }): Objective {
  return { title: `Objective ${fields.id}`, owner: 'Ana', team: 'EMEA', parentId: '', ...fields };
}

export function checkIn(
  krId: string,
  date: string,
  value: number | boolean | null,
  extra: Partial<CheckIn> = {},
): CheckIn {
  return { date: utc(date), krId, value, confidence: null, note: '', who: 'Ana', row: 2, ...extra };
}

export function period(fields: Partial<PeriodData> = {}): PeriodData {
  return {
    period: { label: 'Q1 2027', kind: 'quarter', start: utc('2027-01-01'), end: utc('2027-03-31') },
    team: 'EMEA',
    tabs: { keyResults: TAB, checkIns: 'Q1 2027 · Check-ins', dashboard: 'Q1 2027 · Dashboard' },
    closed: false,
    language: 'en',
    objectives: [],
    keyResults: [],
    keyResultsTab: TAB,
    checkIns: [],
    readIssues: [],
    closedWith: null,
    ...fields,
  };
}

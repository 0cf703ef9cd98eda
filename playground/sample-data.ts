// The playground's built-in sample: a sales team's quarter with three objectives, key results of
// every kind, and weekly check-ins. Values are derived from how far "now" is into the quarter,
// so the sample looks like a live quarter (some KRs ahead, some behind) on any date.
import type { KrKind } from '../src/core/types';

export interface SampleKeyResult {
  id: string;
  title: string;
  owner: string;
  kind: KrKind;
  unit: string;
  baseline: number;
  target: number;
  weight: number;
  /** How fast this KR moves relative to the quarter's pace (1 = exactly on pace). */
  momentum: number;
  /** Confidence 0–10 at the latest check-in. */
  confidence: number;
  notes: string[];
}

export interface SampleObjective {
  id: string;
  title: string;
  owner: string;
  keyResults: SampleKeyResult[];
}

export const SAMPLE_TEAM = 'Sales EMEA';

export const SAMPLE_OBJECTIVES: SampleObjective[] = [
  {
    id: 'O1',
    title: 'Grow new-business revenue in our core markets',
    owner: 'Maria Lopez',
    keyResults: [
      {
        id: 'KR1.1',
        title: 'Close 1,200,000 in new-business revenue',
        owner: 'Maria Lopez',
        kind: 'increase',
        unit: 'currency',
        baseline: 0,
        target: 1_200_000,
        weight: 2,
        momentum: 1.15,
        confidence: 7,
        notes: ['Two enterprise deals moved to commit', 'Q-end push on mid-market', 'Nordics deal signed early'],
      },
      {
        id: 'KR1.2',
        title: 'Increase average deal size by 15% (40,000 → 46,000)',
        owner: 'Tom Becker',
        kind: 'increase',
        unit: 'currency',
        baseline: 40_000,
        target: 46_000,
        weight: 1,
        momentum: 0.7,
        confidence: 5,
        notes: ['Bundles priced, first deals in', 'Discounting still too deep in SMB'],
      },
      {
        id: 'KR1.3',
        title: 'Keep pipeline coverage at least 4× quota',
        owner: 'Maria Lopez',
        kind: 'atLeast',
        unit: 'ratio',
        baseline: 2.8,
        target: 4,
        weight: 1,
        momentum: 2,
        confidence: 8,
        notes: ['Outbound sequences live', 'Partner-sourced pipeline up'],
      },
    ],
  },
  {
    id: 'O2',
    title: 'Win and keep the right customers',
    owner: 'James Chen',
    keyResults: [
      {
        id: 'KR2.1',
        title: 'Raise lead-to-opportunity conversion from 15% to 25%',
        owner: 'Aisha Rahman',
        kind: 'increase',
        unit: '%',
        baseline: 0.15,
        target: 0.25,
        weight: 1,
        momentum: 0.45,
        confidence: 4,
        notes: ['New qualification script in pilot', 'MQL definition changed mid-quarter'],
      },
      {
        id: 'KR2.2',
        title: 'Cut gross revenue churn from 6% to 4%',
        owner: 'James Chen',
        kind: 'decrease',
        unit: '%',
        baseline: 0.06,
        target: 0.04,
        weight: 1,
        momentum: 1.1,
        confidence: 6,
        notes: ['Save desk catching renewals earlier', 'Two logos lost to price'],
      },
      {
        id: 'KR2.3',
        title: 'Keep customer satisfaction (CSAT) at or above 90%',
        owner: 'James Chen',
        kind: 'atLeast',
        unit: '%',
        baseline: 0.86,
        target: 0.9,
        weight: 1,
        momentum: 2,
        confidence: 8,
        notes: ['Onboarding survey scores up', 'Support SLA met every week'],
      },
    ],
  },
  {
    id: 'O3',
    title: 'Make the sales engine faster and more predictable',
    owner: 'Priya Natarajan',
    keyResults: [
      {
        id: 'KR3.1',
        title: 'Cut the average sales cycle from 60 to 45 days',
        owner: 'Priya Natarajan',
        kind: 'decrease',
        unit: 'days',
        baseline: 60,
        target: 45,
        weight: 1,
        momentum: 0.85,
        confidence: 6,
        notes: ['Legal templates pre-approved', 'Security review still slow'],
      },
      {
        id: 'KR3.2',
        title: 'Launch the automated lead-nurturing campaign',
        owner: 'Aisha Rahman',
        kind: 'milestone',
        unit: '',
        baseline: 0,
        target: 1,
        weight: 1,
        momentum: 1,
        confidence: 7,
        notes: ['Content ready, waiting on CRM workflow'],
      },
      {
        id: 'KR3.3',
        title: 'Keep forecast error at or below 10%',
        owner: 'Priya Natarajan',
        kind: 'atMost',
        unit: '%',
        baseline: 0.18,
        target: 0.1,
        weight: 1,
        momentum: 0.85,
        confidence: 5,
        notes: ['Weekly commit call introduced', 'Stage probabilities recalibrated'],
      },
      {
        id: 'KR3.4',
        title: 'Get 95% of reps logging every call in the CRM (from 55%)',
        owner: 'Tom Becker',
        kind: 'increase',
        unit: '%',
        baseline: 0.55,
        target: 0.95,
        weight: 1,
        momentum: 1.3,
        confidence: 9,
        notes: ['Dialer integration live', 'Leaderboard in the Monday meeting'],
      },
    ],
  },
];

export interface SampleCheckIn {
  date: string;
  krId: string;
  value: number | boolean;
  confidence: number;
  note: string;
  who: string;
}

const DAY = 86_400_000;

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Rounds a value the way people type it for its unit. */
function rounded(kr: SampleKeyResult, value: number): number {
  if (kr.unit === 'currency')
    return Math.round(value / (value > 100_000 ? 5_000 : 100)) * (value > 100_000 ? 5_000 : 100);
  if (kr.unit === '%') return Math.round(value * 1000) / 1000;
  if (kr.unit === 'ratio') return Math.round(value * 10) / 10;
  return Math.round(value);
}

/** The KR's value at a share of the period (0..1) with its momentum. */
export function sampleValueAt(kr: SampleKeyResult, share: number): number | boolean {
  const moved = Math.min(1, Math.max(0, share * kr.momentum));
  if (kr.kind === 'milestone') return share >= 0.45;
  return rounded(kr, kr.baseline + (kr.target - kr.baseline) * moved);
}

/**
 * Weekly check-ins from the first week of the period up to `now` (at most four, the latest on
 * the most recent weekly date), oldest first.
 */
export function sampleCheckIns(start: Date, end: Date, now: Date): SampleCheckIn[] {
  const length = end.getTime() - start.getTime() + DAY;
  const last = Math.min(now.getTime(), end.getTime());
  const dates: Date[] = [];
  for (let t = start.getTime() + 6 * DAY; t <= last; t += 7 * DAY) dates.push(new Date(t));
  if (dates.length === 0) dates.push(new Date(Math.max(start.getTime(), Math.min(last, start.getTime()))));
  const recent = dates.slice(-4);
  const checkIns: SampleCheckIn[] = [];
  recent.forEach((date, week) => {
    const share = (date.getTime() - start.getTime() + DAY) / length;
    for (const objective of SAMPLE_OBJECTIVES) {
      for (const kr of objective.keyResults) {
        const latest = week === recent.length - 1;
        checkIns.push({
          date: iso(date),
          krId: kr.id,
          value: sampleValueAt(kr, share),
          confidence: latest ? kr.confidence : Math.min(10, kr.confidence + ((week + kr.id.length) % 2)),
          note: kr.notes[week % kr.notes.length] ?? '',
          who: kr.owner,
        });
      }
    }
  });
  return checkIns;
}

// "How was this computed?": every score and status of the overview spelled out as arithmetic.
// Pure: view models in, a list of messages out (catalog keys with typed parameters), so the
// sidebar renders them in the user's language with the locale's number and date formats.
import type { SidebarKey } from '../i18n/sidebar';
import type { KrView, ObjectiveView, OverviewView } from './overview';
import type { Settings } from './types';

/** A value to put into a message; the renderer formats it for the locale. */
export type MessageParam =
  | string
  | number
  | { percent: number }
  /** A difference of two progress values, shown in percentage points. */
  | { points: number }
  | { quantity: number; unit: string }
  | { date: string }
  /** Another catalog entry, e.g. a kind or status word. */
  | { word: SidebarKey };

export interface Message {
  key: SidebarKey;
  params: Record<string, MessageParam>;
}

function msg(key: SidebarKey, params: Record<string, MessageParam> = {}): Message {
  return { key, params };
}

const DAY_MS = 86_400_000;

function dayIndex(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function gradeLine(score: number, settings: Settings, grade: KrView['grade']): Message {
  return msg('ex.grade', {
    score: { percent: score },
    grade: { word: `grade.${grade ?? 'red'}` as SidebarKey },
    yellow: { percent: settings.yellowFrom },
    green: { percent: settings.greenFrom },
  });
}

/** The arithmetic of one KR's progress (without pace and status). */
export function explainProgress(kr: KrView, settings: Settings): Message[] {
  const q = (value: number) => ({ quantity: value, unit: kr.unit });
  const lines: Message[] = [];
  if (kr.kind) lines.push(msg(`ex.kind.${kr.kind}` as SidebarKey));
  if (kr.kind && kr.kindInferred)
    lines.push(msg('ex.kindInferred', { kind: { word: `kind.${kr.kind}` as SidebarKey } }));
  if (kr.problem) {
    lines.push(msg(`problem.${kr.problem}` as SidebarKey));
    return lines;
  }
  if (kr.kind === 'milestone') {
    lines.push(msg(kr.progress === 1 ? 'ex.milestone.done' : 'ex.milestone.open'));
    return lines;
  }
  const current = kr.current as number;
  const target = kr.target as number;
  const baseline = kr.baseline as number;
  if (kr.kind === 'atLeast' || kr.kind === 'atMost') {
    const met = kr.progress === 1;
    lines.push(
      msg(`ex.${met ? 'met' : 'notMet'}.${kr.kind}` as SidebarKey, { current: q(current), target: q(target) }),
    );
    return lines;
  }
  lines.push(msg('ex.values', { baseline: q(baseline), target: q(target), current: q(current) }));
  if (kr.baselineDefaulted) lines.push(msg('ex.baselineDefaulted'));
  const raw = kr.rawProgress as number;
  const decrease = kr.kind === 'decrease';
  const done = decrease ? baseline - current : current - baseline;
  const span = decrease ? baseline - target : target - baseline;
  lines.push(
    msg(decrease ? 'ex.calc.decrease' : 'ex.calc.increase', {
      current: q(current),
      baseline: q(baseline),
      target: q(target),
      done: q(done),
      span: q(span),
      raw: { percent: raw },
    }),
  );
  if (raw < 0) {
    lines.push(
      msg(decrease ? 'ex.worse.decrease' : 'ex.worse.increase', {
        current: q(current),
        baseline: q(baseline),
        by: q(Math.abs(done)),
      }),
    );
  } else if (raw > settings.cap) {
    lines.push(msg('ex.capped', { raw: { percent: raw }, cap: { percent: settings.cap } }));
  } else if (raw > 1) {
    lines.push(msg('ex.overAchieved', { raw: { percent: raw }, cap: { percent: settings.cap } }));
  }
  lines.push(msg('ex.progress', { progress: { percent: kr.progress as number } }));
  return lines;
}

/** Expected pace at the overview's date, from the period's days. */
export function explainPace(view: Pick<OverviewView, 'period' | 'asOf' | 'expected'>): Message {
  const start = dayIndex(view.period.start);
  const days = dayIndex(view.period.end) - start + 1;
  const elapsed = Math.min(days, Math.max(0, dayIndex(view.asOf) - start));
  return msg('ex.pace', {
    asOf: { date: view.asOf },
    expected: { percent: view.expected },
    elapsed,
    days,
    start: { date: view.period.start },
    end: { date: view.period.end },
  });
}

/** Why the KR has its status: progress against expected pace and the thresholds. */
export function explainStatus(kr: KrView, settings: Settings): Message[] {
  if (kr.progress === null || kr.status === null) return [];
  const status = { word: `status.${kr.status}` as SidebarKey };
  if (kr.status === 'done') return [msg('ex.status.done', { status })];
  const gap = kr.expected - kr.progress;
  if (gap <= 0) {
    return [msg('ex.status.ahead', { progress: { percent: kr.progress }, expected: { percent: kr.expected }, status })];
  }
  return [
    msg('ex.status.behind', {
      progress: { percent: kr.progress },
      expected: { percent: kr.expected },
      gap: { points: gap },
      atRisk: { points: settings.atRiskGap },
      offTrack: { points: settings.offTrackGap },
      status,
    }),
  ];
}

/** The whole explanation of one KR: progress, pace, status and grade. */
export function explainKeyResult(
  kr: KrView,
  view: Pick<OverviewView, 'period' | 'asOf' | 'expected'>,
  settings: Settings,
): Message[] {
  const lines = explainProgress(kr, settings);
  if (kr.progress === null) return lines;
  // A KR's pace runs to its own due date when it has one, as the scorer computes it.
  const pace = { ...view, expected: kr.expected, period: { ...view.period, end: kr.dueDate ?? view.period.end } };
  lines.push(explainPace(pace), ...explainStatus(kr, settings));
  lines.push(gradeLine(Math.min(kr.progress, 1), settings, kr.grade));
  return lines;
}

/** An objective's score as the weighted mean of its KRs, term by term. */
export function explainObjective(objective: ObjectiveView, settings: Settings): Message[] {
  const lines: Message[] = [msg('ex.obj.intro')];
  let sum = 0;
  let weights = 0;
  for (const kr of objective.keyResults) {
    if (kr.progress === null) {
      lines.push(msg('ex.obj.skipped', { title: kr.title, reason: { word: `problem.${kr.problem}` as SidebarKey } }));
    } else if (kr.weight <= 0) {
      lines.push(msg('ex.obj.zeroWeight', { title: kr.title, weight: kr.weight }));
    } else {
      const product = kr.progress * kr.weight;
      sum += product;
      weights += kr.weight;
      lines.push(
        msg('ex.obj.term', {
          title: kr.title,
          progress: { percent: kr.progress },
          weight: kr.weight,
          product: { percent: product },
        }),
      );
    }
  }
  if (objective.score === null) {
    lines.push(msg('ex.obj.none'));
    return lines;
  }
  lines.push(msg('ex.obj.total', { sum: { percent: sum }, weights, score: { percent: objective.score } }));
  lines.push(gradeLine(Math.min(objective.score, 1), settings, objective.grade));
  return lines;
}

/** The overall score as the plain mean of the objective scores. */
export function explainOverall(view: OverviewView, settings: Settings): Message[] {
  const scores = view.objectives.map((o) => o.score).filter((s): s is number => s !== null);
  if (view.score === null || scores.length === 0) return [msg('ex.obj.none')];
  const sum = scores.reduce((a, b) => a + b, 0);
  return [
    msg('ex.overall', { count: scores.length, sum: { percent: sum }, score: { percent: view.score } }),
    explainPace(view),
    gradeLine(Math.min(view.score, 1), settings, view.grade),
  ];
}

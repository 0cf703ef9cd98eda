// "How was this computed?": the steps of a KR's evaluation, an objective's weighted mean and the
// overall score, as messages (catalog keys with typed parameters) that the sidebar renders in the
// user's language. Every number here was computed by the evaluation (evaluate.ts, scoring.ts) and
// travels in the view model: this module only puts them into words.
import type { SidebarKey } from '../i18n/sidebar';
import type { KrView, ObjectiveView, OverviewView, PaceView } from './overview';
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
  | { word: SidebarKey }
  /** A whole message inside another, e.g. the reason a KR counts as 0. */
  | { message: Message };

export interface Message {
  key: SidebarKey;
  params: Record<string, MessageParam>;
}

function msg(key: SidebarKey, params: Record<string, MessageParam> = {}): Message {
  return { key, params };
}

type Grading = Pick<Settings, 'yellowFrom' | 'greenFrom' | 'cap' | 'atRiskGap' | 'offTrackGap'>;

function gradeLine(score: number, settings: Grading, grade: KrView['grade']): Message {
  return msg('ex.grade', {
    score: { percent: score },
    grade: { word: `grade.${grade ?? 'red'}` as SidebarKey },
    yellow: { percent: settings.yellowFrom },
    green: { percent: settings.greenFrom },
  });
}

/** Why a KR has no progress or counts as 0: the problem in words, with the cell's field and text. */
export function problemMessage(kr: Pick<KrView, 'problem' | 'problemField' | 'problemText'>): Message {
  return msg(`problem.${kr.problem ?? 'noCurrent'}` as SidebarKey, {
    field: { word: `field.${kr.problemField ?? 'current'}` as SidebarKey },
    text: kr.problemText,
  });
}

/** The arithmetic of one KR's progress (without pace and status). */
export function explainProgress(kr: KrView, settings: Grading): Message[] {
  const q = (value: number) => ({ quantity: value, unit: kr.unit });
  const lines: Message[] = [];
  if (kr.kind) lines.push(msg(`ex.kind.${kr.kind}` as SidebarKey));
  if (kr.kind && kr.kindInferred)
    lines.push(msg('ex.kindInferred', { kind: { word: `kind.${kr.kind}` as SidebarKey } }));
  // A quota split's parent with a blank Current cell (core/split.ts): where its value comes from.
  if (kr.split?.summed) lines.push(msg('ex.splitSum', { current: q(Number(kr.current)), count: kr.split.count }));
  const problem = () => [problemMessage(kr), msg(kr.scored ? 'ex.countsAsZero' : 'ex.notScored')];
  if (kr.progress === null) return [...lines, ...problem()];
  if (kr.kind === 'milestone') {
    lines.push(msg(kr.progress > 0 ? 'ex.milestone.done' : 'ex.milestone.open'));
  } else if (kr.kind === 'atLeast' || kr.kind === 'atMost') {
    const met = kr.rawProgress === 1;
    const values = { current: q(kr.current as number), target: q(kr.target as number) };
    lines.push(msg(`ex.${met ? 'met' : 'notMet'}.${kr.kind}` as SidebarKey, values));
  } else {
    const current = q(Number(kr.current));
    const baseline = q(kr.baseline as number);
    const target = q(kr.target as number);
    const raw = kr.rawProgress as number;
    const moved = kr.moved as number;
    lines.push(msg('ex.values', { baseline, target, current }));
    if (kr.baselineDefaulted) lines.push(msg('ex.baselineDefaulted'));
    const decrease = kr.kind === 'decrease';
    lines.push(
      msg(decrease ? 'ex.calc.decrease' : 'ex.calc.increase', {
        current,
        baseline,
        target,
        done: q(moved),
        span: q(kr.span as number),
        raw: { percent: raw },
      }),
    );
    if (moved < 0) {
      lines.push(msg(decrease ? 'ex.worse.decrease' : 'ex.worse.increase', { current, baseline, by: q(-moved) }));
    } else if (raw > settings.cap) {
      lines.push(msg('ex.capped', { raw: { percent: raw }, cap: { percent: settings.cap } }));
    } else if (raw > 1) {
      lines.push(msg('ex.overAchieved', { raw: { percent: raw }, cap: { percent: settings.cap } }));
    }
  }
  lines.push(msg('ex.progress', { progress: { percent: kr.progress } }));
  // A weight problem leaves the progress standing but makes the KR count as 0.
  if (kr.problem) lines.push(...problem());
  return lines;
}

/** Expected pace at a date, from the days behind it. */
export function explainPace(pace: PaceView, asOf: string, expected: number): Message {
  if (pace.phasing)
    return msg('ex.pacePhased', {
      asOf: { date: asOf },
      expected: { percent: expected },
      phasing: pace.phasing.checkpoints,
      slot: { word: `phasing.${pace.phasing.unit}` },
      start: { date: pace.start },
      end: { date: pace.end },
    });
  return msg('ex.pace', {
    asOf: { date: asOf },
    expected: { percent: expected },
    elapsed: pace.elapsedDays,
    days: pace.days,
    start: { date: pace.start },
    end: { date: pace.end },
  });
}

/** Why the KR has its status: progress against expected pace and the thresholds. */
export function explainStatus(kr: KrView, settings: Grading): Message[] {
  if (kr.progress === null || kr.status === null) return [];
  const status = { word: `status.${kr.status}` as SidebarKey };
  if (kr.status === 'done') return [msg('ex.status.done', { status })];
  const values = { progress: { percent: kr.progress }, expected: { percent: kr.expected }, status };
  if (kr.expected <= kr.progress) return [msg('ex.status.ahead', values)];
  return [
    msg('ex.status.behind', {
      ...values,
      gap: { points: kr.expected - kr.progress },
      atRisk: { points: settings.atRiskGap },
      offTrack: { points: settings.offTrackGap },
    }),
  ];
}

/** The whole explanation of one KR: progress, pace, status and grade, graded as the overview was. */
export function explainKeyResult(kr: KrView, view: Pick<OverviewView, 'asOf' | 'settings'>): Message[] {
  const lines = explainProgress(kr, view.settings);
  if (kr.progress === null) return lines;
  if (kr.pace) lines.push(explainPace(kr.pace, view.asOf, kr.expected), ...explainStatus(kr, view.settings));
  lines.push(gradeLine(Math.min(kr.progress, 1), view.settings, kr.grade));
  return lines;
}

/** An objective's score as the weighted mean of its KRs, term by term. */
export function explainObjective(objective: ObjectiveView, view: Pick<OverviewView, 'settings'>): Message[] {
  const lines: Message[] = [msg('ex.obj.intro')];
  for (const kr of objective.keyResults) {
    if (!kr.scored) {
      lines.push(msg('ex.obj.skipped', { title: kr.title, reason: { message: problemMessage(kr) } }));
    } else if (kr.weight <= 0) {
      lines.push(msg('ex.obj.zeroWeight', { title: kr.title, weight: kr.weight }));
    } else if (kr.problem) {
      lines.push(
        msg('ex.obj.countedZero', { title: kr.title, weight: kr.weight, reason: { message: problemMessage(kr) } }),
      );
    } else {
      lines.push(
        msg('ex.obj.term', {
          title: kr.title,
          progress: { percent: kr.counted },
          weight: kr.weight,
          product: { percent: kr.counted * kr.weight },
        }),
      );
    }
  }
  if (objective.score === null) {
    lines.push(msg('ex.obj.none'));
    return lines;
  }
  if (objective.ownScore !== null)
    lines.push(
      msg('ex.obj.total', {
        sum: { percent: objective.sum },
        weights: objective.weights,
        score: { percent: objective.ownScore },
      }),
    );
  // Rolled up (settings: own key results and child objectives): the mean with its children.
  if (objective.children > 0)
    lines.push(msg('ex.obj.rollup', { count: objective.children, score: { percent: objective.score } }));
  lines.push(gradeLine(Math.min(objective.score, 1), view.settings, objective.grade));
  return lines;
}

/** The overall score as the plain mean of the objective scores. */
export function explainOverall(view: OverviewView): Message[] {
  const scores = view.objectives.map((o) => o.score).filter((s): s is number => s !== null);
  if (view.score === null || scores.length === 0) return [msg('ex.obj.none')];
  const sum = scores.reduce((a, b) => a + b, 0);
  return [
    msg('ex.overall', { count: scores.length, sum: { percent: sum }, score: { percent: view.score } }),
    explainPace(view.pace, view.asOf, view.expected),
    gradeLine(Math.min(view.score, 1), view.settings, view.grade),
  ];
}

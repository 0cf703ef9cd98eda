// The health check: what makes a period's OKR set weak or broken, each finding with a stable
// code, a severity, message parameters and the cell to jump to. Pure: PeriodData in, findings out.

import { quoteTab } from './a1';
import { isoDay } from './dates';
import { evaluateKeyResult, resolveKind } from './evaluate';
import type { MessageParam } from './explain';
import { FORECAST_MIN_CHECK_INS, progressOfValue, projectProgress } from './forecast';
import { objectivesOf, rowAddress } from './overview';
import { krPace, planDays } from './pace';
import { readPhasing } from './phasing';
import { HIGH_CONFIDENCE } from './review';
import { parentProblems } from './rollup';
import { objectiveKey } from './scoring';
import { shareProblems } from './split';
import type { KeyResult, Objective, PeriodData, Settings } from './types';

export type Severity = 'error' | 'warning' | 'info';

export type HealthCode =
  | 'noKeyResults'
  | 'objectivesFew'
  | 'objectivesAboveRecommended'
  | 'objectivesTooMany'
  | 'krsTooFew'
  | 'krsTooMany'
  | 'noTarget'
  | 'targetEqualsBaseline'
  | 'targetWrongWay'
  | 'notANumber'
  | 'readIssue'
  | 'notInTable'
  | 'missingOwner'
  | 'weightNegative'
  | 'weightsAllZero'
  | 'weightsPartial'
  | 'weightsSum'
  | 'dueDateOutside'
  | 'phasingNotANumber'
  | 'phasingOutOfRange'
  | 'phasingOrder'
  | 'phasingCount'
  | 'phasingEnd'
  | 'duplicateKrId'
  | 'parentMissing'
  | 'parentLoop'
  | 'shareOfMissing'
  | 'shareOfSelf'
  | 'shareLoop'
  | 'shareNested'
  | 'shareKindDiffers'
  | 'shareUnitDiffers'
  | 'splitOver'
  | 'alwaysPerfect'
  | 'noCheckIn'
  | 'staleCheckIn'
  | 'confidentButFlat'
  | 'forecastToMiss'
  | 'pipelineToMiss';

export interface HealthFinding {
  code: HealthCode;
  severity: Severity;
  params: Record<string, MessageParam>;
  /** A1 address to select, e.g. "'Q1 2027 · Key results'!H5"; '' when the finding has no cell. */
  cell: string;
  krId: string;
  objectiveId: string;
}

/** Columns of the key-results tab a finding can point at. */
export type KrField =
  | 'id'
  | 'objective'
  | 'title'
  | 'owner'
  | 'target'
  | 'weight'
  | 'dueDate'
  | 'parent'
  | 'current'
  | 'phasing'
  | 'shareOf';

export interface HealthOptions {
  settings: Settings;
  asOf: Date;
  /** Address of a field of a KR's row; defaults to column A of the row. */
  locate?: (kr: KeyResult, field: KrField) => string;
  /**
   * Pipeline forecasts by KR id (won-revenue key results linked to the deals data): where one is
   * given, it is that key result's forecast instead of the check-in trend.
   */
  pipelines?: ReadonlyMap<string, number>;
  /**
   * Other teams work on the same period in this workbook: a parent id not found here may be one of
   * their objectives, which the alignment view checks (with every team's objectives).
   */
  parentsElsewhere?: boolean;
}

/** Good practice: 3 objectives per team and period, at most 5; 2 to 5 KRs per objective. */
export const LIMITS = {
  objectivesRecommended: 3,
  objectivesMax: 5,
  krsMin: 2,
  krsMax: 5,
  staleDays: 14,
  highConfidence: HIGH_CONFIDENCE,
} as const;

const DAY_MS = 86_400_000;
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkHealth(data: PeriodData, options: HealthOptions): HealthFinding[] {
  const { settings, asOf } = options;
  const tab = data.keyResultsTab;
  const locate = options.locate ?? ((kr: KeyResult) => rowAddress(tab, kr.row));
  const findings: HealthFinding[] = [];
  const add = (
    code: HealthCode,
    severity: Severity,
    where: { cell?: string; krId?: string; objectiveId?: string },
    params: Record<string, MessageParam> = {},
  ) => {
    findings.push({
      code,
      severity,
      params,
      cell: where.cell ?? '',
      krId: where.krId ?? '',
      objectiveId: where.objectiveId ?? '',
    });
  };
  const krs = data.keyResults;
  const objectives = objectivesOf(data.objectives, data.keyResults);
  const firstRowOf = (objectiveId: string) =>
    krs.find((k) => objectiveKey(k.objectiveId) === objectiveKey(objectiveId));
  const objectiveCell = (objectiveId: string) => {
    const kr = firstRowOf(objectiveId);
    return kr ? locate(kr, 'objective') : '';
  };
  const tabCell = `${quoteTab(tab)}!A1`;

  // How many objectives, and how many KRs each.
  if (krs.length === 0) add('noKeyResults', 'info', { cell: tabCell });
  const count = objectives.length;
  if (count > LIMITS.objectivesMax)
    add('objectivesTooMany', 'warning', { cell: tabCell }, { count, max: LIMITS.objectivesMax });
  else if (count > LIMITS.objectivesRecommended)
    add('objectivesAboveRecommended', 'info', { cell: tabCell }, { count, recommended: LIMITS.objectivesRecommended });
  else if (count > 0 && count < LIMITS.objectivesRecommended)
    add('objectivesFew', 'info', { cell: tabCell }, { count, recommended: LIMITS.objectivesRecommended });
  for (const o of objectives) {
    const n = krs.filter((k) => objectiveKey(k.objectiveId) === objectiveKey(o.id)).length;
    const where = { cell: objectiveCell(o.id), objectiveId: o.id };
    if (n > 0 && n < LIMITS.krsMin)
      add('krsTooFew', 'warning', where, { title: o.title, count: n, min: LIMITS.krsMin });
    if (n > LIMITS.krsMax) add('krsTooMany', 'warning', where, { title: o.title, count: n, max: LIMITS.krsMax });
  }

  // Each KR: measurable, owned, with a due date inside the period.
  const start = data.period.start.getTime();
  const end = data.period.end.getTime();
  for (const kr of krs) {
    const where = (field: KrField) => ({ cell: locate(kr, field), krId: kr.id, objectiveId: kr.objectiveId });
    const evaluation = evaluateKeyResult(kr, { settings });
    const problem = evaluation.problem?.code;
    if (problem === 'noTarget') add('noTarget', 'error', where('target'), { title: kr.title });
    if (problem === 'targetEqualsBaseline')
      add('targetEqualsBaseline', 'error', where('target'), { title: kr.title, value: kr.target ?? 0 });
    if (problem === 'targetWrongWay')
      add('targetWrongWay', 'error', where('target'), {
        title: kr.title,
        kind: { word: `kind.${evaluation.kind}` } as MessageParam,
      });
    if (!kr.owner.trim()) add('missingOwner', 'warning', where('owner'), { title: kr.title });
    if (kr.dueDate && (kr.dueDate.getTime() < start || kr.dueDate.getTime() > end)) {
      add('dueDateOutside', 'warning', where('dueDate'), {
        title: kr.title,
        due: { date: isoDay(kr.dueDate) },
        start: { date: isoDay(data.period.start) },
        end: { date: isoDay(data.period.end) },
      });
    }
    // A phasing that cannot be used counts as the straight line: say which cell and what is wrong.
    const phasing = readPhasing(kr.phasing, data.period.start, kr.dueDate ?? data.period.end);
    if (!phasing.ok) {
      const { code, text, value, other } = phasing.problem;
      const at = where('phasing');
      const params = { title: kr.title, cell: at.cell, text };
      if (code === 'phasingCount')
        add('phasingCount', 'warning', at, {
          ...params,
          count: Number(text),
          months: Number(value),
          weeks: Number(other),
        });
      else
        add(
          code === 'notANumber' ? 'phasingNotANumber' : code === 'outOfRange' ? 'phasingOutOfRange' : code,
          'warning',
          at,
          params,
        );
    }
  }

  // What the reader could not parse: it knows the exact cell.
  for (const issue of data.readIssues) {
    if (issue.code === 'notInTable') {
      // A row someone typed below or inside the table without a KR id: left out of every score.
      const row = Number(/(\d+)$/.exec(issue.cell)?.[1] ?? 0);
      add('notInTable', 'warning', { cell: issue.cell }, { row, text: issue.message });
      continue;
    }
    const kr = krs.find((k) => k.id === issue.krId);
    const where = { cell: issue.cell, krId: issue.krId, objectiveId: kr?.objectiveId ?? '' };
    if (/number|numeric|nan/i.test(issue.code)) add('notANumber', 'error', where, { cell: issue.cell, id: issue.krId });
    else add('readIssue', 'warning', where, { cell: issue.cell, text: issue.message });
  }

  checkWeights(objectives, krs, locate, add);
  checkIds(krs, locate, add);
  checkParents(objectives, objectiveCell, add, options.parentsElsewhere === true);
  checkSplits(krs, locate, add);
  checkScoresAndCheckIns(data, settings, asOf, locate, add, options.pipelines);

  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

type Add = (
  code: HealthCode,
  severity: Severity,
  where: { cell?: string; krId?: string; objectiveId?: string },
  params?: Record<string, MessageParam>,
) => void;
type Locate = (kr: KeyResult, field: KrField) => string;

/** Weights: none negative, not all 0, all given or none, and shares that add up. */
function checkWeights(objectives: Objective[], krs: KeyResult[], locate: Locate, add: Add): void {
  for (const o of objectives) {
    const own = krs.filter((k) => objectiveKey(k.objectiveId) === objectiveKey(o.id));
    if (own.length === 0) continue;
    for (const kr of own) {
      if (kr.weight !== null && kr.weight < 0)
        add(
          'weightNegative',
          'error',
          { cell: locate(kr, 'weight'), krId: kr.id, objectiveId: o.id },
          { title: kr.title, weight: kr.weight },
        );
    }
    const given = own.filter((k) => k.weight !== null);
    const first = own[0];
    const where = { cell: locate(first, 'weight'), objectiveId: o.id };
    if (given.length === 0) continue;
    if (given.length < own.length) {
      add('weightsPartial', 'warning', where, { title: o.title, given: given.length, count: own.length });
      continue;
    }
    const weights = given.map((k) => k.weight as number);
    const sum = weights.reduce((a, b) => a + b, 0);
    if (weights.every((w) => w === 0)) add('weightsAllZero', 'error', where, { title: o.title });
    else if (!weightsAddUp(weights)) add('weightsSum', 'warning', where, { title: o.title, sum });
  }
}

/**
 * Relative weights (2, 1, 1) are fine: the score is a weighted mean. Weights written as shares
 * must add up: fractions (0.5, 0.3, 0.2) to 1, percentages (50, 30, 20) to 100.
 */
export function weightsAddUp(weights: readonly number[]): boolean {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (new Set(weights).size <= 1) return true;
  if (weights.every((w) => w <= 1)) return Math.abs(sum - 1) <= 0.005;
  if (Math.max(...weights) >= 10) return Math.abs(sum - 100) <= 0.5;
  return true;
}

function checkIds(krs: KeyResult[], locate: Locate, add: Add): void {
  const seen = new Map<string, KeyResult>();
  for (const kr of krs) {
    const id = kr.id.trim();
    if (!id) continue;
    const earlier = seen.get(id);
    if (earlier)
      add(
        'duplicateKrId',
        'error',
        { cell: locate(kr, 'id'), krId: kr.id, objectiveId: kr.objectiveId },
        {
          id,
          other: locate(earlier, 'id'),
        },
      );
    else seen.set(id, kr);
  }
}

/**
 * Parent links must name an objective of the period (or, in a workbook of several teams, may name
 * another team's: the alignment view checks those) and must not come back to where they start.
 */
function checkParents(
  objectives: Objective[],
  objectiveCell: (id: string) => string,
  add: Add,
  parentsElsewhere: boolean,
): void {
  for (const problem of parentProblems(objectives, () => parentsElsewhere)) {
    const o = objectives[problem.index];
    const where = { cell: objectiveCell(o.id), objectiveId: o.id };
    if (problem.kind === 'missing') add('parentMissing', 'warning', where, { title: o.title, parent: o.parentId });
    else add('parentLoop', 'error', where, { title: o.title, path: problem.path.join(' → ') });
  }
}

/** "Share of KR" cells (core/split.ts): each names another KR of the tab, of its kind and unit, without loops. */
function checkSplits(krs: KeyResult[], locate: Locate, add: Add): void {
  for (const problem of shareProblems(krs, resolveKind)) {
    const kr = krs[problem.index];
    const where = (field: KrField) => ({ cell: locate(kr, field), krId: kr.id, objectiveId: kr.objectiveId });
    const shareCell = where('shareOf');
    switch (problem.code) {
      case 'shareOfMissing':
        add('shareOfMissing', 'error', shareCell, { title: kr.title, cell: shareCell.cell, parent: problem.parent });
        break;
      case 'shareOfSelf':
        add('shareOfSelf', 'error', shareCell, { title: kr.title, cell: shareCell.cell, id: kr.id });
        break;
      case 'shareLoop':
        add('shareLoop', 'error', shareCell, { title: kr.title, path: problem.path.join(' → ') });
        break;
      case 'shareNested': {
        const parent = krs[problem.parent];
        add('shareNested', 'warning', shareCell, {
          title: kr.title,
          parent: parent.id,
          grandparent: parent.shareOf ?? '',
        });
        break;
      }
      case 'shareMismatch': {
        const parent = krs[problem.parent];
        const params = { title: kr.title, parent: parent.id };
        if (problem.what === 'kind')
          add('shareKindDiffers', 'warning', shareCell, {
            ...params,
            kind: kindWord(resolveKind(kr)),
            parentKind: kindWord(resolveKind(parent)),
          });
        else add('shareUnitDiffers', 'warning', shareCell, { ...params, unit: kr.unit, parentUnit: parent.unit });
        break;
      }
      case 'splitOver': {
        const target = where('target');
        add('splitOver', 'warning', target, {
          title: kr.title,
          cell: target.cell,
          count: problem.count,
          sum: { quantity: problem.targets, unit: kr.unit },
          target: { quantity: kr.target ?? 0, unit: kr.unit },
        });
        break;
      }
    }
  }
}

function kindWord(kind: string | null): MessageParam {
  return kind ? ({ word: `kind.${kind}` } as MessageParam) : '–';
}

function checkScoresAndCheckIns(
  data: PeriodData,
  settings: Settings,
  asOf: Date,
  locate: Locate,
  add: Add,
  pipelines?: ReadonlyMap<string, number>,
): void {
  const krs = data.keyResults;
  const scored = krs.map((kr) => ({ kr, progress: evaluateKeyResult(kr, { settings }).progress }));
  const withProgress = scored.filter((s) => s.progress !== null);
  if (withProgress.length >= 2 && withProgress.every((s) => (s.progress as number) >= 1))
    add('alwaysPerfect', 'warning', { cell: `${quoteTab(data.keyResultsTab)}!A1` }, { count: withProgress.length });

  const now = asOf.getTime();
  const started = data.period.start.getTime();
  const ended = data.period.end.getTime() + DAY_MS;
  const running = !data.closed && now < ended;
  for (const kr of krs) {
    const expected = krPace(kr, data.period, asOf).expected;
    const log = data.checkIns.filter((c) => c.krId === kr.id).sort((a, b) => a.date.getTime() - b.date.getTime());
    const where = { cell: locate(kr, 'current'), krId: kr.id, objectiveId: kr.objectiveId };
    const last = log[log.length - 1];
    // Where the check-ins are heading: below the target by the due date on the trend's middle line.
    const trend = log.flatMap((c) => (typeof c.value === 'number' ? [{ date: c.date, value: c.value }] : []));
    // A linked won-revenue key result: won so far plus the weighted pipeline closing in the period.
    const pipeline = pipelines?.get(kr.id);
    if (running && pipeline !== undefined) {
      const progress = progressOfValue(kr, pipeline, settings);
      if (progress !== null && progress < 1)
        add('pipelineToMiss', 'warning', where, {
          title: kr.title,
          forecast: { quantity: pipeline, unit: kr.unit },
          target: { quantity: kr.target ?? 0, unit: kr.unit },
          progress: { percent: progress },
        });
    } else if (running && trend.length >= FORECAST_MIN_CHECK_INS) {
      const projection = projectProgress(kr, trend, kr.dueDate ?? data.period.end, settings, planDays(kr, data.period));
      if (projection.ok && projection.progress < 1)
        add('forecastToMiss', 'warning', where, {
          title: kr.title,
          progress: { percent: projection.progress },
          low: { percent: projection.low },
          high: { percent: projection.high },
        });
    }
    // A parent summed from its shares is checked in through them.
    if (running && now - started >= LIMITS.staleDays * DAY_MS && !kr.currentFromShares) {
      if (!last) add('noCheckIn', 'warning', where, { title: kr.title, days: LIMITS.staleDays });
      else if (now - last.date.getTime() >= LIMITS.staleDays * DAY_MS)
        add('staleCheckIn', 'warning', where, {
          title: kr.title,
          last: { date: isoDay(last.date) },
          days: Math.floor((now - last.date.getTime()) / DAY_MS),
        });
    }
    const confidence = last?.confidence ?? kr.confidence;
    if (confidence === null || confidence < LIMITS.highConfidence || kr.kind === 'milestone') continue;
    const values = log.map((c) => c.value).filter((v): v is number => typeof v === 'number');
    const current = typeof kr.current === 'number' ? kr.current : null;
    const unmovedSinceStart = current !== null && kr.baseline !== null && current === kr.baseline && expected >= 0.25;
    const flatLog =
      values.length >= 3 &&
      values.every((v) => v === values[0]) &&
      log[log.length - 1].date.getTime() - log[0].date.getTime() >= LIMITS.staleDays * DAY_MS;
    if (unmovedSinceStart || flatLog)
      add('confidentButFlat', 'warning', where, { title: kr.title, confidence: { percent: confidence } });
  }
}

// The custom functions users type into cells. Each works on whole columns in one call (every
// call is a server round trip in Sheets): 2-D arrays in, 2-D arrays out, single values broadcast.
// Help texts and defaults are documented in catalog.ts.
import { OkrInputError } from '../core/errors';
import { forecastValue, type TrendPoint } from '../core/forecast';
import { defaultKind, isDoneValue, parseKind } from '../core/kinds';
import { parseLanguage } from '../core/language';
import { isBlank } from '../core/numbers';
import { expectedProgress } from '../core/pace';
import { krProgress } from '../core/progress';
import { gradeOf, statusOf } from '../core/score';
import { DEFAULT_SETTINGS, type KrKind, type Language } from '../core/types';
import { GRADE_LABELS, STATUS_LABELS } from '../i18n/status';
import { dateIn, numberIn, numberOr, parsedNumberIn, quoted, shareOr } from './cells';
import { type Arg, arg, asUserError, at, mapCells, PROBLEM_MARK, resultShape } from './grid';

/** =KR_PROGRESS(current, target, [baseline], [kind], [cap]) */
export function KR_PROGRESS(
  current: unknown,
  target: unknown,
  baseline?: unknown,
  kind?: unknown,
  cap?: unknown,
): unknown {
  const fn = 'KR_PROGRESS';
  const a = { current: arg('current', current), target: arg('target', target), baseline: arg('baseline', baseline) };
  const b = { kind: arg('kind', kind), cap: arg('cap', cap) };
  const shape = resultShape(fn, a.current, [a.target, a.baseline, b.kind, b.cap]);
  return mapCells(fn, shape, (r, c) =>
    progressOfRow(at(a.current, r, c), at(a.target, r, c), at(a.baseline, r, c), at(b.kind, r, c), at(b.cap, r, c)),
  );
}

function progressOfRow(
  current: unknown,
  target: unknown,
  baseline: unknown,
  kindCell: unknown,
  capCell: unknown,
): unknown {
  if (isBlank(current)) return '';
  const cap = numberOr(capCell, DEFAULT_SETTINGS.cap, 'cap');
  let kind: KrKind | undefined;
  if (!isBlank(kindCell)) {
    kind = parseKind(kindCell);
    if (!kind) {
      throw new OkrInputError(
        'unknownKind',
        `Unknown kind "${String(kindCell)}". Use increase, decrease, at least, at most or milestone (or leave it blank).`,
        `unknown kind "${quoted(kindCell)}"`,
      );
    }
  } else if (typeof current === 'boolean') {
    kind = 'milestone'; // a checkbox is a milestone's done state
  }
  if (kind === 'milestone') return krProgress({ kind, baseline: 0, target: 1, current: isDoneValue(current), cap });
  if (isBlank(target)) {
    throw new OkrInputError(
      'targetBlank',
      'The target is blank. Enter the value the key result aims for.',
      'no target',
    );
  }
  const targetNumber = parsedNumberIn(target, 'target');
  const currentNumber = parsedNumberIn(current, 'current');
  const targetValue = targetNumber.value;
  const baselineValue = numberOr(baseline, 0, 'baseline');
  const currentValue = currentNumber.value;
  checkPercentages(currentNumber, targetNumber, current, target);
  return krProgress({
    kind: kind ?? defaultKind(baselineValue, targetValue),
    baseline: baselineValue,
    target: targetValue,
    current: currentValue,
    cap,
  });
}

/**
 * "19%" against a target of 25 mixes a percentage with a plain number: say so rather than
 * compute 0.19 against 25. (Percent-formatted cells arrive as 0.19 and 0.25 and are fine.)
 */
function checkPercentages(
  current: { value: number; percent: boolean },
  target: { value: number; percent: boolean },
  currentCell: unknown,
  targetCell: unknown,
): void {
  const mixed =
    (current.percent && !target.percent && Math.abs(target.value) > 1) ||
    (target.percent && !current.percent && Math.abs(current.value) > 1);
  if (mixed) {
    throw new OkrInputError(
      'percentMismatch',
      `Current "${String(currentCell)}" and target "${String(targetCell)}" mix a percentage with a plain number. Write both as percentages (25%) or both as plain numbers.`,
      'mixes % and plain number',
    );
  }
}

/** =OKR_SCORE(progress, [weights], [group_ids], [group]) */
export function OKR_SCORE(progress: unknown, weights?: unknown, group_ids?: unknown, group?: unknown): unknown {
  const fn = 'OKR_SCORE';
  const p = arg('progress', progress);
  const w = arg('weights', weights);
  const hasGroups = !(group_ids === undefined || (!Array.isArray(group_ids) && isBlank(group_ids)));
  const ids = arg('group_ids', group_ids);
  const shape = resultShape(fn, p, [w, ids]);
  if (!hasGroups) {
    if (group !== undefined && !isBlank(group)) {
      throw new Error(`${fn}: group needs group_ids, the objective id of each progress value.`);
    }
    const all = accumulate(p, w, null, shape.rows, shape.cols).get('') ?? emptyGroup('');
    return singleResult(fn, all);
  }
  const groups = accumulate(p, w, ids, shape.rows, shape.cols);
  if (group === undefined) {
    // A table: each group (first-seen order) and its score.
    const table: unknown[][] = [];
    for (const g of groups.values()) table.push([g.label, scoreCell(g)]);
    return table.length > 0 ? table : [['', '']];
  }
  if (!Array.isArray(group)) {
    if (isBlank(group)) return '';
    const g = groups.get(groupKey(group));
    if (!g) throw new Error(`${fn}: no key result has the group id "${String(group)}". Check group and group_ids.`);
    return singleResult(fn, g);
  }
  const wanted = arg('group', group);
  return mapCells(fn, { rows: wanted.rows, cols: wanted.cols, range: true }, (r, c) => {
    const id = at(wanted, r, c);
    if (isBlank(id)) return '';
    const g = groups.get(groupKey(id));
    if (!g) {
      throw new OkrInputError('unknownGroup', `No key result has the group id "${String(id)}".`, 'no key results');
    }
    return scoreOf(g);
  });
}

interface GroupTotals {
  label: string;
  sum: number;
  total: number;
  scored: number;
  problem: OkrInputError | null;
}

function emptyGroup(label: string): GroupTotals {
  return { label, sum: 0, total: 0, scored: 0, problem: null };
}

function groupKey(id: unknown): string {
  return String(id).trim().toLowerCase();
}

/** One pass over the rows: weighted sums per group (one group '' when ids is null). */
function accumulate(p: Arg, w: Arg, ids: Arg | null, rows: number, cols: number): Map<string, GroupTotals> {
  const groups = new Map<string, GroupTotals>();
  let n = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      n++;
      let key = '';
      let label: unknown = '';
      if (ids) {
        label = at(ids, r, c);
        if (isBlank(label)) continue;
        key = typeof label === 'string' ? label.trim().toLowerCase() : groupKey(label);
      }
      let g = groups.get(key);
      if (!g) {
        g = emptyGroup(typeof label === 'string' ? label.trim() : String(label));
        groups.set(key, g);
      }
      const value = at(p, r, c);
      if (isBlank(value) || g.problem) continue;
      try {
        const progressValue = numberIn(value, 'progress');
        const weight = numberOr(at(w, r, c), 1, 'weight');
        if (weight < 0) {
          throw new OkrInputError(
            'negativeWeight',
            `Weight ${weight} is negative. Use 0 to leave a key result out.`,
            'negative weight',
          );
        }
        g.sum += progressValue * weight;
        g.total += weight;
        g.scored++;
      } catch (e) {
        if (!(e instanceof OkrInputError)) throw e;
        g.problem = new OkrInputError(e.code, `Row ${n} of the range: ${e.message}`, `row ${n}: ${e.short}`);
      }
    }
  }
  return groups;
}

/** A group's score, '' when it has nothing to score (all blank, or all weights 0). */
function scoreOf(g: GroupTotals): number | '' {
  if (g.problem) throw g.problem;
  return g.total > 0 ? g.sum / g.total : '';
}

function scoreCell(g: GroupTotals): unknown {
  return g.problem ? PROBLEM_MARK + g.problem.short : scoreOf(g);
}

function singleResult(fn: string, g: GroupTotals): unknown {
  try {
    return scoreOf(g);
  } catch (e) {
    throw asUserError(fn, e);
  }
}

/** =OKR_STATUS(progress, expected, [at_risk], [off_track], [language]) */
export function OKR_STATUS(
  progress: unknown,
  expected: unknown,
  at_risk?: unknown,
  off_track?: unknown,
  language?: unknown,
): unknown {
  const fn = 'OKR_STATUS';
  const a = { progress: arg('progress', progress), expected: arg('expected', expected) };
  const b = {
    atRisk: arg('at_risk', at_risk),
    offTrack: arg('off_track', off_track),
    language: arg('language', language),
  };
  const shape = resultShape(fn, a.progress, [a.expected, b.atRisk, b.offTrack, b.language]);
  return mapCells(fn, shape, (r, c) => {
    const p = at(a.progress, r, c);
    if (isBlank(p)) return '';
    const labels = STATUS_LABELS[languageIn(at(b.language, r, c))];
    const progressValue = numberIn(p, 'progress');
    const atRiskGap = shareOr(at(b.atRisk, r, c), DEFAULT_SETTINGS.atRiskGap, 'at_risk');
    const offTrackGap = shareOr(at(b.offTrack, r, c), DEFAULT_SETTINGS.offTrackGap, 'off_track');
    if (offTrackGap < atRiskGap) {
      throw new OkrInputError(
        'thresholdsOutOfOrder',
        `off_track (${offTrackGap}) must not be below at_risk (${atRiskGap}): a KR is off track only when further behind than at risk.`,
        'off_track below at_risk',
      );
    }
    if (progressValue >= 1) return labels.done;
    const e = at(a.expected, r, c);
    if (isBlank(e)) {
      throw new OkrInputError(
        'expectedBlank',
        'Expected progress is blank. Use OKR_PACE to compute it.',
        'no expected',
      );
    }
    const expectedValue = shareOr(e, 0, 'expected');
    return labels[statusOf(progressValue, expectedValue, { atRiskGap, offTrackGap })];
  });
}

/** =OKR_GRADE(score, [yellow_from], [green_from], [language]) */
export function OKR_GRADE(score: unknown, yellow_from?: unknown, green_from?: unknown, language?: unknown): unknown {
  const fn = 'OKR_GRADE';
  const s = arg('score', score);
  const b = {
    yellow: arg('yellow_from', yellow_from),
    green: arg('green_from', green_from),
    language: arg('language', language),
  };
  const shape = resultShape(fn, s, [b.yellow, b.green, b.language]);
  return mapCells(fn, shape, (r, c) => {
    const value = at(s, r, c);
    if (isBlank(value)) return '';
    const labels = GRADE_LABELS[languageIn(at(b.language, r, c))];
    const yellowFrom = shareOr(at(b.yellow, r, c), DEFAULT_SETTINGS.yellowFrom, 'yellow_from');
    const greenFrom = shareOr(at(b.green, r, c), DEFAULT_SETTINGS.greenFrom, 'green_from');
    if (greenFrom < yellowFrom) {
      throw new OkrInputError(
        'gradeBandsOutOfOrder',
        `green_from (${greenFrom}) must not be below yellow_from (${yellowFrom}).`,
        'green_from below yellow_from',
      );
    }
    return labels[gradeOf(numberIn(value, 'score'), { yellowFrom, greenFrom })];
  });
}

/** =OKR_PACE(start, end, as_of) */
export function OKR_PACE(start: unknown, end: unknown, as_of: unknown): unknown {
  const fn = 'OKR_PACE';
  const a = { start: arg('start', start), end: arg('end', end), asOf: arg('as_of', as_of) };
  const shape = resultShape(fn, a.start, [a.end, a.asOf]);
  return mapCells(fn, shape, (r, c) => {
    const s = at(a.start, r, c);
    const e = at(a.end, r, c);
    const now = at(a.asOf, r, c);
    if (isBlank(s) || isBlank(e) || isBlank(now)) return '';
    const from = dateIn(s, 'start');
    const to = dateIn(e, 'end');
    if (to.getTime() < from.getTime()) {
      throw new OkrInputError(
        'endBeforeStart',
        'The end date is before the start date. Swap them.',
        'end before start',
      );
    }
    return expectedProgress(from, to, dateIn(now, 'as_of'));
  });
}

/** =KR_TARGET(baseline, change) */
export function KR_TARGET(baseline: unknown, change: unknown): unknown {
  const fn = 'KR_TARGET';
  const a = { baseline: arg('baseline', baseline), change: arg('change', change) };
  const shape = resultShape(fn, a.baseline, [a.change]);
  return mapCells(fn, shape, (r, c) => {
    const b = at(a.baseline, r, c);
    const ch = at(a.change, r, c);
    if (isBlank(b) || isBlank(ch)) return '';
    const changeValue = numberIn(ch, 'change');
    if (changeValue < -1) {
      throw new OkrInputError(
        'changeBelowMinus100',
        `A change of ${changeValue * 100}% would make the target negative. Use a change between -100% and any increase.`,
        'change below -100%',
      );
    }
    // Round away binary noise: 40000 × 1.15 is 46000, not 45999.99999999999.
    return Number((numberIn(b, 'baseline') * (1 + changeValue)).toPrecision(12));
  });
}

/** =KR_FORECAST(dates, values, end, [kr_ids], [kr]) */
export function KR_FORECAST(dates: unknown, values: unknown, end: unknown, kr_ids?: unknown, kr?: unknown): unknown {
  const fn = 'KR_FORECAST';
  const d = arg('dates', dates);
  const v = arg('values', values);
  const hasIds = !(kr_ids === undefined || (!Array.isArray(kr_ids) && isBlank(kr_ids)));
  const ids = arg('kr_ids', kr_ids);
  const shape = resultShape(fn, d, [v, ids]);
  const trends = collectTrends(d, v, hasIds ? ids : null, shape.rows, shape.cols);
  if (!hasIds || !Array.isArray(kr)) {
    if (Array.isArray(end))
      throw new Error(`${fn}: end must be one date here; use a column of end dates only with a column of kr.`);
    if (isBlank(end)) return '';
    try {
      const endDate = dateIn(end, 'end');
      if (hasIds && kr === undefined) {
        // A table: each key result (first-seen order) and its forecast.
        const table: unknown[][] = [];
        for (const t of trends.values()) {
          table.push([t.label, t.problem ? PROBLEM_MARK + t.problem.short : forecastCell(t, endDate)]);
        }
        return table.length > 0 ? table : [['', '']];
      }
      let key = '';
      if (hasIds) {
        if (isBlank(kr)) return '';
        key = groupKey(kr);
        if (!trends.has(key))
          throw new Error(`${fn}: no check-in has the key result id "${String(kr)}". Check kr and kr_ids.`);
      } else if (kr !== undefined && !isBlank(kr)) {
        throw new Error(`${fn}: kr needs kr_ids, the key result id of each check-in.`);
      }
      const t = trends.get(key);
      if (!t) return '';
      if (t.problem) throw t.problem;
      return forecastCell(t, endDate);
    } catch (e) {
      throw asUserError(fn, e);
    }
  }
  const wanted = arg('kr', kr);
  const ends = arg('end', end);
  const out = resultShape(fn, wanted, [ends]);
  return mapCells(fn, { ...out, range: true }, (r, c) => {
    const id = at(wanted, r, c);
    const e = at(ends, r, c);
    if (isBlank(id) || isBlank(e)) return '';
    const t = trends.get(groupKey(id));
    if (!t) return '';
    if (t.problem) throw t.problem;
    return forecastCell(t, dateIn(e, 'end'));
  });
}

interface TrendRows {
  label: string;
  points: TrendPoint[];
  problem: OkrInputError | null;
}

/** Check-in points per key result id (one trend '' when ids is null); blank rows and checkboxes are skipped. */
function collectTrends(d: Arg, v: Arg, ids: Arg | null, rows: number, cols: number): Map<string, TrendRows> {
  const trends = new Map<string, TrendRows>();
  let n = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      n++;
      let key = '';
      let label: unknown = '';
      if (ids) {
        label = at(ids, r, c);
        if (isBlank(label)) continue;
        key = groupKey(label);
      }
      let t = trends.get(key);
      if (!t) {
        t = { label: String(label).trim(), points: [], problem: null };
        trends.set(key, t);
      }
      const date = at(d, r, c);
      const value = at(v, r, c);
      if (isBlank(date) || isBlank(value) || typeof value === 'boolean' || t.problem) continue;
      try {
        t.points.push({ date: dateIn(date, 'date'), value: numberIn(value, 'value') });
      } catch (e) {
        if (!(e instanceof OkrInputError)) throw e;
        t.problem = new OkrInputError(e.code, `Row ${n} of the range: ${e.message}`, `row ${n}: ${e.short}`);
      }
    }
  }
  return trends;
}

/** The trend's value at `end`; '' while there is no trend (fewer than 2 check-ins on different days). */
function forecastCell(t: TrendRows, end: Date): number | '' {
  const forecast = forecastValue(t.points, end);
  return forecast.ok ? forecast.value : '';
}

const languageCache = new Map<unknown, Language>();

/** The language for result words; blank is English. */
function languageIn(value: unknown): Language {
  if (isBlank(value)) return 'en';
  const cached = languageCache.get(value);
  if (cached) return cached;
  const language = parseLanguage(value);
  if (!language) {
    throw new OkrInputError(
      'unknownLanguage',
      `Unknown language "${String(value)}". Use en, de, fr, cs, zh or ar.`,
      `unknown language "${quoted(value)}"`,
    );
  }
  if (languageCache.size < 100) languageCache.set(value, language);
  return language;
}

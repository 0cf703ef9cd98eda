// The custom functions users type into cells. Each works on whole columns in one call (every
// call is a server round trip in Sheets): 2-D arrays in, 2-D arrays out, single values broadcast.
// Help texts and defaults are documented in catalog.ts.
import { cellText, PROBLEM_MARK, readKrCells } from '../core/cells';
import { isoDay, parseDate } from '../core/dates';
import { evaluateCells, type KrProblem, weightOf } from '../core/evaluate';
import { forecastValue, type TrendPoint } from '../core/forecast';
import { gradeOf, statusOf } from '../core/grading';
import { parseLanguage } from '../core/language';
import { isBlank, parseNumber } from '../core/numbers';
import { expectedProgress } from '../core/pace';
import { readPhasing } from '../core/phasing';
import { InputProblem, problemError } from '../core/problems';
import { rollUp } from '../core/rollup';
import { objectiveKey, type ScoreTerm, weightedMean } from '../core/scoring';
import { DEFAULT_SETTINGS, type Language, type Settings } from '../core/types';
import { GRADE_LABELS, STATUS_LABELS } from '../i18n/status';
import { dateIn, numberIn, numberOr, shareOr } from './cells';
import { type Arg, arg, at, mapCells, problemCell, resultShape, run, type Shape } from './grid';

/** =KR_PROGRESS(current, target, [baseline], [kind], [cap], [language]) */
export function KR_PROGRESS(
  current: unknown,
  target: unknown,
  baseline?: unknown,
  kind?: unknown,
  cap?: unknown,
  language?: unknown,
): unknown {
  const lang = callLanguage(language);
  return run('KR_PROGRESS', lang, () => {
    const a = { current: arg('current', current), target: arg('target', target), baseline: arg('baseline', baseline) };
    const b = { kind: arg('kind', kind), cap: arg('cap', cap) };
    const shape = resultShape(a.current, [a.target, a.baseline, b.kind, b.cap]);
    const settingsFor = settingsByCap();
    // The cap is one cell in the templates: read it once, not per row.
    let oneCap: { settings: Settings } | null = null;
    try {
      if (b.cap.cells === null) oneCap = { settings: settingsFor(b.cap.value) };
    } catch (_) {
      // A bad cap is then reported in every row, as a cap per row would be.
    }
    return mapCells(
      shape,
      (r, c) => {
        const context = oneCap ?? { settings: settingsFor(at(b.cap, r, c)) };
        const cells = {
          current: at(a.current, r, c),
          target: at(a.target, r, c),
          baseline: at(a.baseline, r, c),
          kind: at(b.kind, r, c),
        };
        const evaluation = evaluateCells(cells, context);
        if (!evaluation.scored) return '';
        if (evaluation.progress === null) throw problemError(evaluation.problem as KrProblem);
        return evaluation.progress;
      },
      () => lang,
    );
  });
}

/** The settings a cap cell gives (the other settings do not change progress); one object per cap. */
function settingsByCap(): (capCell: unknown) => Settings {
  const cache = new Map<unknown, Settings>();
  return (capCell) => {
    let settings = cache.get(capCell);
    if (!settings) {
      const cap = numberOr(capCell, DEFAULT_SETTINGS.cap, 'cap');
      if (!(cap > 0)) throw new InputProblem('outOfRange', { arg: 'cap', text: cap, value: '> 0' });
      settings = { ...DEFAULT_SETTINGS, cap };
      if (cache.size < 100) cache.set(capCell, settings);
    }
    return settings;
  };
}

/** =OKR_SCORE(progress, [weights], [group_ids], [group], [language]) */
export function OKR_SCORE(
  progress: unknown,
  weights?: unknown,
  group_ids?: unknown,
  group?: unknown,
  language?: unknown,
): unknown {
  const lang = callLanguage(language);
  return run('OKR_SCORE', lang, () => {
    const p = arg('progress', progress);
    const w = arg('weights', weights);
    const hasGroups = !(group_ids === undefined || (!Array.isArray(group_ids) && isBlank(group_ids)));
    const ids = arg('group_ids', group_ids);
    const shape = resultShape(p, [w, ids]);
    if (!hasGroups) {
      if (group !== undefined && !isBlank(group))
        throw new InputProblem('needsIds', { arg: 'group', other: 'group_ids' });
      return scoreOf(accumulate(p, w, null, shape.rows, shape.cols).get('') ?? emptyGroup(''));
    }
    return groupForms(lang, p, w, ids, shape, group, 'group', 'group_ids', () => scoreOf);
  });
}

/**
 * OKR_SCORE's and OKR_ROLLUP's forms with ids: without `wanted`, a table of each group (first-seen
 * order) and its score; with one id, that group's score; with a column of ids, one score per cell,
 * where a row whose own weight is bad shows that instead (the row, not the group, is what the user
 * has to fix). `scores` turns all groups into the score of one.
 */
function groupForms(
  lang: Language,
  p: Arg,
  w: Arg,
  ids: Arg,
  shape: Shape,
  wanted: unknown,
  wantedName: string,
  idsName: string,
  scores: (groups: Map<string, GroupTotals>) => (g: GroupTotals, key: string) => number | '',
): unknown {
  if (wanted === undefined) {
    const table: unknown[][] = [];
    const groups = accumulate(p, w, ids, shape.rows, shape.cols);
    const score = scores(groups);
    for (const [key, g] of groups) table.push([g.label, score(g, key)]);
    return table.length > 0 ? table : [['', '']];
  }
  if (!Array.isArray(wanted)) {
    if (isBlank(wanted)) return '';
    const groups = accumulate(p, w, ids, shape.rows, shape.cols);
    const key = groupKey(wanted);
    const g = groups.get(key);
    if (!g) throw new InputProblem('unknown', { arg: wantedName, text: wanted, value: idsName });
    return scores(groups)(g, key);
  }
  const list = arg(wantedName, wanted);
  const alongRows = list.rows === shape.rows && list.cols === shape.cols;
  const rowProblems = Array.from({ length: shape.rows }, () => new Array<KrProblem | null>(shape.cols).fill(null));
  const groups = accumulate(p, w, ids, shape.rows, shape.cols, rowProblems);
  const score = scores(groups);
  return mapCells(
    { rows: list.rows, cols: list.cols, range: true },
    (r, c) => {
      const id = at(list, r, c);
      if (isBlank(id)) return '';
      const own = alongRows ? rowProblems[r][c] : null;
      if (own) throw problemError(own, own.field === 'weight' ? 'weights' : 'progress');
      const key = groupKey(id);
      const g = groups.get(key);
      if (!g) throw new InputProblem('unknown', { arg: wantedName, text: id, value: idsName });
      return score(g, key);
    },
    () => lang,
  );
}

/** =OKR_ROLLUP(progress, weights, objective_ids, parent_ids, [children], [objective], [language]) */
export function OKR_ROLLUP(
  progress: unknown,
  weights: unknown,
  objective_ids: unknown,
  parent_ids: unknown,
  children?: unknown,
  objective?: unknown,
  language?: unknown,
): unknown {
  const lang = callLanguage(language);
  return run('OKR_ROLLUP', lang, () => {
    const p = arg('progress', progress);
    const w = arg('weights', weights);
    const ids = arg('objective_ids', objective_ids);
    const parents = arg('parent_ids', parent_ids);
    const shape = resultShape(p, [w, ids, parents]);
    const rolled = includesChildren(children);
    return groupForms(lang, p, w, ids, shape, objective, 'objective', 'objective_ids', (groups) => {
      if (!rolled) return (g) => scoreOf(g);
      // Each objective's parent: the first parent id on its rows, as the sidebar reads it.
      const parentOf = new Map<string, string>();
      groupCells(ids, shape.rows, shape.cols, groupKey, (key, r, c) => {
        const parent = at(parents, r, c);
        if (!parentOf.get(key) && !isBlank(parent)) parentOf.set(key, String(parent));
      });
      const keys = [...groups.keys()];
      const result = rollUp(
        keys.map((key) => ({
          id: key,
          parentId: parentOf.get(key) ?? '',
          score: weightedMean(groups.get(key)?.terms ?? []).score,
        })),
      );
      const byKey = new Map(keys.map((key, i) => [key, result[i].score ?? ('' as const)]));
      return (_g, key) => byKey.get(key) ?? '';
    });
  });
}

/** OKR_ROLLUP's children argument: TRUE or 1 (also when omitted or blank) rolls child objectives up. */
function includesChildren(value: unknown): boolean {
  if (value === undefined || isBlank(value) || value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  throw new InputProblem('unknown', { arg: 'children', text: cellText(value), value: 'TRUE, FALSE, 1, 0' });
}

interface GroupTotals {
  label: string;
  terms: ScoreTerm[];
}

function emptyGroup(label: string): GroupTotals {
  return { label, terms: [] };
}

function groupKey(id: unknown): string {
  return objectiveKey(id);
}

/**
 * One pass over the rows: each group's terms (one group '' when ids is null). A progress cell
 * that is not a number (a KR_PROGRESS problem, other text) counts as 0, as does a row whose
 * weight is negative or unreadable (at weight 1): a bad row lowers its group's score and is
 * flagged in its own row, but never hides the other scores. `rowProblems` gets each row's own
 * weight problem, for the per-row form.
 */
function accumulate(
  p: Arg,
  w: Arg,
  ids: Arg | null,
  rows: number,
  cols: number,
  rowProblems?: (KrProblem | null)[][],
): Map<string, GroupTotals> {
  return groupCells(ids, rows, cols, emptyGroup, (g, r, c) => {
    const value = at(p, r, c);
    if (isBlank(value)) return;
    const progress = parseNumber(value);
    const cells = readKrCells({ weight: at(w, r, c) });
    const weight = weightOf(cells.weight, cells.unreadable.weight);
    if (rowProblems) rowProblems[r][c] = weight.problem;
    g.terms.push({ progress: progress.ok && !weight.problem ? progress.value : 0, weight: weight.weight });
  });
}

/**
 * Visits every cell of a result's shape with its group, groups in first-seen order: one group ''
 * when ids is null; cells with a blank id belong to no group.
 */
function groupCells<G>(
  ids: Arg | null,
  rows: number,
  cols: number,
  create: (label: string) => G,
  visit: (group: G, r: number, c: number) => void,
): Map<string, G> {
  const groups = new Map<string, G>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const label = ids ? at(ids, r, c) : '';
      if (ids && isBlank(label)) continue;
      const key = ids ? groupKey(label) : '';
      let group = groups.get(key);
      if (!group) {
        group = create(String(label).trim());
        groups.set(key, group);
      }
      visit(group, r, c);
    }
  }
  return groups;
}

/** A group's score, '' when it has nothing to score (all blank, or all weights 0). */
function scoreOf(g: GroupTotals): number | '' {
  return weightedMean(g.terms).score ?? '';
}

/** =OKR_STATUS(progress, expected, [at_risk], [off_track], [language]) */
export function OKR_STATUS(
  progress: unknown,
  expected: unknown,
  at_risk?: unknown,
  off_track?: unknown,
  language?: unknown,
): unknown {
  const lang = callLanguage(language);
  return run('OKR_STATUS', lang, () => {
    const a = { progress: arg('progress', progress), expected: arg('expected', expected) };
    const b = {
      atRisk: arg('at_risk', at_risk),
      offTrack: arg('off_track', off_track),
      language: arg('language', language),
    };
    const shape = resultShape(a.progress, [a.expected, b.atRisk, b.offTrack, b.language]);
    return mapCells(
      shape,
      (r, c) => {
        const p = at(a.progress, r, c);
        // A row whose progress shows a problem is flagged there already: no status, as in the sidebar.
        if (isBlank(p) || (typeof p === 'string' && p.startsWith(PROBLEM_MARK))) return '';
        const labels = STATUS_LABELS[languageIn(at(b.language, r, c))];
        const progressValue = numberIn(p, 'progress');
        const atRiskGap = shareOr(at(b.atRisk, r, c), DEFAULT_SETTINGS.atRiskGap, 'at_risk');
        const offTrackGap = shareOr(at(b.offTrack, r, c), DEFAULT_SETTINGS.offTrackGap, 'off_track');
        if (offTrackGap < atRiskGap) {
          // A KR is off track only when further behind than at risk.
          throw new InputProblem('belowOther', {
            arg: 'off_track',
            text: offTrackGap,
            other: 'at_risk',
            value: atRiskGap,
          });
        }
        if (progressValue >= 1) return labels.done;
        const e = at(a.expected, r, c);
        if (isBlank(e)) throw new InputProblem('blank', { arg: 'expected' });
        const expectedValue = shareOr(e, 0, 'expected');
        return labels[statusOf(progressValue, expectedValue, { atRiskGap, offTrackGap })];
      },
      rowLanguage(b.language, lang),
    );
  });
}

/** =OKR_GRADE(score, [yellow_from], [green_from], [language]) */
export function OKR_GRADE(score: unknown, yellow_from?: unknown, green_from?: unknown, language?: unknown): unknown {
  const lang = callLanguage(language);
  return run('OKR_GRADE', lang, () => {
    const s = arg('score', score);
    const b = {
      yellow: arg('yellow_from', yellow_from),
      green: arg('green_from', green_from),
      language: arg('language', language),
    };
    const shape = resultShape(s, [b.yellow, b.green, b.language]);
    return mapCells(
      shape,
      (r, c) => {
        const value = at(s, r, c);
        if (isBlank(value)) return '';
        const labels = GRADE_LABELS[languageIn(at(b.language, r, c))];
        const yellowFrom = shareOr(at(b.yellow, r, c), DEFAULT_SETTINGS.yellowFrom, 'yellow_from');
        const greenFrom = shareOr(at(b.green, r, c), DEFAULT_SETTINGS.greenFrom, 'green_from');
        if (greenFrom < yellowFrom) {
          throw new InputProblem('belowOther', {
            arg: 'green_from',
            text: greenFrom,
            other: 'yellow_from',
            value: yellowFrom,
          });
        }
        return labels[gradeOf(numberIn(value, 'score'), { yellowFrom, greenFrom })];
      },
      rowLanguage(b.language, lang),
    );
  });
}

/** =OKR_PACE(start, end, as_of, [language], [phasing]) */
export function OKR_PACE(start: unknown, end: unknown, as_of: unknown, language?: unknown, phasing?: unknown): unknown {
  const lang = callLanguage(language);
  return run('OKR_PACE', lang, () => {
    const a = {
      start: arg('start', start),
      end: arg('end', end),
      asOf: arg('as_of', as_of),
      phasing: arg('phasing', phasing),
    };
    const shape = resultShape(a.start, [a.end, a.asOf, a.phasing]);
    return mapCells(
      shape,
      (r, c) => {
        const s = at(a.start, r, c);
        const e = at(a.end, r, c);
        const now = at(a.asOf, r, c);
        if (isBlank(s) || isBlank(e) || isBlank(now)) return '';
        const from = dateIn(s, 'start');
        const to = dateIn(e, 'end');
        if (to.getTime() < from.getTime())
          throw new InputProblem('belowOther', { arg: 'end', text: isoDay(to), other: 'start', value: isoDay(from) });
        // The same phasing rule as the key-results tab (core/pace.ts), but a bad one is refused here.
        const read = readPhasing(at(a.phasing, r, c), from, to);
        if (!read.ok) {
          const { code, text, value, other } = read.problem;
          throw new InputProblem(code, { arg: 'phasing', text, value, other });
        }
        return expectedProgress(from, to, dateIn(now, 'as_of'), read.phasing);
      },
      () => lang,
    );
  });
}

/** =KR_TARGET(baseline, change, [language]) */
export function KR_TARGET(baseline: unknown, change: unknown, language?: unknown): unknown {
  const lang = callLanguage(language);
  return run('KR_TARGET', lang, () => {
    const a = { baseline: arg('baseline', baseline), change: arg('change', change) };
    const shape = resultShape(a.baseline, [a.change]);
    return mapCells(
      shape,
      (r, c) => {
        const b = at(a.baseline, r, c);
        const ch = at(a.change, r, c);
        if (isBlank(b) || isBlank(ch)) return '';
        const changeValue = numberIn(ch, 'change');
        // Below -100% the target would be negative.
        if (changeValue < -1)
          throw new InputProblem('outOfRange', { arg: 'change', text: cellText(ch), value: '≥ -100%' });
        const target = numberIn(b, 'baseline') * (1 + changeValue);
        if (!Number.isFinite(target)) throw new InputProblem('resultTooLarge', { arg: 'change' });
        // Round away binary noise: 40000 × 1.15 is 46000, not 45999.99999999999.
        return Number(target.toPrecision(12));
      },
      () => lang,
    );
  });
}

/** =KR_FORECAST(dates, values, end, [kr_ids], [kr], [language]) */
export function KR_FORECAST(
  dates: unknown,
  values: unknown,
  end: unknown,
  kr_ids?: unknown,
  kr?: unknown,
  language?: unknown,
): unknown {
  const lang = callLanguage(language);
  return run('KR_FORECAST', lang, () => {
    const d = arg('dates', dates);
    const v = arg('values', values);
    const hasIds = !(kr_ids === undefined || (!Array.isArray(kr_ids) && isBlank(kr_ids)));
    const ids = arg('kr_ids', kr_ids);
    const shape = resultShape(d, [v, ids]);
    const trends = collectTrends(d, v, hasIds ? ids : null, shape.rows, shape.cols);
    if (!hasIds || !Array.isArray(kr)) {
      if (Array.isArray(end))
        throw new InputProblem('sizeMismatch', { arg: 'end', text: `${end.length}×1`, other: 'kr', value: '1×1' });
      if (isBlank(end)) return '';
      const endDate = dateIn(end, 'end');
      if (hasIds && kr === undefined) {
        // A table: each key result (first-seen order) and its forecast, or why there is none.
        const table: unknown[][] = [];
        for (const t of trends.values()) {
          let cell: unknown;
          try {
            cell = forecastCell(t, endDate);
          } catch (e) {
            cell = problemCell(e, lang);
          }
          table.push([t.label, cell]);
        }
        return table.length > 0 ? table : [['', '']];
      }
      let key = '';
      if (hasIds) {
        if (isBlank(kr)) return '';
        key = groupKey(kr);
        if (!trends.has(key)) throw new InputProblem('unknown', { arg: 'kr', text: kr, value: 'kr_ids' });
      } else if (kr !== undefined && !isBlank(kr)) {
        throw new InputProblem('needsIds', { arg: 'kr', other: 'kr_ids' });
      }
      const t = trends.get(key);
      return t ? forecastCell(t, endDate) : '';
    }
    const wanted = arg('kr', kr);
    const ends = arg('end', end);
    const out = resultShape(wanted, [ends]);
    return mapCells(
      { ...out, range: true },
      (r, c) => {
        const id = at(wanted, r, c);
        const e = at(ends, r, c);
        if (isBlank(id) || isBlank(e)) return '';
        const t = trends.get(groupKey(id));
        return t ? forecastCell(t, dateIn(e, 'end')) : '';
      },
      () => lang,
    );
  });
}

interface TrendRows {
  label: string;
  points: TrendPoint[];
}

/**
 * Check-in points per key result id (one trend '' when ids is null). Blank rows, checkboxes and
 * rows whose date or value cannot be read are skipped, as the sidebar's forecast skips them (the
 * health check points at those cells).
 */
function collectTrends(d: Arg, v: Arg, ids: Arg | null, rows: number, cols: number): Map<string, TrendRows> {
  const newTrend = (label: string): TrendRows => ({ label, points: [] });
  return groupCells(ids, rows, cols, newTrend, (t, r, c) => {
    const value = at(v, r, c);
    if (typeof value === 'boolean') return;
    const date = parseDate(at(d, r, c));
    const number = parseNumber(value);
    if (date.ok && number.ok) t.points.push({ date: date.value, value: number.value });
  });
}

/** The trend's value at `end`; '' while there is no trend (fewer than 3 check-ins, or all on one day). */
function forecastCell(t: TrendRows, end: Date): number | '' {
  const forecast = forecastValue(t.points, end);
  if (forecast.ok) return forecast.value;
  if (forecast.code === 'tooLarge') throw new InputProblem('resultTooLarge', { arg: 'values' });
  return '';
}

const languageCache = new Map<unknown, Language>();

/** The language for result words and messages; blank is English. */
function languageIn(value: unknown): Language {
  if (isBlank(value)) return 'en';
  const cached = languageCache.get(value);
  if (cached) return cached;
  const language = parseLanguage(value);
  if (!language)
    throw new InputProblem('unknown', { arg: 'language', text: cellText(value), value: 'en, de, fr, cs, zh, ar' });
  if (languageCache.size < 100) languageCache.set(value, language);
  return language;
}

/**
 * The language of a call's messages: its language argument (the first cell of a range); English
 * when blank or unknown (an unknown language is then reported, in English, where it is used).
 */
function callLanguage(value: unknown): Language {
  const first = Array.isArray(value) ? (Array.isArray(value[0]) ? value[0][0] : value[0]) : value;
  try {
    return languageIn(first);
  } catch (_) {
    return 'en';
  }
}

/** The language of each row's message, from a language argument that may be a column. */
function rowLanguage(language: Arg, fallback: Language): (r: number, c: number) => Language {
  return (r, c) => {
    try {
      return language.cells === null ? fallback : languageIn(at(language, r, c));
    } catch (_) {
      return fallback;
    }
  };
}

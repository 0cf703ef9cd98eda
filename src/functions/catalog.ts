// The public contract of the custom functions: names, parameter names and help texts.
// The build writes one top-level stub per entry, with this JSDoc, so Sheets shows help and
// argument hints. Keep names and parameter order stable: users' sheets depend on them.

export interface CustomFunctionParam {
  name: string;
  description: string;
  optional?: boolean;
}

export interface CustomFunctionDoc {
  name: string;
  description: string;
  params: CustomFunctionParam[];
  returns: string;
}

export const CUSTOM_FUNCTIONS: CustomFunctionDoc[] = [
  {
    name: 'KR_PROGRESS',
    description:
      'Progress of key results from 0 to the cap (default 1). Works on whole columns: ranges are matched cell by cell.',
    params: [
      { name: 'current', description: 'Current value, or a column of them.' },
      { name: 'target', description: 'Target value, or a column of them.' },
      { name: 'baseline', description: 'Start value (default 0), or a column of them.', optional: true },
      {
        name: 'kind',
        description: 'increase, decrease, at least, at most or milestone (blank: from target and baseline).',
        optional: true,
      },
      { name: 'cap', description: 'Highest progress allowed, e.g. 1.2 to count over-achievement (default 1).', optional: true },
    ],
    returns: 'Progress from 0 to cap, one per row of current.',
  },
  {
    name: 'OKR_SCORE',
    description:
      'Weighted score of key results. With group_ids: the score of one group, of each group in a column, or a table of all groups.',
    params: [
      { name: 'progress', description: 'Progress values (0 to 1).' },
      { name: 'weights', description: 'Weights (blank counts as 1).', optional: true },
      { name: 'group_ids', description: 'Objective id of each progress value.', optional: true },
      { name: 'group', description: 'The objective id, or a column of them, to score.', optional: true },
    ],
    returns: 'The score, a column of scores, or a table of group and score.',
  },
  {
    name: 'OKR_STATUS',
    description: 'Done, On track, At risk or Off track, from progress against expected progress.',
    params: [
      { name: 'progress', description: 'Progress values (0 to 1).' },
      { name: 'expected', description: 'Expected progress by now (0 to 1), e.g. from OKR_PACE.' },
      { name: 'at_risk', description: 'Behind pace by more than this is At risk (default 0.1).', optional: true },
      { name: 'off_track', description: 'Behind pace by more than this is Off track (default 0.25).', optional: true },
    ],
    returns: 'A status per progress value.',
  },
  {
    name: 'OKR_GRADE',
    description: 'Grade band of scores: red (below 0.4), yellow (0.4 to below 0.7), green (0.7 and up).',
    params: [
      { name: 'score', description: 'Scores (0 to 1).' },
      { name: 'yellow_from', description: 'Lowest yellow score (default 0.4).', optional: true },
      { name: 'green_from', description: 'Lowest green score (default 0.7).', optional: true },
    ],
    returns: 'red, yellow or green per score.',
  },
  {
    name: 'OKR_PACE',
    description: 'Expected progress at a date: the elapsed share of the period from start to end (inclusive days).',
    params: [
      { name: 'start', description: 'First day of the period.' },
      { name: 'end', description: 'Last day of the period.' },
      { name: 'as_of', description: 'The date to measure at, e.g. TODAY() in a cell.', optional: false },
    ],
    returns: 'Expected progress from 0 to 1.',
  },
  {
    name: 'KR_TARGET',
    description: 'Target from a baseline and a percentage change, e.g. baseline 40000 and 15% gives 46000.',
    params: [
      { name: 'baseline', description: 'Start value, or a column of them.' },
      { name: 'change', description: 'Change as a percentage, e.g. 15% or -10%.' },
    ],
    returns: 'The target value.',
  },
];

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
      'Progress of key results from 0 to cap (default 1). Works on whole columns: ranges are matched row by row, single values apply to every row. An empty row gives a blank; a row with a missing or unreadable value shows a short explanation (⚠ …), which OKR_SCORE counts as 0.',
    params: [
      {
        name: 'current',
        description: 'Current value, or a column of them. Text such as 19%, 350,000 or 1.234,5 € is read as a number.',
      },
      { name: 'target', description: 'Target value, or a column of them (not needed for milestones).' },
      { name: 'baseline', description: 'Start value, or a column of them (default 0).', optional: true },
      {
        name: 'kind',
        description:
          'increase, decrease, at least, at most or milestone, or the label in another language (default: decrease when target is below baseline, else increase; a checkbox current is a milestone).',
        optional: true,
      },
      {
        name: 'cap',
        description: 'Highest progress allowed, e.g. 1.2 to count over-achievement (default 1).',
        optional: true,
      },
      {
        name: 'language',
        description: 'Language of messages: en, de, fr, cs, zh or ar (default en).',
        optional: true,
      },
    ],
    returns: 'Progress from 0 to cap, one per cell of current.',
  },
  {
    name: 'OKR_SCORE',
    description:
      'Weighted mean of progress values; blanks are skipped and a blank weight counts as 1. A progress cell showing a problem (⚠ …) counts as 0; a negative or unreadable weight makes its row count as 0 at weight 1. With group_ids: the score of one group, one score per cell of a group column (a row with a bad weight says so in its cell), or (without group) a table of each group and its score.',
    params: [
      { name: 'progress', description: 'Progress values (0 to 1), e.g. the KR_PROGRESS column.' },
      { name: 'weights', description: 'Weight of each progress value (default 1; blank counts as 1).', optional: true },
      {
        name: 'group_ids',
        description: 'Objective id of each progress value (default: none, one score of all rows).',
        optional: true,
      },
      {
        name: 'group',
        description: 'The objective id to score, or a column of them (one score each). Omit for a table of all groups.',
        optional: true,
      },
      {
        name: 'language',
        description: 'Language of messages: en, de, fr, cs, zh or ar (default en).',
        optional: true,
      },
    ],
    returns: 'The score, a column of scores, or a two-column table of group and score.',
  },
  {
    name: 'OKR_ROLLUP',
    description:
      'Rolled-up objective scores: each objective’s own score (OKR_SCORE of its rows) averaged with the rolled-up scores of the objectives that name it as parent, each counting once (rep → team → company). Objectives with nothing scored are left out, not counted as 0. A parent id naming no objective counts as none; objectives on a parent cycle keep their own score. Ids are matched trimmed and case-insensitive.',
    params: [
      { name: 'progress', description: 'Progress values (0 to 1), e.g. the KR_PROGRESS column.' },
      { name: 'weights', description: 'Weight of each progress value (blank counts as 1).' },
      { name: 'objective_ids', description: 'Objective id of each row.' },
      {
        name: 'parent_ids',
        description: 'Parent objective id of each row (the first one given for an objective counts; blank: none).',
      },
      {
        name: 'children',
        description: 'TRUE or 1 to include child objectives (default), FALSE or 0 for own key results only.',
        optional: true,
      },
      {
        name: 'objective',
        description:
          'The objective id to score, or a column of them (one score each). Omit for a table of all objectives.',
        optional: true,
      },
      {
        name: 'language',
        description: 'Language of messages: en, de, fr, cs, zh or ar (default en).',
        optional: true,
      },
    ],
    returns: 'The rolled-up score, a column of them, or a two-column table of objective and score.',
  },
  {
    name: 'OKR_STATUS',
    description:
      'Done, On track, At risk or Off track, from progress against expected progress: Done at progress 1 or more; Off track when behind expected by more than off_track (default 0.25); At risk when behind by more than at_risk (default 0.1); else On track. Blank where the progress cell is blank or shows a problem (⚠ …).',
    params: [
      { name: 'progress', description: 'Progress values (0 to 1).' },
      { name: 'expected', description: 'Expected progress by now (0 to 1), e.g. from OKR_PACE.' },
      { name: 'at_risk', description: 'Behind pace by more than this is At risk (default 0.1 = 10%).', optional: true },
      {
        name: 'off_track',
        description: 'Behind pace by more than this is Off track (default 0.25 = 25%).',
        optional: true,
      },
      {
        name: 'language',
        description: 'Language of words and messages: en, de, fr, cs, zh or ar (default en).',
        optional: true,
      },
    ],
    returns: 'A status per progress value.',
  },
  {
    name: 'OKR_GRADE',
    description:
      'Grade band of scores: red below yellow_from (default 0.4), yellow below green_from (default 0.7), green from there up.',
    params: [
      { name: 'score', description: 'Scores (0 to 1), e.g. from OKR_SCORE.' },
      { name: 'yellow_from', description: 'Lowest yellow score (default 0.4).', optional: true },
      { name: 'green_from', description: 'Lowest green score (default 0.7).', optional: true },
      {
        name: 'language',
        description:
          'Language of the words and problem messages: en, de, fr, cs, zh or ar (default en: red, yellow, green).',
        optional: true,
      },
    ],
    returns: 'red, yellow or green per score.',
  },
  {
    name: 'OKR_PACE',
    description:
      'Expected progress at a date: the elapsed share of the period, counting whole days from the start of the first day to the end of the last, or, with a phasing, the share due by then. 0 before the start, 1 after the end.',
    params: [
      { name: 'start', description: 'First day of the period, or a column of them.' },
      { name: 'end', description: "Last day of the period (or each KR's due date), or a column of them." },
      {
        name: 'as_of',
        description: 'The date to measure at: a cell holding =TODAY() (Sheets does not pass TODAY() itself).',
      },
      {
        name: 'language',
        description: 'Language of messages: en, de, fr, cs, zh or ar (default en).',
        optional: true,
      },
      {
        name: 'phasing',
        description:
          'Share of the gain due by the end of each month or week, cumulative, e.g. "20% 50% 100%" (default: a straight line).',
        optional: true,
      },
    ],
    returns: 'Expected progress from 0 to 1.',
  },
  {
    name: 'KR_TARGET',
    description:
      'Target from a baseline and a percentage change, e.g. baseline 40000 and 15% gives 46000; 60 days and -10% gives 54.',
    params: [
      { name: 'baseline', description: 'Start value, or a column of them.' },
      {
        name: 'change',
        description: 'Change as a percentage, e.g. 15% or -10% (a plain number is a share: 0.15 = 15%).',
      },
      {
        name: 'language',
        description: 'Language of messages: en, de, fr, cs, zh or ar (default en).',
        optional: true,
      },
    ],
    returns: 'The target value, one per baseline.',
  },
  {
    name: 'KR_FORECAST',
    description:
      'Where a key result is heading: the Theil–Sen trend of its check-ins (the median slope between every two of them, so one stray value barely moves it), read at the end date. Rows whose date or value cannot be read are skipped. Blank while there are fewer than 3 check-ins, or all on one day. With kr_ids: the forecast of one key result, one per cell of a kr column, or (without kr) a table of each key result and its forecast.',
    params: [
      { name: 'dates', description: 'Check-in dates (dates, or text such as 2027-03-31).' },
      { name: 'values', description: 'Check-in values, one per date.' },
      {
        name: 'end',
        description: 'The date to project to, e.g. the period end (or a column of due dates matching kr).',
      },
      {
        name: 'kr_ids',
        description: 'Key result id of each check-in (default: none, all check-ins are one key result).',
        optional: true,
      },
      {
        name: 'kr',
        description: 'The key result id to forecast, or a column of them. Omit for a table of all.',
        optional: true,
      },
      {
        name: 'language',
        description: 'Language of messages: en, de, fr, cs, zh or ar (default en).',
        optional: true,
      },
    ],
    returns: 'The projected value, a column of them, or a table of key result and projected value.',
  },
];

// What each sidebar endpoint accepts, as data: one schema per argument, next to the contract's
// types (index.ts) and checked against them where it matters (enum lists cover their types). The
// server validates every call against these before doing anything (server/validate.ts), so a
// hostile or broken payload gets a specific message naming the field instead of a TypeError.
import type { Decision, StartFrom } from '../core/actions';
import { DEAL_FILTER_FIELDS, DEAL_METRIC_KINDS } from '../core/deals/metrics';
import { LANGUAGES, OBJECTIVE_SCORINGS, type PeriodKind, type TabRole } from '../core/types';
import { EXAMPLE_FAMILIES } from '../examples/types';
import type { DealField, EndpointName } from './index';

/** How one value must look. `optional`: may be absent (undefined, null or ''). */
export type Schema = { optional?: boolean } & (
  | { type: 'text'; max: number }
  | { type: 'number'; min: number; max: number; whole?: boolean; nullable?: boolean }
  | { type: 'boolean' }
  | { type: 'choice'; values: readonly (string | number)[] }
  | { type: 'date' }
  | { type: 'object'; fields: Readonly<Record<string, Schema>> }
  /** Keys are ids (checked by the endpoint against what exists), values all of one schema. */
  | { type: 'map'; values: Schema; max: number }
  | { type: 'list'; items: Schema; min: number; max: number }
  /** A check-in value as typed: a number, a short text such as "350,000" or "19%", or yes/no. */
  | { type: 'checkInValue'; max: number }
  /** An object whose `tag` field picks its other fields. */
  | { type: 'variant'; tag: string; variants: Readonly<Record<string, Readonly<Record<string, Schema>>>> }
);

/** One argument of an endpoint: its name (used in messages) and its schema. */
export interface Argument {
  name: string;
  schema: Schema;
}

/** A list of every value of a union type; fails to compile when one is missing. */
function allOf<T extends string | number>() {
  return <const A extends readonly T[]>(...values: A & ([T] extends [A[number]] ? unknown : 'a value is missing')) =>
    values as A;
}

export const DECISIONS = allOf<Decision>()('done', 'drop', 'carryOver');
export const START_FROM = allOf<StartFrom>()('empty', 'examples', 'previous');
export const PERIOD_KINDS = allOf<PeriodKind>()('quarter', 'fiscalQuarter', 'months');
export const TAB_ROLES = allOf<TabRole>()('keyResults', 'checkIns', 'dashboard', 'review', 'alignment');
export const FAMILIES = EXAMPLE_FAMILIES;

const label: Schema = { type: 'text', max: 200 };

/** Every deal field a column can be chosen for. */
const DEAL_FIELDS = allOf<DealField>()(
  'id',
  'name',
  'owner',
  'account',
  'stage',
  'status',
  'amount',
  'actualAmount',
  'currency',
  'probability',
  'created',
  'closeDate',
  'actualCloseDate',
  'wonDate',
  'lostDate',
  'source',
  'type',
  'product',
  'pipeline',
);

const DEAL_METRICS = DEAL_METRIC_KINDS;

/** The user's corrections to a detected deals export: a column letter per field ('' for none). */
const DEALS_CORRECTIONS: Schema = {
  type: 'object',
  fields: {
    columns: {
      type: 'object',
      optional: true,
      fields: Object.fromEntries(DEAL_FIELDS.map((field) => [field, { type: 'text', max: 3, optional: true }])),
    },
    stages: { type: 'map', values: { type: 'choice', values: ['open', 'won', 'lost'] }, max: 500, optional: true },
    dateOrder: { type: 'choice', values: ['dmy', 'mdy'], optional: true },
  },
};
const id: Schema = { type: 'text', max: 200 };
const year = (optional = false): Schema => ({ type: 'number', min: 1900, max: 9999, whole: true, optional });
const quarter: Schema = { type: 'number', min: 1, max: 4, whole: true };
const exampleIds: Schema = { type: 'list', items: id, min: 1, max: 20 };

const SETTINGS: Schema = {
  type: 'object',
  fields: {
    // Types here; ranges and their order are the settings' own check (core/settings.ts).
    yellowFrom: { type: 'number', min: -1e9, max: 1e9 },
    greenFrom: { type: 'number', min: -1e9, max: 1e9 },
    atRiskGap: { type: 'number', min: -1e9, max: 1e9 },
    offTrackGap: { type: 'number', min: -1e9, max: 1e9 },
    cap: { type: 'number', min: -1e9, max: 1e9 },
    language: { type: 'choice', values: ['auto', ...LANGUAGES] },
    fiscalYearStartMonth: { type: 'number', min: 1, max: 12, whole: true },
    currency: { type: 'text', max: 3, optional: true },
    objectiveScores: { type: 'choice', values: OBJECTIVE_SCORINGS, optional: true },
  },
};

const PERIOD: Schema = {
  type: 'variant',
  tag: 'kind',
  variants: {
    quarter: { year: year(), quarter },
    fiscalQuarter: {
      fiscalYear: year(),
      quarter,
      fiscalYearStartMonth: { type: 'number', min: 1, max: 12, whole: true },
    },
    months: { start: { type: 'date' }, months: { type: 'choice', values: [1, 2, 6, 12] } },
  },
};

/** Every endpoint's arguments, in order. */
export const ENDPOINT_ARGUMENTS: Readonly<Record<EndpointName, readonly Argument[]>> = {
  getSidebarState: [
    { name: 'userLocale', schema: { type: 'text', max: 40, optional: true } },
    { name: 'languageChoice', schema: { type: 'choice', values: ['auto', ...LANGUAGES], optional: true } },
    { name: 'team', schema: { type: 'text', max: 100, optional: true } },
  ],
  getOverview: [
    { name: 'periodLabel', schema: { ...label, optional: true } },
    { name: 'light', schema: { type: 'boolean', optional: true } },
  ],
  getObjectiveDetails: [
    { name: 'periodLabel', schema: label },
    { name: 'objectiveId', schema: id },
  ],
  getKeyResultDetails: [
    { name: 'periodLabel', schema: label },
    { name: 'krId', schema: id },
  ],
  selectKeyResult: [
    { name: 'periodLabel', schema: label },
    { name: 'krId', schema: id },
  ],
  selectCell: [{ name: 'a1', schema: { type: 'text', max: 300 } }],
  rememberOwner: [{ name: 'owner', schema: { type: 'text', max: 200, optional: true } }],
  rememberTeam: [{ name: 'team', schema: { type: 'text', max: 100, optional: true } }],
  getHealthReport: [{ name: 'periodLabel', schema: { ...label, optional: true } }],
  getSettings: [],
  saveSettings: [{ name: 'settings', schema: SETTINGS }],
  getExamples: [
    { name: 'language', schema: { type: 'choice', values: LANGUAGES } },
    { name: 'family', schema: { type: 'choice', values: FAMILIES, optional: true } },
  ],
  insertExamples: [
    { name: 'periodLabel', schema: label },
    { name: 'exampleIds', schema: exampleIds },
  ],
  recordCheckIn: [
    {
      name: 'request',
      schema: {
        type: 'object',
        fields: {
          periodLabel: label,
          krId: id,
          value: { type: 'checkInValue', max: 100 },
          // 0–10, or a fraction; percentages 0–100 are read as such by the check-in.
          confidence: { type: 'number', min: 0, max: 100, nullable: true, optional: true },
          note: { type: 'text', max: 2000, optional: true },
          who: { type: 'text', max: 200, optional: true },
          date: { type: 'date', optional: true },
          confirmUnit: { type: 'boolean', optional: true },
          row: { type: 'number', min: 2, max: 1e7, whole: true, optional: true },
          timeZone: { type: 'text', max: 64, optional: true },
          reportRow: { type: 'boolean', optional: true },
        },
      },
    },
  ],
  createPeriod: [
    {
      name: 'request',
      schema: {
        type: 'object',
        fields: {
          period: PERIOD,
          team: { type: 'text', max: 100, optional: true },
          teams: { type: 'list', items: { type: 'text', max: 100 }, min: 1, max: 100, optional: true },
          startFrom: { type: 'choice', values: START_FROM },
          previousLabel: { ...label, optional: true },
          language: { type: 'choice', values: LANGUAGES },
          exampleFamily: { type: 'choice', values: FAMILIES, optional: true },
          exampleIds: { ...exampleIds, optional: true },
          currency: { type: 'text', max: 3, optional: true },
        },
      },
    },
  ],
  closePeriod: [
    {
      name: 'request',
      schema: {
        type: 'object',
        fields: {
          label,
          decisions: { type: 'map', values: { type: 'choice', values: DECISIONS }, max: 2000, optional: true },
          date: { type: 'date', optional: true },
          language: { type: 'choice', values: LANGUAGES, optional: true },
        },
      },
    },
  ],
  listPeriods: [],
  openPeriodTab: [
    { name: 'label', schema: label },
    { name: 'role', schema: { type: 'choice', values: TAB_ROLES, optional: true } },
  ],
  recordSnapshot: [{ name: 'periodLabel', schema: label }],
  getAlignment: [{ name: 'periodLabel', schema: label }],
  setTeamFiles: [
    { name: 'periodLabel', schema: label },
    {
      name: 'files',
      schema: {
        type: 'list',
        min: 0,
        max: 100,
        items: {
          type: 'object',
          fields: {
            team: { type: 'text', max: 100 },
            url: { type: 'text', max: 500 },
            tab: { type: 'text', max: 100, optional: true },
            rows: { type: 'number', min: 1, max: 20000, whole: true, optional: true },
          },
        },
      },
    },
  ],
  explainLinks: [{ name: 'periodLabel', schema: label }],
  inspectDeals: [
    { name: 'tab', schema: { type: 'text', max: 200, optional: true } },
    { name: 'corrections', schema: { ...DEALS_CORRECTIONS, optional: true } },
  ],
  connectDeals: [
    {
      name: 'request',
      schema: {
        type: 'object',
        fields: {
          tab: { type: 'text', max: 200, optional: true },
          corrections: { ...DEALS_CORRECTIONS, optional: true },
          repsTab: { type: 'text', max: 200, optional: true },
        },
      },
    },
  ],
  linkKeyResult: [
    {
      name: 'request',
      schema: {
        type: 'object',
        fields: {
          periodLabel: label,
          krId: id,
          row: { type: 'number', min: 2, max: 1e7, whole: true, optional: true },
          metric: {
            type: 'object',
            fields: {
              kind: { type: 'choice', values: DEAL_METRICS },
              by: { type: 'choice', values: ['count', 'amount'], optional: true },
              statistic: { type: 'choice', values: ['median', 'mean'], optional: true },
              weighted: { type: 'boolean', optional: true },
              quotaCell: { type: 'text', max: 300, optional: true },
            },
          },
          filters: {
            type: 'object',
            optional: true,
            fields: {
              ...Object.fromEntries(
                DEAL_FILTER_FIELDS.map((field): [string, Schema] => [
                  field,
                  { type: 'text', max: 200, optional: true },
                ]),
              ),
              on: { type: 'choice', values: ['close', 'created'], optional: true },
            },
          },
        },
      },
    },
  ],
};

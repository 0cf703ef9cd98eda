// The sidebar endpoints on an emulated workbook with a real period created by the quarter code.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/index';
import { DEFAULT_SETTINGS, type KeyResult } from '../../src/core/types';
import * as customFunctions from '../../src/functions/customFunctions';
import { SIDEBAR } from '../../src/i18n/sidebar';
import {
  getExamples,
  getHealthReport,
  getOverview,
  getSidebarState,
  insertExamples,
  saveSettings,
  selectCell,
  selectKeyResult,
} from '../../src/server/endpoints';
import { createPeriodWith } from '../../src/sheet/periods';
import { DASHBOARD } from '../../src/tabs/templates';
import { settingRow } from '../../src/tabs/writer';

const TODAY = new Date('2027-02-15T12:00:00Z');
const TAB = 'Q1 2027 · Key results';

function kr(fields: Partial<KeyResult>): Partial<KeyResult> {
  return {
    owner: 'Ana',
    team: 'EMEA',
    parentObjectiveId: '',
    unit: 'count',
    baseline: 0,
    weight: null,
    confidence: null,
    dueDate: null,
    notes: '',
    dataLink: '',
    kind: 'increase',
    ...fields,
  };
}

const O1 = { objectiveId: 'O1', objectiveTitle: 'Grow revenue' };
const O2 = { objectiveId: 'O2', objectiveTitle: 'Win customers' };

let emu: Emulator;
let restore: () => void;

function setUp(userLocale = 'en'): void {
  vi.useFakeTimers({ now: TODAY, toFake: ['Date'] });
  emu = createEmulator({ customFunctions, now: TODAY, timeZone: 'Etc/UTC', locale: 'en_US', userLocale });
  restore = emu.installGlobals();
  createPeriodWith(
    emu.spreadsheet,
    { period: { kind: 'quarter', year: 2027, quarter: 1 }, team: 'EMEA', startFrom: 'empty', language: 'en' },
    [
      kr({ ...O1, id: 'O1.1', title: 'New revenue', target: 100, current: 80 }),
      kr({ ...O1, id: 'O1.2', title: 'Deals won', target: 10, current: 2, owner: '' }),
      kr({ ...O2, id: 'O2.1', title: 'Cycle days', kind: 'decrease', baseline: 60, target: 50, current: 55 }),
      kr({
        ...O2,
        id: 'O2.2',
        title: 'Launch nurture',
        kind: 'milestone',
        baseline: null,
        target: null,
        current: true,
      }),
    ],
    DEFAULT_SETTINGS,
  );
}

describe('sidebar endpoints on a workbook', () => {
  beforeEach(() => setUp());
  afterEach(() => {
    restore();
    vi.useRealTimers();
  });

  it('loads the whole sidebar state in one call, as plain JSON', () => {
    const state = getSidebarState();
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    expect(state.language).toBe('en');
    expect(state.currency).toBe('USD');
    expect(state.today).toBe('2027-02-15');
    expect(state.periods.map((p) => p.label)).toEqual(['Q1 2027']);
    const overview = state.overview!;
    expect(overview.objectives.map((o) => o.id)).toEqual(['O1', 'O2']);
    expect(overview.objectives[0].keyResults[0]).toMatchObject({ id: 'O1.1', progress: 0.8, cell: `'${TAB}'!A2` });
    expect(overview.objectives[1].keyResults[0].progress).toBeCloseTo(0.5);
    expect(state.families.length).toBe(12);
  });

  it('shows on the dashboard (layout 2) the scores the sidebar shows', () => {
    const overview = getOverview('Q1 2027');
    const dashboard = emu.spreadsheet.getSheetByName('Q1 2027 · Dashboard')!;
    expect(DASHBOARD).toMatchObject({ settingsRow: 3, overallRow: 13, objectivesRow: 15 });
    expect(dashboard.getRange('A3:A11').getValues().flat()).toEqual([
      'Period start',
      'Period end',
      'As of',
      'Expected progress',
      'Yellow from (score)',
      'Green from (score)',
      'Progress cap',
      'At risk when behind pace by more than',
      'Off track when behind pace by more than',
    ]);
    expect(dashboard.getRange('B6').getValue()).toBe(overview.expected);
    expect(dashboard.getRange('B13').getValue()).toBeCloseTo(overview.score as number, 12);
    const table = dashboard.getRange('A16:B17').getValues();
    expect(table.map(([id]) => id)).toEqual(overview.objectives.map((o) => o.id));
    table.forEach(([, score], i) => {
      expect(score).toBeCloseTo(overview.objectives[i].score as number, 12);
    });
    expect(overview.score).toBeCloseTo((0.5 + 0.75) / 2);
  });

  it('selects a KR’s row and a finding’s cell in the sheet', () => {
    expect(selectKeyResult('Q1 2027', 'O2.1')).toBe(true);
    expect(emu.selection()?.a1).toMatch(/^A4/);
    expect(() => selectKeyResult('Q1 2027', 'nope')).toThrow('There is no key result “nope” in period “Q1 2027”.');
    expect(selectCell(`'${TAB}'!E3`)).toBe(true);
    expect(emu.selection()).toMatchObject({ sheet: TAB, a1: 'E3' });
    expect(() => selectCell('=HYPERLINK("x")')).toThrow('“=HYPERLINK("x")” is not a cell address.');
  });

  it('reports health findings with the cell of the field at fault', () => {
    const findings = getHealthReport('Q1 2027');
    const owner = findings.find((f) => f.code === 'missingOwner');
    expect(owner).toMatchObject({ krId: 'O1.2', cell: `'${TAB}'!E3` });
    expect(findings.map((f) => f.code)).toContain('objectivesFew');
  });

  it('validates and stores settings; a new language comes back with the new state', () => {
    expect(() => saveSettings({ ...DEFAULT_SETTINGS, greenFrom: 0.2 })).toThrow(
      'These settings are not valid: greenFrom.',
    );
    const same = saveSettings({ ...DEFAULT_SETTINGS, cap: 1.2, yellowFrom: 0.2, greenFrom: 0.5 });
    expect(same.state).toBeUndefined();
    // The open period's dashboard gets the new bands and cap, so the sheet grades as the sidebar does.
    const dashboard = emu.spreadsheet.getSheetByName('Q1 2027 · Dashboard')!;
    expect(dashboard.getRange(settingRow('yellowFrom'), 2, 5, 1).getValues()).toEqual([
      [0.2],
      [0.5],
      [1.2],
      [0.1],
      [0.25],
    ]);
    const overview = getOverview('Q1 2027');
    expect(overview.settings).toMatchObject({ cap: 1.2, yellowFrom: 0.2, greenFrom: 0.5 });
    // 0.2 and 0.5 are red and yellow with the default bands.
    expect(overview.objectives[0].keyResults[1]).toMatchObject({ progress: 0.2, grade: 'yellow' });
    expect(overview.objectives[1].keyResults[0]).toMatchObject({ progress: 0.5, grade: 'green' });
    const switched = saveSettings({ ...DEFAULT_SETTINGS, cap: 1.2, language: 'ar' });
    expect(switched.state?.language).toBe('ar');
    expect(SIDEBAR[switched.state!.language]['tab.overview']).toBe('نظرة عامة');
    expect(getSidebarState().settings.cap).toBe(1.2);
  });

  it('checks example requests and appends chosen examples below the last KR in one write', () => {
    expect(() => getExamples('xx' as 'en')).toThrow(
      '“xx” is not allowed for “language”. Use one of: en, de, fr, cs, zh, ar.',
    );
    expect(() => getExamples('en', 'nope' as 'talent')).toThrow(/“nope” is not allowed for “family”/);
    const [first, second] = getExamples('en', 'revenueGrowth');
    const cost = emu.measure(() => insertExamples('Q1 2027', [first.id, second.id]));
    expect(cost.result.inserted).toBe(2);
    // One read of the tab and one block write for all rows, whatever their number.
    expect(Object.entries(cost.byMethod).filter(([name]) => /setValues/.test(name))).toEqual([
      [expect.stringMatching(/setValues/), 1],
    ]);
    const ids = cost.result.overview.objectives.map((o) => o.id);
    expect(ids).toEqual(['O1', 'O2', 'O3', 'O4']);
    const inserted = cost.result.overview.objectives[2];
    expect(inserted.title).toBe(first.title);
    expect(inserted.keyResults[0]).toMatchObject({ id: 'O3.1', cell: `'${TAB}'!A6` });
    expect(() => insertExamples('Q1 2027', ['no-such-example'])).toThrow(/Unknown example/);
  });
});

describe('language from the user’s locale', () => {
  afterEach(() => {
    restore();
    vi.useRealTimers();
  });

  it('shows German to a German user', () => {
    setUp('de');
    const state = getSidebarState();
    expect(state.language).toBe('de');
    expect(state.locale).toBe('de');
    expect(SIDEBAR[state.language]['tab.settings']).toBe('Einstellungen');
    // Failures reach the user in their language.
    expect(() => selectKeyResult('Q1 2027', 'nope')).toThrow(
      'Im Zeitraum „Q1 2027“ gibt es kein Schlüsselergebnis „nope“.',
    );
  });
});

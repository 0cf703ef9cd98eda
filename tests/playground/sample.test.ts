// The built-in sample: a live-looking quarter made through the add-on's own operations.
import { describe, expect, it } from 'vitest';
import { generateDeals } from '../../playground/deals';
import { startAddon } from '../../playground/runtime';
import { loadSample, loadSampleDeals, SAMPLE_DEALS, sampleDealOptions } from '../../playground/sample';
import { SAMPLE_OBJECTIVES, sampleCheckIns, sampleValueAt } from '../../playground/sample-data';
import type { SidebarState } from '../../src/contract/index';
import { detectDealColumns } from '../../src/core/deals/headers';
import { readDeals } from '../../src/core/deals/table';
import { KR_KINDS } from '../../src/core/types';

const NOW = new Date('2026-11-23T10:00:00Z');

function column(values: unknown[][], header: string): unknown[] {
  const index = values[0].indexOf(header);
  if (index < 0) throw new Error(`No column ${header}`);
  return values.slice(1).map((row) => row[index]);
}

describe('sample data', () => {
  it('has three objectives and key results of every kind', () => {
    expect(SAMPLE_OBJECTIVES).toHaveLength(3);
    const kinds = new Set(SAMPLE_OBJECTIVES.flatMap((o) => o.keyResults.map((kr) => kr.kind)));
    expect([...kinds].sort()).toEqual([...KR_KINDS].sort());
    for (const objective of SAMPLE_OBJECTIVES) {
      expect(objective.keyResults.length).toBeGreaterThanOrEqual(2);
      expect(objective.keyResults.length).toBeLessThanOrEqual(5);
    }
  });

  it('checks in weekly, up to now and never after it', () => {
    const start = new Date('2026-10-01T00:00:00Z');
    const end = new Date('2026-12-31T00:00:00Z');
    const checkIns = sampleCheckIns(start, end, NOW);
    const dates = [...new Set(checkIns.map((c) => c.date))].sort();
    expect(dates.length).toBeGreaterThanOrEqual(3);
    expect(dates[dates.length - 1] <= '2026-11-23').toBe(true);
    const gaps = dates.slice(1).map((d, i) => (Date.parse(d) - Date.parse(dates[i])) / 86_400_000);
    expect(gaps.every((g) => g === 7)).toBe(true);
    // Early in a quarter there is still one check-in.
    expect(sampleCheckIns(start, end, new Date('2026-10-02T00:00:00Z')).length).toBeGreaterThan(0);
  });

  it('moves a decrease KR down from its baseline toward its target', () => {
    const cycle = SAMPLE_OBJECTIVES[2].keyResults[0];
    expect(cycle.kind).toBe('decrease');
    const half = sampleValueAt(cycle, 0.5) as number;
    expect(half).toBeLessThan(cycle.baseline);
    expect(half).toBeGreaterThan(cycle.target);
  });
});

describe('loadSample', () => {
  it('creates the current quarter with computed scores', () => {
    const addon = startAddon({ now: NOW });
    const summary = loadSample(addon);
    expect(summary.periodLabel).toBe('Q4 2026');
    const sheet = addon.emulator.spreadsheet.getSheetByName(summary.keyResultsTab)!;
    expect(sheet).not.toBeNull();
    const values = sheet.getDataRange().getValues();
    const ids = column(values, 'KR id').filter((id) => id !== '');
    expect(ids).toHaveLength(10);
    const progress = column(values, 'Progress').slice(0, ids.length);
    for (const p of progress) {
      expect(typeof p).toBe('number');
      expect(p as number).toBeGreaterThanOrEqual(0);
      expect(p as number).toBeLessThanOrEqual(1);
    }
    // Some key results are ahead and some behind: a sample worth looking at.
    expect(new Set(progress.map((p) => Math.round((p as number) * 10))).size).toBeGreaterThan(3);
  });

  it('records the check-ins through the add-on, so current values are the latest check-in', () => {
    const addon = startAddon({ now: NOW });
    const summary = loadSample(addon);
    expect(summary.checkIns).toBeGreaterThanOrEqual(30);
    const log = addon.emulator.spreadsheet.getSheetByName('Q4 2026 · Check-ins')!;
    const logValues = log.getDataRange().getValues();
    expect(column(logValues, 'KR id').filter((id) => id !== '')).toHaveLength(summary.checkIns);
    const krs = addon.emulator.spreadsheet.getSheetByName(summary.keyResultsTab)!.getDataRange().getValues();
    const currentById = new Map(column(krs, 'KR id').map((id, i) => [id, column(krs, 'Current')[i]]));
    const latest = sampleCheckIns(new Date('2026-10-01T00:00:00Z'), new Date('2026-12-31T00:00:00Z'), NOW);
    for (const checkIn of latest.slice(-10)) expect(currentById.get(checkIn.krId)).toEqual(checkIn.value);
  });

  it('speaks the user’s language in a German workbook: German tabs, headers and number formats', () => {
    const addon = startAddon({ now: NOW, locale: 'de_DE', userLocale: 'de_DE' });
    const summary = loadSample(addon);
    expect(summary.keyResultsTab).not.toBe('Q4 2026 · Key results');
    const sheet = addon.emulator.spreadsheet.getSheetByName(summary.keyResultsTab)!;
    const display = sheet.getDataRange().getDisplayValues();
    const target = display[0].indexOf('Zielwert');
    expect(target).toBeGreaterThan(0);
    expect(display[1][target]).toBe('1.200.000');
    const progress = column(sheet.getDataRange().getValues(), 'Fortschritt');
    expect(typeof progress[0]).toBe('number');
  });
});

describe('loadSampleDeals', () => {
  it('imports a 5,000-deal Salesforce report as File → Import leaves it in an en_US workbook', () => {
    const addon = startAddon({ now: NOW, timeZone: 'Etc/UTC' });
    const spreadsheet = addon.emulator.spreadsheet;
    const active = spreadsheet.getActiveSheet().getName();
    const summary = loadSampleDeals(addon);
    expect(summary).toEqual({ tab: 'CRM export', format: 'salesforce', rows: SAMPLE_DEALS + 1 + 6, linked: [] });
    expect(spreadsheet.getActiveSheet().getName()).toBe(active);
    const tab = spreadsheet.getSheetByName('CRM export')!;
    const grid = tab.getDataRange().getValues();
    expect(grid.length).toBeGreaterThanOrEqual(5_001);
    const mapping = detectDealColumns(grid);
    expect(mapping.crm).toBe('salesforce');
    expect(mapping.headerRow).toBe(0);
    expect(mapping.problems).toEqual([]);
    // "$45,213.82" became a currency-formatted number, "100%" a percentage, "1/12/2027" a date.
    const amount = mapping.columns.amount!;
    const closeDate = mapping.columns.closeDate!;
    const expected = generateDeals('salesforce', sampleDealOptions(NOW));
    expect(grid[1][amount]).toBe(expected[0].amount);
    expect(tab.getRange(2, amount + 1).getDisplayValue()).toMatch(/^\$[\d,]+\.\d\d$/);
    expect(tab.getRange(2, amount + 1).getNumberFormat()).toContain('#,##0.00');
    expect(grid[1][grid[0].indexOf('Probability (%)')]).toBe(expected[0].probability / 100);
    expect(grid[1][closeDate]).toBeInstanceOf(Date);
    expect((grid[1][closeDate] as Date).toISOString().slice(0, 10)).toBe(expected[0].closed.toISOString().slice(0, 10));
    // The report's footer stays below the data, as text.
    expect(grid[SAMPLE_DEALS + 2][0]).toBe('Opportunities by Owner');
    // The add-on's reader takes every deal from the tab, the footer skipped, nothing to report.
    const table = readDeals(grid);
    expect(table.deals).toHaveLength(SAMPLE_DEALS);
    expect(table.problems).toEqual([]);
    const won = (list: { outcome: string; amount: number | null }[]) =>
      list.filter((d) => d.outcome === 'won').reduce((sum, d) => sum + (d.amount ?? 0), 0);
    expect(won(table.deals)).toBeCloseTo(won(expected), 2);
  });

  it("links three of the sample quarter's key results to their owners' deals, as the Data view does", () => {
    const addon = startAddon({ now: NOW, timeZone: 'Etc/UTC' });
    loadSample(addon);
    const summary = loadSampleDeals(addon);
    expect(summary.linked).toEqual(['KR1.1', 'KR1.2', 'KR1.3']);
    const state = addon.call('getSidebarState', []) as SidebarState;
    const krs = new Map(state.overview?.objectives.flatMap((o) => o.keyResults).map((kr) => [kr.id, kr]));
    // Counted here from the generated deals: Maria Lopez's new business won this quarter.
    const deals = generateDeals('salesforce', sampleDealOptions(NOW));
    const quarter = (d: Date) => d >= new Date(Date.UTC(2026, 9, 1)) && d < new Date(Date.UTC(2027, 0, 1));
    const newBusiness = (owner: string) => deals.filter((d) => d.owner === owner && d.type === 'New Business');
    const won = (owner: string) => newBusiness(owner).filter((d) => d.outcome === 'won' && quarter(d.closed));
    const total = (list: { amount: number }[]) => list.reduce((sum, d) => sum + d.amount, 0);
    expect(krs.get('KR1.1')?.current).toBeCloseTo(total(won('Maria Lopez')), 2);
    expect(krs.get('KR1.2')?.current).toBeCloseTo(total(won('Tom Becker')) / won('Tom Becker').length, 6);
    const open = newBusiness('Maria Lopez').filter((d) => d.outcome === 'open' && quarter(d.closed));
    expect(krs.get('KR1.3')?.current).toBeCloseTo(total(open) / (1_200_000 - total(won('Maria Lopez'))), 6);
    // The quarter has deals of each kind, so the links show something.
    expect(won('Maria Lopez').length).toBeGreaterThan(5);
    expect(open.length).toBeGreaterThan(5);
  });

  it('imports the German HubSpot export in a de_DE workbook, its numbers and dates read in that locale', () => {
    const addon = startAddon({ now: NOW, timeZone: 'Etc/UTC', locale: 'de_DE' });
    const summary = loadSampleDeals(addon, 200);
    expect(summary).toEqual({ tab: 'CRM export', format: 'hubspot-de', rows: 201, linked: [] });
    const grid = addon.emulator.spreadsheet.getSheetByName('CRM export')!.getDataRange().getValues();
    const mapping = detectDealColumns(grid);
    expect(mapping.crm).toBe('hubspot');
    const expected = generateDeals('hubspot-de', sampleDealOptions(NOW, 200));
    expect(grid.slice(1).map((row) => row[mapping.columns.amount!])).toEqual(expected.map((d) => d.amount));
    expect(grid[1][mapping.columns.closeDate!]).toBeInstanceOf(Date);
    expect(readDeals(grid).deals).toHaveLength(200);
  });
});

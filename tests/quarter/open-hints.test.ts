// Opening the sidebar asks the host only for what it does not know: the menu reads the user's
// language choice (it titles the sidebar in it) and hands it to the page with their locale; the
// currency of money key results is a setting the first period records, so the spreadsheet's
// locale is asked for only when neither says it, or when text could be a number either way.
import { afterEach, describe, expect, it } from 'vitest';
import { settingsProblems } from '../../src/core/settings';
import { translate } from '../../src/i18n/index';
import { MENU } from '../../src/i18n/menu';
import { createPeriod, getSidebarState, saveSettings } from '../../src/server/endpoints';
import { showSidebar } from '../../src/server/menu';
import { LANGUAGE_PROPERTY } from '../../src/sheet/settings';
import { newWorkbook, Q1, type Workbook } from './helpers';

let wb: Workbook | undefined;
afterEach(() => wb?.restore());

const asked = (method: string) => wb?.emu.calls.byMethod()[method] ?? 0;

describe('opening the sidebar', () => {
  it('titles the sidebar in the language the user chose and hands the choice to the page', () => {
    wb = newWorkbook('en_US', 'en_US');
    PropertiesService.getUserProperties().setProperty(LANGUAGE_PROPERTY, 'de');
    showSidebar();
    const shown = wb.emu.sidebar();
    expect(shown?.title).toBe(translate(MENU, 'de', 'sidebarTitle'));
    expect(translate(MENU, 'de', 'sidebarTitle')).not.toBe(translate(MENU, 'en', 'sidebarTitle'));
    expect(shown?.content).toContain('data-language="de"');
    expect(shown?.content).toContain('data-locale="en_US"');
  });

  it("says 'auto' to the page when the user chose no language", () => {
    wb = newWorkbook('en_US', 'fr_FR');
    showSidebar();
    expect(wb.emu.sidebar()?.content).toContain('data-language="auto"');
  });

  it('does not read the language choice again when the page passes it', () => {
    wb = newWorkbook('en_US', 'en_US');
    createPeriod({ period: Q1, team: 'EMEA', startFrom: 'empty', language: 'en', currency: 'USD' });
    PropertiesService.getUserProperties().setProperty(LANGUAGE_PROPERTY, 'fr');
    wb.emu.calls.reset();
    const state = getSidebarState('en_US', 'fr');
    expect(asked('Properties.getProperty')).toBe(0);
    expect(state.language).toBe('fr');
    expect(state.languageOverride).toBe('fr');
    // Without the hint it is read, with the same answer.
    wb.emu.calls.reset();
    expect(getSidebarState('en_US').language).toBe('fr');
    expect(asked('Properties.getProperty')).toBeGreaterThan(0);
  });

  it("takes the currency the first period recorded, without asking for the spreadsheet's locale", () => {
    wb = newWorkbook('en_US', 'en_US');
    // The sidebar sends the currency it shows; a German team in a US-locale file chose euros.
    createPeriod({ period: Q1, team: 'EMEA', startFrom: 'examples', language: 'en', currency: 'EUR' });
    wb.emu.calls.reset();
    const state = getSidebarState('en_US', 'auto');
    expect(state.currency).toBe('EUR');
    expect(state.settings.currency).toBe('EUR');
    expect(asked('Spreadsheet.getSpreadsheetLocale')).toBe(0);
    expect(state.overview?.objectives.length).toBeGreaterThan(0);
  });

  it("falls back to the spreadsheet locale's currency when none was recorded", () => {
    wb = newWorkbook('de_DE', 'en_US');
    createPeriod({ period: Q1, team: 'EMEA', startFrom: 'examples', language: 'en' });
    wb.emu.calls.reset();
    const state = getSidebarState('en_US', 'auto');
    expect(state.currency).toBe('EUR');
    expect(state.settings.currency).toBeUndefined();
    expect(asked('Spreadsheet.getSpreadsheetLocale')).toBe(1);
  });

  it('sends the sidebar afresh when the currency changes in the settings', () => {
    wb = newWorkbook('en_US', 'en_US');
    createPeriod({ period: Q1, team: 'EMEA', startFrom: 'examples', language: 'en', currency: 'USD' });
    const settings = getSidebarState('en_US', 'auto').settings;
    const saved = saveSettings({ ...settings, currency: 'GBP' });
    expect(saved.settings.currency).toBe('GBP');
    expect(saved.state?.currency).toBe('GBP');
    // A later period keeps the chosen currency, whatever the sidebar sends.
    createPeriod({
      period: { ...Q1, quarter: 2 },
      team: 'EMEA',
      startFrom: 'empty',
      language: 'en',
      currency: 'USD',
    });
    expect(getSidebarState('en_US', 'auto').currency).toBe('GBP');
  });

  it('refuses a currency that is not an ISO 4217 code', () => {
    const base = { yellowFrom: 0.4, greenFrom: 0.7, atRiskGap: 0.1, offTrackGap: 0.25, cap: 1 };
    const settings = { ...base, language: 'auto', fiscalYearStartMonth: 1 };
    expect(settingsProblems({ ...settings, currency: 'usd' })).toEqual([
      { code: 'range', field: 'currency', min: 0, max: 0 },
    ]);
    expect(settingsProblems({ ...settings, currency: 'CZK' })).toEqual([]);
    expect(settingsProblems(settings)).toEqual([]);
  });
});

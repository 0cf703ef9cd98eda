// Where the shared settings live: in the add-on's metadata on the spreadsheet, found by the same
// query as its tabs, so that an action reads them without a request of their own. Workbooks whose
// settings earlier versions kept in the document's properties keep them.
import { afterEach, describe, expect, it } from 'vitest';
import {
  closePeriod,
  createPeriod,
  getSettings,
  getSidebarState,
  recordCheckIn,
  saveSettings,
} from '../../src/server/endpoints';
import { SETTINGS_PROPERTY } from '../../src/sheet/settings';
import { newWorkbook, Q1, settingsWith, type Workbook } from './helpers';

let wb: Workbook | undefined;
afterEach(() => wb?.restore());

const EMPTY_Q1 = { period: Q1, team: 'EMEA', startFrom: 'empty' as const, language: 'en' as const };

/** The metadata entries on the spreadsheet itself. */
const spreadsheetMetadata = (w: Workbook) => w.emu.snapshot().metadata as { key: string; value: string }[];

/** The document property reads an action made. */
function propertyReads(w: Workbook, action: () => unknown): number {
  const mark = w.emu.calls.mark();
  action();
  return w.emu.calls.since(mark).byMethod['Properties.getProperty'] ?? 0;
}

describe('shared settings', () => {
  it('are saved on the spreadsheet, not in the document properties, and read back', () => {
    wb = newWorkbook();
    saveSettings(settingsWith({ yellowFrom: 0.35, greenFrom: 0.8, cap: 1.2 }));
    expect(wb.emu.snapshot().documentProperties).toEqual({});
    const entry = spreadsheetMetadata(wb).find((m) => m.key === 'okr.tab');
    expect(JSON.parse(entry?.value ?? '{}')).toMatchObject({
      role: 'settings',
      settings: { yellowFrom: 0.35, greenFrom: 0.8, cap: 1.2 },
    });
    expect(getSettings()).toMatchObject({ yellowFrom: 0.35, greenFrom: 0.8, cap: 1.2 });
    // Saving again changes the one entry.
    saveSettings(settingsWith({ yellowFrom: 0.3, greenFrom: 0.8, cap: 1.2 }));
    const entries = spreadsheetMetadata(wb).filter((m) => m.key === 'okr.tab');
    expect(entries).toHaveLength(1);
    expect(getSettings().yellowFrom).toBe(0.3);
  });

  it('cost the write actions no request of their own once saved or recorded by a period', () => {
    wb = newWorkbook();
    const w = wb;
    // A new workbook: nothing saved yet, so the first period asks the document's properties once.
    expect(propertyReads(w, () => createPeriod({ ...EMPTY_Q1, startFrom: 'examples' }))).toBe(1);
    // The period's key results tab recorded the settings it was made with.
    expect(
      propertyReads(w, () =>
        recordCheckIn({ periodLabel: 'Q1 2027', krId: 'O1.1', value: 1, confidence: 7, note: '', who: '' }),
      ),
    ).toBe(0);
    expect(propertyReads(w, () => closePeriod({ label: 'Q1 2027', date: '2027-03-31', language: 'en' }))).toBe(0);
  });

  it('come from the document properties where an earlier version kept them, until saved anew', () => {
    wb = newWorkbook();
    const earlier = { yellowFrom: 0.45, greenFrom: 0.75, cap: 1, atRiskGap: 0.1, offTrackGap: 0.25 };
    wb.emu.globals.PropertiesService.getDocumentProperties().setProperty(SETTINGS_PROPERTY, JSON.stringify(earlier));
    expect(getSidebarState().settings).toMatchObject({ yellowFrom: 0.45, greenFrom: 0.75 });
    createPeriod({ ...EMPTY_Q1, startFrom: 'examples' });
    // The new period recorded them: a review graded later uses them without asking the properties.
    wb.emu.globals.PropertiesService.getDocumentProperties().deleteProperty(SETTINGS_PROPERTY);
    const closed = closePeriod({ label: 'Q1 2027', date: '2027-03-31', language: 'en' });
    expect(closed.review).toBe('Q1 2027 · Review');
    expect(getSettings()).toMatchObject({ yellowFrom: 0.45, greenFrom: 0.75 });
    // Saved settings win over what a period recorded.
    saveSettings(settingsWith({ yellowFrom: 0.5, greenFrom: 0.9 }));
    expect(getSidebarState().settings).toMatchObject({ yellowFrom: 0.5, greenFrom: 0.9 });
  });
});

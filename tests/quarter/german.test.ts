import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closePeriod, createPeriodWith, recordCheckIn } from '../../src/sheet/periods';
import { readPeriod } from '../../src/sheet/read';
import { DASHBOARD } from '../../src/tabs/templates';
import {
  addDealsTab,
  displayOf,
  newWorkbook,
  request,
  SETTINGS,
  sampleKeyResults,
  valuesOf,
  type Workbook,
} from './helpers';

const KR = 'Q1 2027 · Schlüsselergebnisse';
const DASH = 'Q1 2027 · Übersicht';

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook('de_DE', 'de');
  addDealsTab(wb.ss);
  createPeriodWith(wb.ss, request({ language: 'de' }), sampleKeyResults(), SETTINGS);
});
afterEach(() => wb.restore());

describe('a German workbook', () => {
  it('has German tab names, headers, drop-downs and status words, and the same scores', () => {
    expect(wb.ss.getSheets().map((s) => s.getName())).toEqual([
      'Tabellenblatt1',
      'Deals',
      KR,
      'Q1 2027 · Check-ins',
      DASH,
    ]);
    const header = valuesOf(wb.ss, KR, 'A1:U1')[0];
    expect(header.slice(0, 4)).toEqual(['KR-ID', 'Ziel-ID', 'Ziel', 'Schlüsselergebnis']);
    expect(header.slice(17)).toEqual(['Fortschritt', 'Erwarteter Fortschritt', 'Status', 'Zielbewertung']);
    expect(valuesOf(wb.ss, KR, 'H2:H3').flat()).toEqual(['Steigern', 'Senken']);
    expect(valuesOf(wb.ss, KR, 'T2:T8').flat()).toEqual([
      'Im Plan',
      'Im Plan',
      'Erledigt',
      'Erledigt',
      'Nicht im Plan',
      'Gefährdet',
      'Nicht im Plan',
    ]);
    expect(valuesOf(wb.ss, DASH, 'H4:I7')).toEqual([
      ['Erledigt', 2],
      ['Im Plan', 2],
      ['Gefährdet', 1],
      ['Nicht im Plan', 2],
    ]);
    // Display values follow the German locale: decimal comma, dot for thousands.
    expect(displayOf(wb.ss, DASH, `B${DASHBOARD.overallRow}`)[0][0]).toBe('0,51');
    expect(displayOf(wb.ss, KR, 'K2')[0][0]).toBe('500.000');
    expect(displayOf(wb.ss, KR, 'U4')[0][0]).toMatch(/^0,7[78]$/);
    expect(displayOf(wb.ss, DASH, 'A3:A5').flat()).toEqual(['Periodenbeginn', 'Periodenende', 'Stichtag']);
  });

  it('reads German tabs and parses German number text in check-ins', () => {
    const result = recordCheckIn(
      wb.ss,
      { periodLabel: 'Q1 2027', krId: 'O1.1', value: '450.000', confidence: 7, note: 'Gut', who: 'Ana' },
      SETTINGS,
      new Date('2027-02-15T09:00:00Z'),
      ',',
    );
    expect(result.value).toBe(450000);
    const data = readPeriod(wb.ss, 'Q1 2027', ',')!;
    expect(data.language).toBe('de');
    expect(data.readIssues).toEqual([]);
    expect(data.keyResults.find((kr) => kr.id === 'O1.1')).toMatchObject({
      current: 450000,
      kind: 'increase',
      weight: 2,
    });
    expect(data.checkIns).toHaveLength(1);
    expect(valuesOf(wb.ss, KR, 'R2')[0][0]).toBeCloseTo(0.9);
    // "462.500" needs the hint: with it, the point groups thousands; without it, it is refused.
    const checkIn = (value: string, decimal?: '.' | ',') =>
      recordCheckIn(
        wb.ss,
        { periodLabel: 'Q1 2027', krId: 'O1.1', value, confidence: null, note: '', who: 'Ana' },
        SETTINGS,
        new Date('2027-02-16T09:00:00Z'),
        decimal,
      );
    expect(() => checkIn('462.500')).toThrow(/“462.500” is not a value for O1.1/);
    expect(checkIn('462.500', ',')).toMatchObject({ value: 462500, progress: expect.closeTo(0.925) });
    expect(valuesOf(wb.ss, KR, 'L2')[0][0]).toBe(462500);
  });

  it('reads value cells as the sheet’s functions do, and confidence with the decimal hint', () => {
    const sheet = wb.ss.getSheetByName(KR)!;
    // Text cells (an apostrophe keeps them text): "1.500" could be 1500 or 1.5 to KR_PROGRESS, so
    // the reader does not settle it with the German hint either; confidence "7,250" it does.
    sheet.getRange('L8').setValue("'1.500");
    sheet.getRange('N8').setValue("'7,250");
    wb.ss
      .getSheetByName('Q1 2027 · Check-ins')!
      .getRange('A2:D2')
      .setValues([['2027-02-01', 'O3.2', "'1.500", "'7,250"]]);
    expect(valuesOf(wb.ss, KR, 'R8')[0][0]).toBe(
      '⚠ current „1.500“ kann zwei Zahlen bedeuten. Lassen Sie das Tausendertrennzeichen weg.',
    );
    const data = readPeriod(wb.ss, 'Q1 2027', ',')!;
    const o32 = data.keyResults.find((kr) => kr.id === 'O3.2')!;
    expect(o32.current).toBeNull();
    expect(o32.unreadable?.current).toEqual({ code: 'ambiguousNumber', text: '1.500' });
    expect(o32.confidence).toBeCloseTo(0.725);
    expect(data.checkIns).toEqual([expect.objectContaining({ krId: 'O3.2', value: null })]);
    expect(data.checkIns[0].confidence).toBeCloseTo(0.725);
    expect(data.readIssues.map((issue) => [issue.cell, issue.code])).toEqual([
      [`'${KR}'!L8`, 'ambiguousNumber'],
      ["'Q1 2027 · Check-ins'!C2", 'ambiguousNumber'],
    ]);
    // Without the hint the confidence is ambiguous too (and reported); the values read the same.
    const plain = readPeriod(wb.ss, 'Q1 2027')!;
    expect(plain.keyResults.find((kr) => kr.id === 'O3.2')).toMatchObject({ current: null, confidence: null });
    expect(plain.readIssues.map((issue) => issue.cell)).toContain(`'${KR}'!N8`);
    // The KR counts 0 in O3, on the sheet as in the reader: (0.3 + 0) / 2.
    expect(valuesOf(wb.ss, KR, 'U8')[0][0]).toBeCloseTo(0.15);
  });

  it('closes into a German review with German grades and decisions', () => {
    closePeriod(wb.ss, { label: 'Q1 2027', date: '2027-03-31' }, SETTINGS);
    const review = wb.ss.getSheetByName('Q1 2027 · Rückblick')!;
    const values = review.getDataRange().getValues();
    expect(values[3]).toContain('Entscheidung');
    const o11 = values.find((line) => line[0] === 'O1.1')!;
    expect(o11).toContain('grün');
    expect(o11).toContain('Übernehmen');
    expect(values.flat()).toContain('Was gut lief');
  });
});

describe('an Arabic workbook', () => {
  it('gets right-to-left tabs with Arabic names and headers', () => {
    const ar = newWorkbook('ar_EG', 'ar');
    try {
      createPeriodWith(ar.ss, request({ language: 'ar' }), sampleKeyResults().slice(0, 3), SETTINGS);
      const sheets = ar.emu.snapshot().sheets.filter((s) => s.name.startsWith('Q1 2027'));
      expect(sheets.map((s) => s.name)).toEqual([
        'Q1 2027 · النتائج الرئيسية',
        'Q1 2027 · تحديثات التقدّم',
        'Q1 2027 · لوحة المتابعة',
      ]);
      expect(sheets.every((s) => s.rightToLeft)).toBe(true);
      expect(valuesOf(ar.ss, 'Q1 2027 · النتائج الرئيسية', 'A1:D1')[0]).toEqual([
        'معرّف النتيجة',
        'معرّف الهدف',
        'الهدف',
        'النتيجة الرئيسية',
      ]);
      expect(valuesOf(ar.ss, 'Q1 2027 · النتائج الرئيسية', 'R2')[0][0]).toBeCloseTo(0.8);
    } finally {
      ar.restore();
    }
  });
});

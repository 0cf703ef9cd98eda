// The endpoints as the sidebar calls them: plain JSON in and out, errors in the user's language.
import { afterEach, describe, expect, it } from 'vitest';
import {
  closePeriod,
  createPeriod,
  listPeriods,
  openPeriodTab,
  recordCheckIn,
  saveSettings,
} from '../../src/server/endpoints';
import { readPeriod } from '../../src/sheet/read';
import { settingRow } from '../../src/tabs/writer';
import { newWorkbook, Q1, settingsWith, valuesOf, type Workbook } from './helpers';

let wb: Workbook | undefined;
afterEach(() => wb?.restore());

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('period endpoints', () => {
  it('create, list, check in and close with plain JSON', () => {
    wb = newWorkbook();
    const created = createPeriod(
      json({ period: Q1, team: 'EMEA', startFrom: 'examples' as const, language: 'en' as const }),
    );
    expect(json(created)).toEqual(created);
    const periods = listPeriods();
    expect(periods).toEqual([
      {
        period: { label: 'Q1 2027', kind: 'quarter', start: '2027-01-01', end: '2027-03-31' },
        team: 'EMEA',
        tabs: created.tabs,
        closed: false,
      },
    ]);
    expect(json(periods)).toEqual(periods);
    const checkIn = recordCheckIn(
      json({
        periodLabel: 'Q1 2027',
        krId: 'O1.1',
        value: '250,000',
        confidence: 6,
        note: 'ok',
        who: 'Ana',
        date: '2027-02-01',
      }),
    );
    expect(checkIn).toMatchObject({ krId: 'O1.1', value: 250000, row: 2, linked: false, message: '' });
    const closed = closePeriod(json({ label: 'Q1 2027', date: '2027-03-31' }));
    expect(closed.review).toBe('Q1 2027 · Review');
    expect(json(closed)).toEqual(closed);
    // Flags reach the sidebar as texts in the user's language.
    expect(closed.flags.every((flag) => typeof flag === 'string')).toBe(true);
    expect(listPeriods()[0].closed).toBe(true);
    expect(openPeriodTab('Q1 2027', 'dashboard')).toBe(true);
    expect(wb.ss.getActiveSheet().getName()).toBe('Q1 2027 · Dashboard');
    expect(openPeriodTab('Q4 2031')).toBe(false);
  });

  it('says in the user’s language that a linked current value was left alone', () => {
    wb = newWorkbook('en_US', 'de');
    createPeriod({ period: Q1, team: '', startFrom: 'examples', language: 'en' });
    const tab = 'Q1 2027 · Key results';
    const id = valuesOf(wb.ss, tab, 'A2')[0][0] as string;
    wb.ss.getSheetByName(tab)!.getRange('L2').setFormula('=1+1');
    const result = recordCheckIn({ periodLabel: 'Q1 2027', krId: id, value: 5, confidence: null, note: '', who: '' });
    expect(result.linked).toBe(true);
    expect(result.message).toBe(
      `Der aktuelle Wert von ${id} kommt aus einer Formel (Datenquelle) und bleibt daher unverändert; der Check-in wurde protokolliert.`,
    );
    expect(wb.ss.getSheetByName(tab)!.getRange('L2').getFormula()).toBe('=1+1');
  });

  it('load the saved settings: new periods start with them, reviews keep them', () => {
    wb = newWorkbook();
    saveSettings(settingsWith({ yellowFrom: 0.3, greenFrom: 0.6, cap: 1.5 }));
    createPeriod({ period: Q1, team: '', startFrom: 'examples', language: 'en' });
    const dash = 'Q1 2027 · Dashboard';
    expect(
      (['yellowFrom', 'greenFrom', 'cap'] as const).map((id) => valuesOf(wb!.ss, dash, `B${settingRow(id)}`)[0][0]),
    ).toEqual([0.3, 0.6, 1.5]);
    closePeriod({ label: 'Q1 2027', date: '2027-03-31' });
    expect(readPeriod(wb.ss, 'Q1 2027')!.closedWith?.settings).toMatchObject({
      yellowFrom: 0.3,
      greenFrom: 0.6,
      cap: 1.5,
    });
  });

  it('throws plain Errors with messages in the user’s language', () => {
    wb = newWorkbook('de_DE', 'de');
    createPeriod({ period: Q1, team: '', startFrom: 'empty', language: 'de' });
    let error: unknown;
    try {
      createPeriod({ period: Q1, team: '', startFrom: 'empty', language: 'de' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      'Das Tabellenblatt „Q1 2027 · Schlüsselergebnisse“ gibt es schon: Der Zeitraum „Q1 2027“ ist bereits angelegt, daher wurde nichts erstellt. Öffnen Sie ihn, um mit diesem Zeitraum weiterzuarbeiten.',
    );
    expect(() => closePeriod({ label: 'Q3 2031' })).toThrow('Den Zeitraum „Q3 2031“ gibt es in dieser Tabelle nicht.');
    expect(() =>
      recordCheckIn({ periodLabel: 'Q1 2027', krId: 'X', value: 1, confidence: null, note: '', who: '' }),
    ).toThrow('Im Zeitraum „Q1 2027“ gibt es kein Schlüsselergebnis „X“.');
  });

  it('reports an unexpected failure as undone, in the user’s language', () => {
    wb = newWorkbook('en_US', 'fr');
    wb.emu.failAt(40, new Error('Service unavailable'));
    expect(() => createPeriod({ period: Q1, team: '', startFrom: 'empty', language: 'fr' })).toThrow(
      'L’opération a échoué et tout ce qu’elle avait créé a été supprimé : Service unavailable',
    );
    expect(listPeriods()).toEqual([]);
  });
});

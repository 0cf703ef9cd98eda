// A sample of the hostile corpus through the emulated workbook: the values are typed into cells,
// the custom functions are called by formulas and evaluated by the formula engine they are
// registered in, and what the cells then show is counted like the direct calls.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index';
import * as functions from '../../src/functions/customFunctions';
import { classify, MAX_MESSAGE, newTally, summary } from './functions.check';
import { CORPUS, LONG_TEXT } from './functions.corpus';

const COLUMNS = 'ABCDEF';

/** Cases whose arguments are single cells a sheet can hold (no ranges, no NaN or Infinity). */
const sample = CORPUS.filter(
  (c) =>
    c.args.length <= COLUMNS.length &&
    c.args.every(
      (a) =>
        !Array.isArray(a) &&
        a !== undefined &&
        a !== null &&
        (typeof a !== 'number' || Number.isFinite(a)) &&
        !(a instanceof Date && Number.isNaN(a.getTime())) &&
        (typeof a !== 'string' || a.length <= 5000),
    ),
).filter((_, i) => i % 6 === 0);

describe('the hostile corpus in the emulated workbook', () => {
  it('shows only finite numbers, words and clear messages', () => {
    const emu = createEmulator({ customFunctions: { ...functions }, timeZone: 'Etc/UTC', locale: 'en_US' });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.setName('Hostile');
    const tally = newTally();
    const note = (what: string) => {
      if (tally.examples.length < 20) tally.examples.push(what);
    };
    sample.forEach((c, i) => {
      const row = i + 1;
      c.args.forEach((a, col) => {
        sheet.getRange(`${COLUMNS[col]}${row}`).setValue(a);
      });
      const refs = c.args.map((_, col) => `${COLUMNS[col]}${row}`).join(',');
      sheet.getRange(`H${row}`).setFormula(`=${c.fn}(${refs})`);
      const shown = sheet.getRange(`H${row}`).getValue();
      if (typeof shown === 'number') {
        if (!Number.isFinite(shown)) {
          tally.nonFinite++;
          note(`${c.name}: ${shown}`);
        }
      } else if (typeof shown === 'string' && shown.startsWith('#')) {
        const message = emu.errorMessage(`Hostile!H${row}`) ?? '';
        const prefix = `${c.fn}: `;
        if (shown !== '#ERROR!' || !message.startsWith(prefix)) {
          tally.uncaught++;
          note(`${c.name}: ${shown} ${message.slice(0, 120)}`);
        } else if (message.length > MAX_MESSAGE + prefix.length || !classify(message.slice(prefix.length))) {
          tally.unclear++;
          note(`${c.name}: ${message.slice(0, 120)}`);
        }
      } else if (typeof shown === 'string' && shown.startsWith('⚠ ')) {
        if (!classify(shown.slice(2))) {
          tally.unclear++;
          note(`${c.name}: ${shown}`);
        }
      }
    });
    console.log(`${sample.length} hostile inputs in the workbook: ${summary(tally)}`);
    expect(sample.length).toBeGreaterThanOrEqual(50);
    expect(tally.examples).toEqual([]);
    expect(summary(tally)).toBe('0 uncaught, 0 non-finite, 0 unclear');
  });

  it('reports text too large for a number in the template’s columns, in the tab’s language', () => {
    const emu = createEmulator({ customFunctions: { ...functions }, timeZone: 'Etc/UTC', locale: 'de_DE' });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange('A1:C3').setValues([
      ['1e400', 100, 0],
      [50, 100, 0],
      [LONG_TEXT.slice(0, 3000), 100, 0],
    ]);
    sheet.getRange('E1').setFormula('=KR_PROGRESS(A1:A3,B1:B3,C1:C3,,,"de")');
    expect(sheet.getRange('E1:E3').getValues().flat()).toEqual([
      '⚠ current „1e400“ ist zu groß. Geben Sie eine Zahl innerhalb ±1e308 ein.',
      0.5,
      `⚠ current „${'x'.repeat(37)}…“ ist keine Zahl. Geben Sie z. B. 1,5 oder 19 % ein.`,
    ]);
  });
});

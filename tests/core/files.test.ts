// The file id of a pasted Google Sheets address or bare id, for the IMPORTRANGE formulas the
// add-on writes; and a specific reason when the text names no spreadsheet.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index';
import { sheetsFileId, sheetsUrl } from '../../src/core/files';

const ID = '1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms';

describe('a Google Sheets address', () => {
  it('gives its file id, whatever follows the id', () => {
    for (const address of [
      `https://docs.google.com/spreadsheets/d/${ID}/edit`,
      `https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`,
      `https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`,
      `https://docs.google.com/spreadsheets/d/${ID}/edit?gid=1234#gid=1234`,
      `https://docs.google.com/spreadsheets/d/${ID}`,
      `https://docs.google.com/spreadsheets/d/${ID}/`,
      `https://docs.google.com/spreadsheets/d/${ID}/view`,
      `https://docs.google.com/spreadsheets/d/${ID}/htmlview`,
      `https://docs.google.com/spreadsheets/u/1/d/${ID}/edit`,
      `http://docs.google.com/spreadsheets/d/${ID}/edit`,
      `docs.google.com/spreadsheets/d/${ID}/edit`,
      `HTTPS://DOCS.GOOGLE.COM/spreadsheets/d/${ID}/edit`,
      `  <https://docs.google.com/spreadsheets/d/${ID}/edit>  `,
      `"https://docs.google.com/spreadsheets/d/${ID}/edit"`,
      `https://docs.google.com/spreadsheet/ccc?key=${ID}#gid=0`,
      `https://spreadsheets.google.com/ccc?key=${ID}&hl=en`,
    ]) {
      expect(sheetsFileId(address), address).toEqual({ ok: true, id: ID, url: sheetsUrl(ID) });
    }
  });

  it('gives the address Sheets shows for an id', () => {
    expect(sheetsUrl(ID)).toBe(`https://docs.google.com/spreadsheets/d/${ID}/edit`);
  });
});

describe('a bare id', () => {
  it('is taken as it is, spaces and zero-width characters around it dropped', () => {
    expect(sheetsFileId(ID)).toEqual({ ok: true, id: ID, url: sheetsUrl(ID) });
    expect(sheetsFileId(`\u200B ${ID}\n`)).toEqual({ ok: true, id: ID, url: sheetsUrl(ID) });
  });

  it('round-trips through its address for any id of letters, digits, - and _', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{25,60}$/);
    fc.assert(
      fc.property(id, (value) => {
        const direct = sheetsFileId(value);
        const viaUrl = sheetsFileId(`${sheetsUrl(value)}#gid=0`);
        return direct.ok && viaUrl.ok && direct.id === value && viaUrl.id === value;
      }),
    );
  });

  it('of the emulated spreadsheets works, by id and by address', () => {
    const team = createEmulator().createSpreadsheet();
    expect(sheetsFileId(team.getId())).toMatchObject({ ok: true, id: team.getId() });
    expect(sheetsFileId(team.getUrl())).toMatchObject({ ok: true, id: team.getId() });
  });
});

describe('text that names no spreadsheet', () => {
  const problem = (text: unknown) => {
    const result = sheetsFileId(text);
    return result.ok ? 'ok' : result.problem;
  };

  it('says why, specifically', () => {
    expect(problem('')).toBe('empty');
    expect(problem('   ')).toBe('empty');
    expect(problem(null)).toBe('empty');
    expect(problem(`https://docs.google.com/document/d/${ID}/edit`)).toBe('otherGoogleFile');
    expect(problem(`https://docs.google.com/presentation/d/${ID}/edit`)).toBe('otherGoogleFile');
    expect(problem(`https://docs.google.com/forms/d/${ID}/edit`)).toBe('otherGoogleFile');
    expect(problem('https://docs.google.com/spreadsheets/d/e/2PACX-1vQ0000000000000000000000000/pubhtml')).toBe(
      'publishedAddress',
    );
    expect(problem(`https://drive.google.com/file/d/${ID}/view`)).toBe('driveAddress');
    expect(problem(`https://drive.google.com/open?id=${ID}`)).toBe('driveAddress');
    expect(problem(`https://example.com/spreadsheets/d/${ID}/edit`)).toBe('notSheets');
    expect(problem('https://docs.google.com/spreadsheets/d/short/edit')).toBe('notAnId');
    expect(problem('https://docs.google.com/spreadsheets/')).toBe('notSheets');
    expect(problem('Team A workbook')).toBe('notAnId');
    expect(problem('team.okr')).toBe('notAnId');
    expect(problem('abcd123abcd123')).toBe('notAnId');
    expect(problem(`${ID}!`)).toBe('notAnId');
  });

  it('keeps a short form of the text for the message', () => {
    const long = `https://example.com/${'x'.repeat(80)}`;
    const result = sheetsFileId(long);
    expect(result).toEqual({ ok: false, problem: 'notSheets', text: `${long.slice(0, 37)}…` });
  });
});

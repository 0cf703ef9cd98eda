// The CSV reader: RFC 4180 quoting, the byte-order mark and `;` exports, and a round trip with the
// writer for any cells.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCsv, rectangular, sniffDelimiter, toCsv } from '../../src/core/deals/csv';

describe('parseCsv', () => {
  test('quoted cells with delimiters, doubled quotes and line breaks inside', () => {
    const text = 'Name,Note,Amount\r\n"Acme, Inc.","He said ""yes""\nthen left","$1,234"\r\nGlobex,,5\r\n';
    expect(parseCsv(text)).toEqual({
      rows: [
        ['Name', 'Note', 'Amount'],
        ['Acme, Inc.', 'He said "yes"\nthen left', '$1,234'],
        ['Globex', '', '5'],
      ],
      delimiter: ',',
    });
  });

  test('a byte-order mark is dropped and `;` is sniffed from the header line', () => {
    const text = '\uFEFFDeal-Name;Betrag;Abschlussdatum\nA;1.234,50;15.01.2027\nB;"7,5";16.01.2027';
    const parsed = parseCsv(text);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows).toEqual([
      ['Deal-Name', 'Betrag', 'Abschlussdatum'],
      ['A', '1.234,50', '15.01.2027'],
      ['B', '7,5', '16.01.2027'],
    ]);
  });

  test('sniffing ignores delimiters inside quotes; tabs are recognised', () => {
    expect(sniffDelimiter('"a;b;c;d",x,y\n')).toBe(',');
    expect(sniffDelimiter('a\tb\tc\n1,2\t3\t4')).toBe('\t');
    expect(sniffDelimiter('')).toBe(',');
  });

  test('lone CR line ends, a last line without a break, and an empty text', () => {
    expect(parseCsv('a,b\rc,d').rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('').rows).toEqual([]);
    expect(parseCsv('\n').rows).toEqual([['']]);
  });

  test('rectangular pads short rows (a report footer) to the widest row', () => {
    expect(rectangular([['a', 'b', 'c'], ['Total']])).toEqual([
      ['a', 'b', 'c'],
      ['Total', '', ''],
    ]);
  });

  test('writing and reading back gives the same cells, for any text and delimiter', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r\n', '€', '1', '\t') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(',' as const, ';' as const),
        fc.boolean(),
        (rows, delimiter, quoteAll) => {
          expect(parseCsv(toCsv(rows, delimiter, quoteAll), delimiter).rows).toEqual(rows);
        },
      ),
    );
  });
});

// The export generator: the same seed gives the same export; 5,000 deals by default with a mix of
// outcomes, owners and dates around 2027 Q1; each format written as its CRM writes it.
import { describe, expect, test } from 'vitest';
import { EXPORT_FORMATS, generateExport } from '../../playground/deals';

describe.each(EXPORT_FORMATS)('%s', (format) => {
  const generated = generateExport(format);

  test('is deterministic and holds 5,000 deals by default', () => {
    expect(generateExport(format).csv).toBe(generated.csv);
    expect(generateExport(format, { seed: 2 }).csv).not.toBe(generated.csv);
    expect(generated.deals).toHaveLength(5_000);
  });

  test('mixes outcomes, owners and a year of dates around 2027 Q1', () => {
    const count = (o: string) => generated.deals.filter((d) => d.outcome === o).length;
    for (const outcome of ['won', 'lost', 'open']) expect(count(outcome)).toBeGreaterThan(500);
    expect(new Set(generated.deals.map((d) => d.owner)).size).toBe(8);
    const created = generated.deals.map((d) => d.created.getTime());
    expect(new Date(Math.min(...created)).toISOString().slice(0, 7)).toBe('2026-04');
    expect(new Date(Math.max(...created)).toISOString().slice(0, 10)).toBe('2027-03-15');
    expect(generated.deals.every((d) => d.closed >= d.created)).toBe(true);
  });
});

test('each format as its CRM writes it', () => {
  const sf = generateExport('salesforce', { rows: 3 }).csv;
  expect(sf.split('\r\n')[0]).toMatch(/^"Opportunity Owner","Account Name",/);
  expect(sf).toMatch(/,"\$\d{1,3}(,\d{3})*(\.\d\d)?",/);
  expect(sf).toContain('"Confidential Information - Do Not Distribute"');
  const hs = generateExport('hubspot-de', { rows: 3 }).csv;
  expect(hs.startsWith('\uFEFFDatensatz-ID;Deal-Name;Deal-Phase;Betrag;Abschlussdatum;')).toBe(true);
  expect(hs).toMatch(/;\d{1,3}(\.\d{3})*,\d\d;\d\d\.\d\d\.2\d{3};/);
  const pd = generateExport('pipedrive', { rows: 3 }).csv;
  expect(pd.split('\r\n')[0]).toContain('Deal - Value,Deal - Currency of value');
  expect(pd).toMatch(/,(Won|Lost|Open),/);
  const close = generateExport('close', { rows: 3 }).csv;
  expect(close).toMatch(/,(won|lost|active),/);
  expect(close).toMatch(/T\d\d:\d\d:\d\d\.\d{6}\+00:00/);
  const dyn = generateExport('dynamics', { rows: 3 }).csv;
  expect(dyn.split('\r\n')[0]).toMatch(/^\(Do Not Modify\) Opportunity,/);
  expect(dyn.split('\r\n')[1]).toMatch(/,4\d{4},/);
});

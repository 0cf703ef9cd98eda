// Header detection: each CRM's labels and API names in English, German and French, loose
// matching, a header row below a title, the CRM guessed, and the problems of a tab that is empty,
// not an export, or lacks the amount or close date.
import { describe, expect, test } from 'vitest';
import { EXPORT_FORMATS, generateExport } from '../../playground/deals';
import { parseCsv } from '../../src/core/deals/csv';
import { detectDealColumns, fieldOfHeader, normalizeLabel } from '../../src/core/deals/headers';
import { dealProblemText } from '../../src/core/deals/table';
import { LANGUAGES } from '../../src/core/types';

const field = (header: string) => fieldOfHeader(header)?.field;

describe('labels', () => {
  test.each([
    // Salesforce, display and API names
    ['Opportunity Owner', 'owner'],
    ['Opportunity Name', 'name'],
    ['StageName', 'stage'],
    ['Amount', 'amount'],
    ['Total Amount', 'amount'],
    ['Probability (%)', 'probability'],
    ['Close Date', 'closeDate'],
    ['CloseDate', 'closeDate'],
    ['Created Date', 'created'],
    ['Lead Source', 'source'],
    // HubSpot, English, German, French, internal names
    ['Record ID', 'id'],
    ['Deal Stage', 'stage'],
    ['dealstage', 'stage'],
    ['closedate', 'closeDate'],
    ['Create Date', 'created'],
    ['Associated Company', 'account'],
    ['Betrag', 'amount'],
    ['Betrag in Firmenwährung', 'amount'],
    ['Abschlussdatum', 'closeDate'],
    ['Deal-Phase', 'stage'],
    ['Deal-Inhaber', 'owner'],
    ['Erstellungsdatum', 'created'],
    ['Montant', 'amount'],
    ['Date de fermeture', 'closeDate'],
    ['Date de clôture', 'closeDate'],
    ['Propriétaire de la transaction', 'owner'],
    ['Étape de la transaction', 'stage'],
    // Pipedrive
    ['Deal - Value', 'amount'],
    ['Deal - Deal value', 'amount'],
    ['Deal - Currency of value', 'currency'],
    ['Deal - Status', 'status'],
    ['Deal - Expected close date', 'closeDate'],
    ['Deal - Won time', 'wonDate'],
    ['Deal - Lost time', 'lostDate'],
    ['Deal - Deal created', 'created'],
    ['Deal - Title', 'name'],
    ['Organization', 'account'],
    // Zoho
    ['Deal Owner', 'owner'],
    ['Closing Date', 'closeDate'],
    ['Created Time', 'created'],
    // Dynamics 365
    ['Topic', 'name'],
    ['Potential Customer', 'account'],
    ['Est. Close Date', 'closeDate'],
    ['Est. Revenue', 'amount'],
    ['Actual Revenue', 'actualAmount'],
    ['Actual Close Date', 'actualCloseDate'],
    ['Status', 'status'],
    // Close
    ['value', 'amount'],
    ['date_won', 'closeDate'],
    ['status_type', 'status'],
    ['status_label', 'stage'],
    ['value_currency', 'currency'],
    ['confidence', 'probability'],
    ['user_name', 'owner'],
    ['lead_name', 'account'],
    ['date_created', 'created'],
  ])('%s → %s', (header, expected) => {
    expect(field(header)).toBe(expected);
  });

  test('matching ignores case, accents, spaces and punctuation', () => {
    expect(normalizeLabel('  CLOSE_date ')).toBe('close date');
    expect(normalizeLabel('Date de Clôture')).toBe('date de cloture');
    expect(field('close-date')).toBe('closeDate');
    expect(field('BETRAG IN FIRMENWAEHRUNG')).toBeUndefined();
    expect(field('Betrag (EUR)')).toBe('amount');
    expect(field('Status Reason')).toBeUndefined();
    expect(field('Expected Revenue')).toBeUndefined();
    expect(field('')).toBeUndefined();
  });
});

describe('detectDealColumns', () => {
  test.each(EXPORT_FORMATS)('the generated %s export: every core field, its CRM, no problems', (format) => {
    const { csv } = generateExport(format, { rows: 20 });
    const mapping = detectDealColumns(parseCsv(csv).rows);
    expect(mapping.problems).toEqual([]);
    expect(mapping.headerRow).toBe(0);
    expect(mapping.crm).toBe(format === 'hubspot-de' ? 'hubspot' : format);
    for (const f of ['amount', 'closeDate', 'created', 'owner', 'account'] as const) {
      expect(mapping.columns[f], f).toBeTypeOf('number');
    }
    expect(mapping.columns.stage ?? mapping.columns.status).toBeTypeOf('number');
  });

  test('finds the header below a report title and blank rows', () => {
    const grid = [
      ['Opportunities closing this quarter', '', ''],
      ['Filtered by: Close Date = THIS FISCAL QUARTER', '', ''],
      ['', '', ''],
      ['Opportunity Name', 'Amount', 'Stage', 'Close Date'],
      ['Big deal', 1000, 'Closed Won', new Date(Date.UTC(2027, 0, 15))],
    ];
    const mapping = detectDealColumns(grid);
    expect(mapping.headerRow).toBe(3);
    expect(mapping.columns).toEqual({ name: 0, amount: 1, stage: 2, closeDate: 3 });
    expect(mapping.crm).toBe('salesforce');
    expect(mapping.problems).toEqual([]);
  });

  test('prefers the amount in company currency over the plain amount, wherever it stands', () => {
    const mapping = detectDealColumns([
      ['Deal Name', 'Amount in company currency', 'Amount', 'Close Date', 'Deal Stage'],
    ]);
    expect(mapping.columns.amount).toBe(1);
    const german = detectDealColumns([
      ['Deal-Name', 'Betrag', 'Betrag in Firmenwährung', 'Abschlussdatum', 'Deal-Phase'],
    ]);
    expect(german.columns.amount).toBe(2);
    expect(german.crm).toBe('hubspot');
  });

  test('an empty tab', () => {
    const mapping = detectDealColumns([
      ['', null],
      ['', ''],
    ]);
    expect(mapping.problems).toEqual([{ key: 'dealsEmptyTab', cell: 'A1', params: {} }]);
    expect(detectDealColumns([]).problems[0].key).toBe('dealsEmptyTab');
  });

  test('a tab that is not a deals export names its first filled cell', () => {
    const mapping = detectDealColumns([
      ['', ''],
      ['', 'Team lunch budget'],
      ['', 'Pizza'],
    ]);
    expect(mapping.headerRow).toBe(-1);
    expect(mapping.problems).toEqual([
      { key: 'dealsNotAnExport', cell: 'B2', params: { rows: 3, cell: 'B2', value: 'Team lunch budget' } },
    ]);
    expect(dealProblemText(mapping.problems[0])).toContain('cell B2 holds “Team lunch budget”');
  });

  test('no amount and no close date: named with the header row and its headers', () => {
    const mapping = detectDealColumns([['Deal Name', 'Deal Stage', 'Deal owner']]);
    expect(mapping.problems.map((p) => p.key)).toEqual(['dealsNoAmount', 'dealsNoCloseDate']);
    expect(mapping.problems[0]).toMatchObject({
      cell: 'A1',
      params: { row: 1, headers: 'A1 Deal Name, B1 Deal Stage, C1 Deal owner' },
    });
    expect(dealProblemText(mapping.problems[0])).toBe(
      'No amount column was found in the header row 1 (A1 Deal Name, B1 Deal Stage, C1 Deal owner). Rename the column that holds the deal values to “Amount”, or choose it in the column mapping.',
    );
    expect(dealProblemText(mapping.problems[1], 'de')).toContain('Abschlussdatum');
  });

  test('no stage nor status column', () => {
    const mapping = detectDealColumns([['Deal Name', 'Amount', 'Close Date']]);
    expect(mapping.problems.map((p) => p.key)).toEqual(['dealsNoOutcome']);
  });

  test('two columns with the same header: both cells and the header named, the first one read', () => {
    const mapping = detectDealColumns([['Opportunity Name', 'Amount', 'Stage', 'amount ', 'Close Date']]);
    expect(mapping.columns.amount).toBe(1);
    expect(mapping.problems).toEqual([
      { key: 'dealsDuplicateHeader', cell: 'D1', params: { cell: 'D1', other: 'B1', header: 'amount' } },
    ]);
    for (const language of LANGUAGES) {
      const text = dealProblemText(mapping.problems[0], language);
      expect(text).toContain('D1');
      expect(text).toContain('B1');
      expect(text).toContain('amount');
    }
  });
});

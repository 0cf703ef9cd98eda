import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closePeriod, createPeriodWith } from '../../src/sheet/periods';
import { readPeriod } from '../../src/sheet/read';
import { keyResultsFromGrid, matchHeaders } from '../../src/tabs/read';
import { KEY_RESULT_COLUMNS } from '../../src/tabs/templates';
import { addDealsTab, newWorkbook, request, SETTINGS, sampleKeyResults, settingsWith, type Workbook } from './helpers';

const KR = 'Q1 2027 · Key results';

let wb: Workbook;
beforeEach(() => {
  wb = newWorkbook();
  addDealsTab(wb.ss);
  createPeriodWith(wb.ss, request(), sampleKeyResults(), SETTINGS);
});
afterEach(() => wb.restore());

describe('reading a period', () => {
  it('reads every field of the key results back', () => {
    const data = readPeriod(wb.ss, 'Q1 2027')!;
    expect(data.readIssues).toEqual([]);
    expect(data.objectives.map((o) => [o.id, o.title, o.owner, o.parentId])).toEqual([
      ['O1', 'Grow new-business revenue', 'Ana', ''],
      ['O2', 'Build a healthy pipeline', 'Ben', 'C1'],
      ['O3', 'Convert more leads', 'Cleo', ''],
    ]);
    const sample = sampleKeyResults();
    data.keyResults.forEach((kr, i) => {
      const expected = sample[i];
      expect(kr).toMatchObject({
        id: expected.id,
        objectiveId: expected.objectiveId,
        title: expected.title,
        owner: expected.owner,
        kind: expected.kind,
        unit: expected.unit,
        baseline: expected.baseline,
        target: expected.target ?? null,
        weight: expected.weight,
        notes: expected.notes,
        dataLink: expected.dataLink,
        row: i + 2,
      });
    });
    expect(data.keyResults[3].current).toBeCloseTo(4.2);
    expect(data.keyResults[2].current).toBe(true);
    expect(data.keyResults[0].dueDate?.toISOString().slice(0, 10)).toBe('2027-02-28');
    expect(data.keyResults[5].dueDate).toBeNull();
    expect(data.keyResults[6].confidence).toBe(0.8);
  });

  it('finds columns by header, in any order and any supported language', () => {
    const sheet = wb.ss.getSheetByName(KR)!;
    const values = sheet.getDataRange().getValues();
    const formulas = sheet.getDataRange().getFormulas();
    const original = keyResultsFromGrid(KR, values, formulas, []).map((r) => r.kr);
    // Reverse the columns and translate the headers to German and French.
    const reorder = (grid: unknown[][]) => grid.map((line) => [...line].reverse());
    const translated = reorder(values);
    translated[0] = translated[0].map((h, i) => (i % 2 ? String(h) : germanOrFrench(String(h))));
    const again = keyResultsFromGrid(KR, translated, reorder(formulas) as string[][], []).map((r) => r.kr);
    expect(again.map(({ row: _row, ...kr }) => kr)).toEqual(original.map(({ row: _row, ...kr }) => kr));
    expect(matchHeaders(translated, KEY_RESULT_COLUMNS, 'krId')?.columns.get('krId')).toBe(translated[0].length - 1);
  });

  it('reports problems with the cell address', () => {
    wb.emu.setCellInput(KR, 'K3', 'lots');
    wb.emu.setCellInput(KR, 'H4', 'sideways');
    const issues = readPeriod(wb.ss, 'Q1 2027')!.readIssues;
    expect(issues).toEqual([
      expect.objectContaining({ cell: "'Q1 2027 · Key results'!K3", krId: 'O1.2', code: 'notANumber' }),
      expect.objectContaining({ cell: "'Q1 2027 · Key results'!H4", krId: 'O1.3', code: 'unknownKind' }),
    ]);
  });

  it('reads a closed period from its review, with the day and the settings it was graded with', () => {
    const graded = settingsWith({ yellowFrom: 0.3, greenFrom: 0.6, cap: 1.2 });
    closePeriod(wb.ss, { label: 'Q1 2027', date: '2027-03-31' }, graded);
    // Later changes to the key results tab do not reach the closed period.
    wb.emu.setCellInput(KR, 'L2', '1');
    const data = readPeriod(wb.ss, 'Q1 2027')!;
    expect(data.closed).toBe(true);
    expect(data.keyResultsTab).toBe('Q1 2027 · Review');
    expect(data.tabs.review).toBe('Q1 2027 · Review');
    expect(data.closedWith?.frozenOn.toISOString().slice(0, 10)).toBe('2027-03-31');
    expect(data.closedWith?.settings).toMatchObject({ yellowFrom: 0.3, greenFrom: 0.6, cap: 1.2 });
    expect(data.readIssues).toEqual([]);
    expect(data.keyResults.map((kr) => kr.id)).toEqual(['O1.1', 'O1.2', 'O1.3', 'O2.1', 'O2.2', 'O3.1', 'O3.2']);
    const o11 = data.keyResults[0];
    expect(o11).toMatchObject({ current: 400000, target: 500000, baseline: 0, weight: 2, kind: 'increase' });
    // Rows are rows of the review (below its title and header), so links point at the review.
    expect(o11.row).toBe(5);
    expect(data.keyResults[3].current).toBeCloseTo(4.2);
    expect(data.keyResults[2].current).toBe(true);
  });

  it('returns null for a period that does not exist', () => {
    expect(readPeriod(wb.ss, 'Q2 2027')).toBeNull();
  });
});

const GERMAN: Record<string, string> = {
  'KR id': 'KR-ID',
  Objective: 'Ziel',
  Owner: 'Verantwortlich',
  Target: 'Zielwert',
};
const FRENCH: Record<string, string> = { 'Key result': 'Résultat clé', Current: 'Valeur actuelle', Kind: 'Type' };
function germanOrFrench(header: string): string {
  return GERMAN[header] ?? FRENCH[header] ?? header;
}

// Connecting a deals export: what the formulas read, the export's own columns plus parsed helper
// columns right of it where the sheet holds text the formulas cannot sum or compare. Pure.
import { type RepsTable, repOf } from '../core/deals/reps';
import type { DealsTable } from '../core/deals/table';
import { type DealsColumn, type DealsSource, dealsSourceFor } from './deals-formulas';

/** A parsed column the connect step writes right of the export: its header and its cells. */
export interface HelperColumn {
  column: DealsColumn;
  /** 1-based column number on the tab. */
  at: number;
  header: string;
  cells: (number | string)[];
}

/**
 * What the formulas read once the tab is connected: the export's columns, and helper columns of
 * parsed values (amounts as numbers, dates as serial days) right of `lastColumn` where the sheet
 * holds text, and of each deal's team when a reps table is given (the owner's, '' for an owner it
 * does not list). `headerOf` names a helper column in the user's language.
 */
export function connectedSource(
  tab: string,
  grid: readonly (readonly unknown[])[],
  table: DealsTable,
  lastColumn: number,
  headerOf: (column: DealsColumn) => string,
  reps?: RepsTable,
): { source: DealsSource; helpers: HelperColumn[] } {
  const plan = dealsSourceFor(tab, grid, table);
  const source = { ...plan.source, columns: { ...plan.source.columns } };
  const rows = grid.length - plan.source.headerRow;
  const byRow = new Map(table.deals.map((deal) => [deal.row, deal]));
  const columns: DealsColumn[] = reps ? [...plan.helpers, 'team'] : plan.helpers;
  const helpers = columns.map((column, i): HelperColumn => {
    const at = lastColumn + 1 + i;
    source.columns[column] = at;
    const cells = Array.from({ length: rows }, (_, r) => {
      const deal = byRow.get(plan.source.headerRow + 1 + r);
      if (!deal) return '';
      if (column === 'team') return reps ? (repOf(reps, deal.owner)?.team ?? '') : '';
      const value =
        column === 'amount'
          ? deal.amount
          : column === 'currency'
            ? deal.currency
            : column === 'created'
              ? deal.created
              : deal.closed;
      if (value === null) return '';
      // Days as Sheets counts them (1899-12-30 is 0), so that the cells are dates to the formulas.
      return value instanceof Date ? value.getTime() / 86_400_000 + 25_569 : value;
    });
    return { column, at, header: headerOf(column), cells };
  });
  // Amounts in a helper column are already in units (a Close export's cents were divided).
  if (plan.helpers.includes('amount')) source.amountDivisor = 1;
  return { source, helpers };
}

// Sales data in the sidebar, as a user meets it: a CRM export pasted into a tab is read, a stage
// the add-on does not know is settled, the tab is connected, and a key result is linked to won
// revenue, whose value then shows in the sheet and the sidebar without a check-in.
import type { FrameLocator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { generateExport } from '../../playground/deals';
import { parseCsv, rectangular } from '../../src/core/deals/csv';
import {
  type BrowserSession,
  clickMenuItem,
  describeInBrowser,
  openTab,
  screenshot,
  sidebar,
  sidebarFrame,
  useBrowserSession,
} from './support';

const NOW = new Date('2027-02-15T10:00:00Z');

/** A user's paste of `csv` into a new "Deals" tab, then the page with the sidebar's Data view reading it. */
async function pasteAndRead(session: BrowserSession, csv: string): Promise<{ page: Page; ui: FrameLocator }> {
  const grid = rectangular(parseCsv(csv).rows);
  const deals = session.playground.addon().emulator.spreadsheet.insertSheet('Deals');
  if (deals.getMaxColumns() < grid[0].length)
    deals.insertColumnsAfter(deals.getMaxColumns(), grid[0].length - deals.getMaxColumns());
  deals.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
  const page = await session.openPlayground();
  const ui = await openSidebar(page);
  await openTab(page, 'Deals');
  await ui.locator('#tab-data').click();
  await ui.locator('#dl-read').click();
  return { page, ui };
}

async function openSidebar(page: Page): Promise<FrameLocator> {
  await clickMenuItem(page, 'showSidebar');
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('body[data-ready="true"]');
  return sidebar(page);
}

describeInBrowser('sales data in the sidebar', () => {
  const session = useBrowserSession({ now: NOW });

  it('reads a pasted export, settles an unknown stage, connects it and links a key result', async () => {
    // The user's paste: a Salesforce report with one stage renamed by their admin.
    const generated = generateExport('salesforce', { rows: 400 });
    const ss = session.playground.addon().emulator.spreadsheet;
    const { page, ui } = await pasteAndRead(session, generated.csv.replaceAll('"Negotiation/Review"', '"Handshake"'));
    await expect
      .poll(() => ui.locator('#panel-data').textContent())
      .toContain('Salesforce export in “Deals”: 400 deals');
    // The unknown stage is named with its cell, and Connect waits for the user.
    await expect.poll(() => ui.locator('#panel-data .findings').textContent()).toContain('Handshake');
    expect(await ui.locator('#dl-connect').isDisabled()).toBe(true);
    await screenshot(page, 'deals-read');

    await ui.locator('#panel-data details').nth(1).locator('summary').click();
    await ui.getByLabel(/^Handshake/).selectOption('open');
    await expect.poll(() => ui.locator('#dl-connect').isDisabled()).toBe(false);
    await ui.locator('#dl-connect').click();
    await expect.poll(() => ui.locator('#dl-link').count()).toBe(1);

    await ui.locator('#dl-owner').fill('Anna Schmidt');
    await ui.locator('#dl-link').click();
    await expect.poll(() => ui.locator('#panel-data code').textContent()).toContain('SUMIFS');
    await screenshot(page, 'deals-linked');
    // Opened again, the overview offers to record the linked values (never recorded yet).
    const again = await session.openPlayground();
    const next = await openSidebar(again);
    await expect.poll(() => next.locator('#ov-snapshot').textContent()).toContain('have not been recorded yet');
    await screenshot(again, 'deals-snapshot-offered');
    await next.locator('#ov-snapshot button').click();
    await expect.poll(() => next.locator('.status-line').textContent()).toContain('Recorded 1 linked key result(s)');
    await expect.poll(() => next.locator('#ov-snapshot').count()).toBe(0);

    // The sheet holds the formula; its value is the won revenue of Anna's Q1 deals.
    const q1 = Date.UTC(2027, 0, 1);
    const q2 = Date.UTC(2027, 3, 1);
    const expected = generated.deals
      .filter((d) => d.owner === 'Anna Schmidt' && d.outcome === 'won')
      .filter((d) => d.closed.getTime() >= q1 && d.closed.getTime() < q2)
      .reduce((sum, d) => sum + d.amount, 0);
    const krTab = ss.getSheets().find((s) => s.getName().endsWith('Key results'));
    const formulas = krTab?.getDataRange().getFormulas() ?? [];
    const values = krTab?.getDataRange().getValues() ?? [];
    const at = formulas.findIndex((row) => row.some((f) => f.includes('Anna Schmidt')));
    expect(at).toBeGreaterThan(0);
    const column = formulas[at].findIndex((f) => f.includes('Anna Schmidt'));
    expect(values[at][column]).toBeCloseTo(expected, 6);
  });
});

describeInBrowser("a team's deals in the sidebar", () => {
  const session = useBrowserSession({ now: NOW });

  it('connects the deals with a reps table and links a key result to one team', async () => {
    const generated = generateExport('salesforce', { rows: 300 });
    const reps = session.playground.addon().emulator.spreadsheet.insertSheet('Reps');
    reps.getRange(1, 1, 4, 2).setValues([
      ['Rep', 'Team'],
      ['Anna Schmidt', 'DACH'],
      ['Hugo Weber', 'DACH'],
      ['Ben Carter', 'UK'],
    ]);
    const { page, ui } = await pasteAndRead(session, generated.csv);
    await expect.poll(() => ui.locator('#dl-connect').isDisabled()).toBe(false);
    // A tab that is not there is named; then the right one connects.
    await ui.locator('#dl-reps').fill('Team list');
    await ui.locator('#dl-connect').click();
    await expect.poll(() => ui.locator('[role="alert"]').first().textContent()).toContain('“Team list”');
    await ui.locator('#dl-reps').fill('Reps');
    await ui.locator('#dl-connect').click();
    await expect.poll(() => ui.locator('#dl-team option').allTextContents()).toEqual(['any', 'DACH', 'UK']);
    await ui.locator('#dl-team').selectOption('DACH');
    await ui.locator('#dl-link').click();
    await expect.poll(() => ui.locator('#panel-data code').textContent()).toContain('"=DACH"');
    await screenshot(page, 'deals-team-linked');
  });
});

describeInBrowser('sales data in a large period', () => {
  const session = useBrowserSession({ now: NOW, krs: 120 });

  it('links a key result of an objective picked first, as the check-in does', async () => {
    const ss = session.playground.addon().emulator.spreadsheet;
    const { page, ui } = await pasteAndRead(session, generateExport('salesforce', { rows: 200 }).csv);
    await expect.poll(() => ui.locator('#dl-connect').isDisabled()).toBe(false);
    await ui.locator('#dl-connect').click();
    // No key result to pick until an objective is chosen: their details come on demand.
    await expect.poll(() => ui.locator('#dl-objective').count()).toBe(1);
    expect(await ui.locator('#dl-kr option').count()).toBe(0);
    await ui.locator('#dl-objective').selectOption({ index: 1 });
    await expect.poll(() => ui.locator('#dl-kr option').count()).toBeGreaterThan(0);
    const krId = await ui.locator('#dl-kr').inputValue();
    await ui.locator('#dl-link').click();
    await expect.poll(() => ui.locator('#panel-data code').textContent()).toContain('SUMIFS');
    // The picked objective's key results stay listed after the overview refreshed.
    await expect.poll(() => ui.locator('#dl-kr').inputValue()).toBe(krId);
    await screenshot(page, 'deals-large-period');
    const krTab = ss.getSheets().find((s) => s.getName().endsWith('Key results'));
    const values = krTab?.getDataRange().getValues() ?? [];
    const formulas = krTab?.getDataRange().getFormulas() ?? [];
    const row = values.findIndex((r) => r[0] === krId);
    expect(formulas[row].some((f) => f.startsWith('=SUMIFS('))).toBe(true);
  });
});

// A key result linked to closed-won revenue in the sidebar's overview: its pipeline forecast shows
// beside the trend, and "How is this value computed from the deals data?" names the metric, the
// filter, the period and the number of matching deals, counted here from the generator's record.
import { expect, it } from 'vitest';
import { generateExport } from '../../playground/deals';
import { parseCsv, rectangular } from '../../src/core/deals/csv';
import {
  clickMenuItem,
  describeInBrowser,
  openTab,
  screenshot,
  sidebar,
  sidebarFrame,
  useBrowserSession,
} from './support';

const NOW = new Date('2027-02-15T10:00:00Z');

describeInBrowser('a linked revenue key result in the overview', () => {
  const session = useBrowserSession({ now: NOW });

  it('shows the pipeline forecast and explains the linked value', async () => {
    const generated = generateExport('salesforce', { rows: 400 });
    const grid = rectangular(parseCsv(generated.csv).rows);
    const deals = session.playground.addon().emulator.spreadsheet.insertSheet('Deals');
    if (deals.getMaxColumns() < grid[0].length)
      deals.insertColumnsAfter(deals.getMaxColumns(), grid[0].length - deals.getMaxColumns());
    deals.getRange(1, 1, grid.length, grid[0].length).setValues(grid);

    const page = await session.openPlayground();
    await clickMenuItem(page, 'showSidebar');
    await (await sidebarFrame(page)).waitForSelector('body[data-ready="true"]');
    const ui = sidebar(page);
    await openTab(page, 'Deals');
    await ui.locator('#tab-data').click();
    await ui.locator('#dl-read').click();
    await expect.poll(() => ui.locator('#dl-connect').isDisabled()).toBe(false);
    await ui.locator('#dl-connect').click();
    await expect.poll(() => ui.locator('#dl-link').count()).toBe(1);
    const krId = await ui.locator('#dl-kr').inputValue();
    await ui.locator('#dl-metric').selectOption('wonRevenue');
    await ui.locator('#dl-owner').fill('Anna Schmidt');
    await ui.locator('#dl-link').click();
    await expect.poll(() => ui.locator('#panel-data code').textContent()).toContain('SUMIFS');

    // The overview, opened again: the linked key result carries its pipeline and explanation.
    const again = await session.openPlayground();
    await clickMenuItem(again, 'showSidebar');
    await (await sidebarFrame(again)).waitForSelector('body[data-ready="true"]');
    const next = sidebar(again);
    const linked = next.locator(`[data-linked="${krId}"]`);
    await expect.poll(() => linked.count(), { timeout: 20_000 }).toBe(1);
    expect(await linked.locator('.pipeline').textContent()).toMatch(
      /^Pipeline: [\d.]+% by the period end \(\$[\d,]+\)$/,
    );
    // The trend line is unchanged beside it (no check-ins recorded: no trend yet).
    await linked.locator('summary').click();
    const text = (await linked.locator('ul').textContent()) ?? '';
    const inQ1 = (d: Date) => d.getTime() >= Date.UTC(2027, 0, 1) && d.getTime() < Date.UTC(2027, 3, 1);
    const won = generated.deals.filter((d) => d.owner === 'Anna Schmidt' && d.outcome === 'won' && inQ1(d.closed));
    const open = generated.deals.filter((d) => d.owner === 'Anna Schmidt' && d.outcome === 'open' && inQ1(d.closed));
    expect(text).toContain('Closed-won revenue: the sum of the amounts of won deals.');
    expect(text).toContain('Only deals with Owner = Anna Schmidt.');
    expect(text).toContain('by close date');
    expect(text).toContain(`${won.length} deal(s) of “Deals” match.`);
    expect(text).toContain(`(${won.length} deals)`);
    expect(text).toContain(`from ${open.length} open deal(s) closing in the period`);
    await next.locator(`[data-linked="${krId}"]`).scrollIntoViewIfNeeded();
    await screenshot(again, 'deals-pipeline-explained');
  });
});

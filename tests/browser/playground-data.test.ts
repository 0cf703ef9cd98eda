// Bringing data into the playground's workbook in Chromium: the sample's deals tab, a block
// pasted into the grid at the selected cell (Ctrl+V with tab-separated text), and a CSV file
// imported as a new tab with the "Import CSV…" button.
import { expect, it } from 'vitest';
import type { WorkbookView } from '../../playground/view';
import { cellText, describeInBrowser, openTab, screenshot, useBrowserSession } from './support';

const NOW = new Date('2026-11-23T10:00:00Z');

describeInBrowser('playground data: deals tab, paste and import', () => {
  const session = useBrowserSession({ now: NOW, timeZone: 'Etc/UTC', deals: true });

  it("draws the sample's CRM export tab from its top and says how far its rows go", async () => {
    const page = await session.openPlayground();
    await openTab(page, 'CRM export');
    expect(await cellText(page, 'A1')).toBe('Opportunity Owner');
    expect(await cellText(page, 'F1')).toBe('Amount');
    // "$45,213.82" in the export is a currency-formatted number, right-aligned like in Sheets.
    expect(await cellText(page, 'F2')).toMatch(/^\$[\d,]+\.\d\d$/);
    await expect(page.locator('#grid td[data-a1="F2"]').getAttribute('class')).resolves.toContain('number');
    expect(await cellText(page, 'H2')).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
    await expect(page.locator('#grid caption').textContent()).resolves.toMatch(
      /^Rows 1,\d{3}–5,007 are not drawn: the playground draws the first 1,\d{3} rows of a big tab\.$/,
    );
    await screenshot(page, 'playground-deals-tab');
  });

  it('pastes a tab-separated block at the selected cell, each cell read as typed input', async () => {
    const page = await session.openPlayground();
    await openTab(page, 'Sheet1');
    await page.click('#grid td[data-a1="B3"]');
    const text = 'Deal\tAmount\tClose\r\nAcme\t$1,234\t7/15/2027\r\n"Two\tcells"\t45%\tlater\r\n';
    // What Chromium delivers for Ctrl+V: a paste event on the focused grid with the clipboard's text.
    await page.evaluate((clip) => {
      const data = new DataTransfer();
      data.setData('text/plain', clip);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      (document.activeElement ?? document.body).dispatchEvent(event);
    }, text);
    await expect.poll(() => cellText(page, 'C4')).toBe('$1,234.00');
    expect(await cellText(page, 'B3')).toBe('Deal');
    expect(await cellText(page, 'D4')).toBe('7/15/2027');
    expect(await cellText(page, 'B5')).toBe('Two\tcells');
    expect(await cellText(page, 'C5')).toBe('45%');
    await expect(page.locator('#status').textContent()).resolves.toBe('Pasted 3 rows at Sheet1!B3');
    const state = (await (
      await page.request.get(new URL('/api/state', session.playground.url).href)
    ).json()) as WorkbookView;
    const cells = state.sheets.find((s) => s.name === 'Sheet1')!.cells;
    expect([cells[3][2].kind, cells[3][3].kind, cells[4][3].kind]).toEqual(['number', 'date', 'text']);
    await screenshot(page, 'playground-paste');
  });

  it('imports a CSV file as a new tab named after it, never over an existing tab', async () => {
    const page = await session.openPlayground();
    const button = page.getByRole('button', { name: 'Import CSV…' });
    const csv = '\uFEFF"Stage";"Amount";"Note"\r\n"Closed Won";"1,234.5";"said ""yes"""\r\n"Open";"900";"a; b"\r\n';
    for (const expected of ['pipeline', 'pipeline (2)']) {
      const chooser = page.waitForEvent('filechooser');
      await button.click();
      await (await chooser).setFiles({ name: 'pipeline.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await expect.poll(() => page.locator('.tab[aria-selected="true"]').textContent()).toBe(expected);
      expect(await cellText(page, 'A1')).toBe('Stage');
      expect(await cellText(page, 'B2')).toBe('1234.5');
      expect(await cellText(page, 'C2')).toBe('said "yes"');
      expect(await cellText(page, 'C3')).toBe('a; b');
      await expect(page.locator('#status').textContent()).resolves.toBe(`Imported pipeline.csv as the tab ${expected}`);
    }
    await expect(page.locator('#import-file').getAttribute('aria-label')).resolves.toBe(
      'CSV file to import as a new tab',
    );
    await screenshot(page, 'playground-import');
  });
});

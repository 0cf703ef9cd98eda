// The playground end to end in Chromium: the sample workbook, the add-on menu, the real sidebar
// talking to the real server code, and a grid that recomputes.
import { expect, it } from 'vitest';
import {
  cellText,
  clickMenuItem,
  columnOf,
  describeInBrowser,
  openTab,
  screenshot,
  sidebar,
  typeIntoCell,
  useBrowserSession,
} from './support';

const NOW = new Date('2026-11-23T10:00:00Z');
const KEY_RESULTS_TAB = /Q4 2026 · Key results/;

describeInBrowser('playground', () => {
  const session = useBrowserSession({ now: NOW });

  it('loads the sample workbook: tabs, add-on menu and computed scores', async () => {
    const page = await session.openPlayground();
    await expect(page.getByRole('tab', { name: KEY_RESULTS_TAB }).count()).resolves.toBe(1);
    await openTab(page, KEY_RESULTS_TAB);
    const progress = await columnOf(page, 'Progress');
    // Row 2 is the first key result; its progress is a percentage computed by KR_PROGRESS.
    expect(await cellText(page, `${progress}2`)).toMatch(/^\d{1,3}(\.\d+)?%$/);
    await page.click('#extensions-button');
    await expect(page.locator('#extensions-menu [data-function="showSidebar"]').isVisible()).resolves.toBe(true);
    await screenshot(page, 'playground-sample');
    await page.keyboard.press('Escape');
  });

  it('recomputes a formula typed into the grid', async () => {
    const page = await session.openPlayground();
    await openTab(page, 'Sheet1');
    await typeIntoCell(page, 'B2', '=KR_PROGRESS(57,55,60)');
    await expect.poll(() => cellText(page, 'B2')).toBe('0.6');
    await typeIntoCell(page, 'C2', '=B2*2');
    await expect.poll(() => cellText(page, 'C2')).toBe('1.2');
    await typeIntoCell(page, 'B2', '=KR_PROGRESS(56,55,60)');
    await expect.poll(() => cellText(page, 'C2')).toBe('1.6');
    await page.click('#grid td[data-a1="B2"]');
    await expect(page.inputValue('#formula-input')).resolves.toBe('=KR_PROGRESS(56,55,60)');
  });

  it('opens the sidebar from the menu with the real sidebar HTML', async () => {
    const page = await session.openPlayground();
    await clickMenuItem(page, 'showSidebar');
    const frame = sidebar(page);
    await frame.locator('body').waitFor();
    await expect(page.locator('#sidebar-panel').isHidden()).resolves.toBe(false);
    await expect.poll(async () => (await frame.locator('body').textContent())?.length ?? 0).toBeGreaterThan(20);
    await screenshot(page, 'playground-sidebar');
  });

  it('applies google.script.run’s rules in the sidebar: no Dates, failures to the failure handler', async () => {
    const page = await session.openPlayground();
    await clickMenuItem(page, 'showSidebar');
    await sidebar(page).locator('body').waitFor();
    const frame = page.frames().find((f) => f.url().includes('/sidebar'))!;
    const thrown = await frame.evaluate(() => {
      const run = (window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => void> } } })
        .google.script.run;
      try {
        run.getOverview({ asOf: new Date() });
        return 'no error';
      } catch (error) {
        return String((error as Error).message);
      }
    });
    expect(thrown).toMatch(/argument 1 of getOverview\.asOf is a Date/);
    const failure = await frame.evaluate(
      () =>
        new Promise<string>((resolve) => {
          type Runner = {
            withSuccessHandler(f: () => void): Runner;
            withFailureHandler(f: (error: Error, user: string) => void): Runner;
            withUserObject(user: string): Runner;
            noSuchServerFunction(): void;
          };
          const google = (window as unknown as { google: { script: { run: Runner } } }).google;
          google.script.run
            .withSuccessHandler(() => resolve('succeeded'))
            .withFailureHandler((error: Error, user: string) => resolve(`${user}: ${error.message}`))
            .withUserObject('token')
            .noSuchServerFunction();
        }),
    );
    expect(failure).toMatch(/^token: Script function not found: noSuchServerFunction/);
  });

  it('starts over with a fresh sample', async () => {
    const page = await session.openPlayground();
    await openTab(page, 'Sheet1');
    await typeIntoCell(page, 'D7', 'scratch');
    await expect.poll(() => cellText(page, 'D7')).toBe('scratch');
    const reset = page.waitForResponse((r) => r.url().endsWith('/api/reset'));
    await page.click('#reset');
    await reset;
    await openTab(page, 'Sheet1');
    await expect.poll(() => cellText(page, 'D7')).toBe('');
    await expect(page.getByRole('tab', { name: KEY_RESULTS_TAB }).count()).resolves.toBe(1);
  });
});

// Closing the quarter in the playground: the sidebar's close action writes a review tab whose
// values are frozen (no formulas), and editing the old key results no longer changes it.
import { expect, it } from 'vitest';
import {
  cellText,
  clickMenuItem,
  columnOf,
  describeInBrowser,
  openTab,
  rowOf,
  screenshot,
  sidebar,
  typeIntoCell,
  useBrowserSession,
} from './support';

const NOW = new Date('2026-12-30T10:00:00Z');

describeInBrowser('closing a quarter in the playground', () => {
  const session = useBrowserSession({ now: NOW });

  it('writes a review tab with frozen values that later edits do not change', async () => {
    const page = await session.openPlayground();
    await clickMenuItem(page, 'showClosePeriod');
    const panel = sidebar(page);
    await panel.locator('#q-close-heading').waitFor();
    await panel.locator('#q-confirm').check();
    await panel.locator('.actions button.danger').click();
    const review = page.getByRole('tab', { name: /Q4 2026 · Review/ });
    await review.waitFor({ timeout: 20_000 });
    await review.click();
    // The review's header row sits below its title: find the Progress header anywhere.
    const row = await rowOf(page, 'A', 'KR1.2');
    const progressColumn = await page
      .locator(`#grid td[data-row]`, { hasText: /^Progress$/ })
      .first()
      .getAttribute('data-a1');
    const letter = progressColumn!.replace(/\d+$/, '');
    const frozen = await cellText(page, `${letter}${row}`);
    expect(frozen).toMatch(/%$/);
    await page.click(`#grid td[data-a1="${letter}${row}"]`);
    expect(await page.inputValue('#formula-input')).not.toMatch(/^=/);
    await screenshot(page, 'review-tab');

    // Rewriting the old key results later does not rewrite history.
    await openTab(page, 'Q4 2026 · Key results');
    const current = await columnOf(page, 'Current');
    const krRow = await rowOf(page, 'A', 'KR1.2');
    await typeIntoCell(page, `${current}${krRow}`, '46000');
    await openTab(page, /Q4 2026 · Review/);
    // Polled: the grid redraws the review tab after the click (a changed value stays changed).
    await expect.poll(() => cellText(page, `${letter}${row}`)).toBe(frozen);
    expect(await page.getByRole('tab', { name: /Q4 2026 · Review/ }).getAttribute('aria-selected')).toBe('true');
  });
});

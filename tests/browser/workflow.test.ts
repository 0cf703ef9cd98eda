// The job end to end in Chromium: the sidebar shows the sample's scores as the workbook computes
// them, a menu item opens its sidebar view, and a check-in typed into the sidebar changes the
// scores the grid shows.
import { expect, it } from 'vitest';
import {
  cellText,
  clickMenuItem,
  columnOf,
  describeInBrowser,
  openTab,
  rowOf,
  screenshot,
  shareOf,
  sidebar,
  typeIntoCell,
  useBrowserSession,
  valueNextTo,
} from './support';

const NOW = new Date('2026-11-23T10:00:00Z');

describeInBrowser('playground workflow', () => {
  const session = useBrowserSession({ now: NOW });

  it('shows the dashboard with its charts and the sidebar with the same overall score', async () => {
    const page = await session.openPlayground();
    await openTab(page, /Dashboard/);
    const overall = shareOf(await valueNextTo(page, 'Overall score'));
    expect(overall).toBeGreaterThan(0);
    expect(overall).toBeLessThan(1);
    await expect(page.locator('#charts figure.chart svg').count()).resolves.toBe(3);
    await clickMenuItem(page, 'showSidebar');
    const score = sidebar(page).locator('.card.overall .score');
    await score.waitFor();
    expect(shareOf((await score.textContent()) ?? '')).toBeCloseTo(overall, 2);
    await expect(sidebar(page).locator('.card.objective').count()).resolves.toBe(3);
    await screenshot(page, 'workflow-dashboard-and-overview');
  });

  it('selects a key result’s row in the grid when it is clicked in the sidebar', async () => {
    const page = await session.openPlayground();
    await openTab(page, /Check-ins/);
    await clickMenuItem(page, 'showSidebar');
    await sidebar(page).locator('.kr[data-kr="KR2.2"] .kr-title').click();
    await expect.poll(() => page.locator('.tab[aria-selected="true"]').textContent()).toMatch(/Key results/);
    const row = await rowOf(page, 'A', 'KR2.2');
    await expect.poll(() => page.locator(`#grid td.in-range[data-row="${row - 1}"]`).count()).toBeGreaterThan(3);
    expect(await page.textContent('#name-box')).toBe(`A${row}`);
  });

  it('opens the check-in view from the menu, and a check-in there updates the grid', async () => {
    const page = await session.openPlayground();
    await openTab(page, /Key results/);
    const progress = await columnOf(page, 'Progress');
    const score = await columnOf(page, 'Objective score');
    const row = await rowOf(page, 'A', 'KR1.2');
    const before = shareOf(await cellText(page, `${progress}${row}`));
    const scoreBefore = shareOf(await cellText(page, `${score}${row}`));
    expect(before).toBeLessThan(1);

    await clickMenuItem(page, 'showCheckIn');
    const panel = sidebar(page);
    await panel.locator('#ci-kr').waitFor();
    await panel.locator('#ci-kr').selectOption('KR1.2');
    // Reaching the target (46,000) completes the key result.
    await panel.locator('#ci-value').fill('46000');
    await panel.locator('#ci-confidence').fill('9');
    await panel.locator('#ci-note').fill('Premium bundle deals closed');
    await panel.locator('#ci-who').fill('Tom Becker');
    await screenshot(page, 'workflow-check-in-form');
    await panel.locator('button[type="submit"]').click();

    await expect.poll(async () => shareOf(await cellText(page, `${progress}${row}`)), { timeout: 15_000 }).toBe(1);
    expect(shareOf(await cellText(page, `${score}${row}`))).toBeGreaterThan(scoreBefore);
    await openTab(page, /Check-ins/);
    await expect(page.locator('#grid td', { hasText: 'Premium bundle deals closed' }).count()).resolves.toBe(1);
    await screenshot(page, 'workflow-after-check-in');
  });

  it('creates the next quarter from examples through the sidebar wizard', async () => {
    const page = await session.openPlayground();
    await clickMenuItem(page, 'showNewPeriod');
    const panel = sidebar(page);
    await panel.locator('#q-new-heading').waitFor();
    // Step 1 proposes the quarter after the running one.
    await expect(panel.locator('#q-year').inputValue()).resolves.toBe('2027');
    await panel.locator('.actions button.primary').click();
    await panel.locator('#start-from-examples').check();
    await panel.locator('.actions button.primary').click();
    await expect(panel.locator('.card').first().textContent()).resolves.toContain('Q1 2027');
    await panel.locator('.actions button.primary').click();
    await page.getByRole('tab', { name: 'Q1 2027 · Key results' }).waitFor({ timeout: 20_000 });
    await openTab(page, 'Q1 2027 · Key results');
    const progress = await columnOf(page, 'Progress');
    const current = await columnOf(page, 'Current');
    const target = await columnOf(page, 'Target');
    expect(await cellText(page, `${await columnOf(page, 'Key result')}2`)).not.toBe('');
    // No current value yet: flagged in its row (it counts as 0); typing the target in as the current
    // value makes the key result complete.
    expect(await cellText(page, `${progress}2`)).toBe('⚠ current is blank. Enter a value.');
    const targetInput = await page.locator(`#grid td[data-a1="${target}2"]`).textContent();
    await page.click(`#grid td[data-a1="${target}2"]`);
    const typedTarget = await page.inputValue('#formula-input');
    expect(targetInput).not.toBe('');
    await typeIntoCell(page, `${current}2`, typedTarget);
    await expect.poll(() => cellText(page, `${progress}2`)).toBe('100%');
    await screenshot(page, 'workflow-next-quarter');
  });
});

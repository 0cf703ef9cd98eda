// A check-in typed in the wrong unit in the sidebar ("50%" on a money KR) is not saved as 0.5: the
// form shows the server's "did you mean 50?" as a question; cancel keeps the sheet as it was,
// confirm saves 50.
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
  useBrowserSession,
} from './support';

const NOW = new Date('2026-11-23T10:00:00Z');

describeInBrowser('check-in in the wrong unit', () => {
  const session = useBrowserSession({ now: NOW });

  it('asks “did you mean …?” and saves only once confirmed', async () => {
    const page = await session.openPlayground();
    await openTab(page, /Key results/);
    const current = await columnOf(page, 'Current');
    const row = await rowOf(page, 'A', 'KR1.2');
    const before = await cellText(page, `${current}${row}`);

    await clickMenuItem(page, 'showCheckIn');
    const panel = sidebar(page);
    await panel.locator('#ci-kr').waitFor();
    await panel.locator('#ci-kr').selectOption('KR1.2');
    await panel.locator('#ci-value').fill('50%');
    await panel.locator('#ci-note').fill('unit check');
    await panel.locator('#ci-save').click();

    const question = panel.locator('#ci-unit-question');
    await question.waitFor({ state: 'visible' });
    await expect(question.textContent()).resolves.toContain('Did you mean 50?');
    await screenshot(page, 'check-in-unit-question');
    await panel.locator('#ci-unit-cancel').click();
    await question.waitFor({ state: 'hidden' });
    await expect(panel.locator('#ci-value').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await cellText(page, `${current}${row}`)).toBe(before);

    await panel.locator('#ci-save').click();
    await question.waitFor({ state: 'visible' });
    await panel.locator('#ci-unit-confirm').click();
    await expect.poll(() => cellText(page, `${current}${row}`), { timeout: 15_000 }).not.toBe(before);
    expect((await cellText(page, `${current}${row}`)).replace(/[^\d.]/g, '')).toBe('50');
    await openTab(page, /Check-ins/);
    await expect(page.locator('#grid td', { hasText: 'unit check' }).count()).resolves.toBe(1);
  });
});

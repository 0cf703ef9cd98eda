// A period of 300 key results in the sidebar (a generated team): the objectives open with their
// scores only, an objective's key results arrive when the user opens it, the owner filter works
// from the summaries, and the check-in lists a chosen objective's key results.
import type { FrameLocator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { clickMenuItem, describeInBrowser, screenshot, sidebar, sidebarFrame, useBrowserSession } from './support';

const NOW = new Date('2026-11-23T10:00:00Z');

async function openSidebar(page: Page): Promise<FrameLocator> {
  await clickMenuItem(page, 'showSidebar');
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('body[data-ready="true"]');
  return sidebar(page);
}

describeInBrowser('a large period in the sidebar', () => {
  const session = useBrowserSession({ now: NOW, krs: 300 });

  it('shows objectives first and fetches key results when one is opened', async () => {
    const page = await session.openPlayground();
    const ui = await openSidebar(page);
    const cards = ui.locator('#panel-overview section.objective');
    const objectives = await cards.count();
    expect(objectives).toBeGreaterThan(40);
    expect(await ui.locator('#panel-overview li.kr').count()).toBe(0);

    const first = cards.first();
    const toggle = first.getByRole('button', { name: /Show its \d+ key results/ });
    const count = Number(/(\d+)/.exec((await toggle.textContent()) ?? '')?.[1]);
    await toggle.click();
    await expect.poll(() => ui.locator('#panel-overview li.kr').count()).toBe(count);
    await screenshot(page, 'large-period-overview');

    // Filtering by an owner keeps only objectives with one of their key results.
    const owner = ui.locator('#filter-owner');
    await owner.selectOption({ index: 1 });
    await expect.poll(() => cards.count()).toBeLessThan(objectives);
    expect(await cards.count()).toBeGreaterThan(0);
  });

  it('lists a chosen objective’s key results to check in', async () => {
    const page = await session.openPlayground();
    const ui = await openSidebar(page);
    await ui.locator('#tab-checkIn').click();
    const objective = ui.locator('#ci-objective');
    await objective.selectOption({ index: 1 });
    await expect.poll(() => ui.locator('#ci-kr option').count()).toBeGreaterThan(1);
  });
});

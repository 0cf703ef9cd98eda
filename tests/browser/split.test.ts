// Quota split in the playground: two reps' key results typed below the sample's table name KR1.1
// in their "Share of KR" cells; with KR1.1's Current cleared, the sheet's progress and the
// sidebar's KR details both count the reps' values, and the details show how the target is split.
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
  sidebarFrame,
  typeIntoCell,
  useBrowserSession,
} from './support';

const NOW = new Date('2026-11-23T10:00:00Z');

describeInBrowser('a key result split across reps', () => {
  const session = useBrowserSession({ now: NOW });

  it('shows the split in the KR details, with the parent’s current summed from its shares', async () => {
    const page = await session.openPlayground();
    await openTab(page, /Key results/);
    const col = async (header: string) => columnOf(page, header);
    const [objective, title, unit, target, current, shareOf, progress, gap] = await Promise.all(
      ['Objective id', 'Key result', 'Unit', 'Target', 'Current', 'Share of KR', 'Progress', 'Split gap'].map(col),
    );
    const parent = await rowOf(page, 'A', 'KR1.1');
    const last = await rowOf(page, 'A', 'KR3.4');
    const reps = [
      { id: 'KR1.1a', title: 'New business: Tom', target: '700000', current: '500000' },
      { id: 'KR1.1b', title: 'New business: Maria', target: '400000', current: '220000' },
    ];
    for (const [i, rep] of reps.entries()) {
      const row = last + 1 + i;
      await typeIntoCell(page, `A${row}`, rep.id);
      await typeIntoCell(page, `${objective}${row}`, 'O1');
      await typeIntoCell(page, `${title}${row}`, rep.title);
      await typeIntoCell(page, `${unit}${row}`, 'currency');
      await typeIntoCell(page, `${target}${row}`, rep.target);
      await typeIntoCell(page, `${current}${row}`, rep.current);
      await typeIntoCell(page, `${shareOf}${row}`, 'KR1.1');
    }
    await typeIntoCell(page, `${current}${parent}`, '');
    // 720,000 of 1,200,000; 1,100,000 of the target is split.
    await expect.poll(() => cellText(page, `${progress}${parent}`)).toBe('60%');
    expect(Number((await cellText(page, `${gap}${parent}`)).replace(/[^\d.]/g, ''))).toBe(100_000);
    expect(await cellText(page, `${gap}${last + 1}`)).toBe('');

    await clickMenuItem(page, 'showSidebar');
    await (await sidebarFrame(page)).waitForSelector('body[data-ready="true"]');
    const item = sidebar(page).locator('li.kr[data-kr="KR1.1"]');
    const split = item.locator('.split');
    await split.waitFor();
    const text = (await split.textContent()) ?? '';
    expect(text).toMatch(/^Split across 2: targets add up to \$1,100,000 of \$1,200,000 \(\$100,000 not split\)/);
    expect(text).toContain('Current is the sum of the shares');
    await expect(item.textContent()).resolves.toContain('Current $720,000 of target $1,200,000');
    await expect(item.textContent()).resolves.toContain('60%');
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'kr-split');

    // Checking in on the parent says that a value saved there replaces the shares' sum.
    await clickMenuItem(page, 'showCheckIn');
    const panel = sidebar(page);
    await panel.locator('#ci-kr').waitFor();
    await panel.locator('#ci-kr').selectOption('KR1.1');
    await expect(panel.locator('#ci-split').textContent()).resolves.toContain('the sum of its 2 shares');
  });
});

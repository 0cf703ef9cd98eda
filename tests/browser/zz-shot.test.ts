import { it } from 'vitest';
import { describeInBrowser, openTab, screenshot, useBrowserSession } from './support';
describeInBrowser('shot', () => {
  const session = useBrowserSession({ now: new Date('2026-11-23T10:00:00Z'), deals: true });
  it('shows the forecast column', async () => {
    const page = await session.openPlayground();
    await openTab(page, 'Q4 2026 · Key results');
    await page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll('*'))) if ((el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth + 200) (el as HTMLElement).scrollLeft = 5000;
    });
    await page.waitForTimeout(800);
    await screenshot(page, 'zz-forecast-column');
  });
});

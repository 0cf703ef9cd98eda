// The sidebar in Chromium on the playground's sample quarter: every view in English, German and
// Arabic, with screenshots, an axe-core check of each view, keyboard navigation of the tabs, and
// sheet text rendered literally (never as HTML).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  clickMenuItem,
  columnOf,
  describeInBrowser,
  openTab,
  screenshot,
  sidebar,
  sidebarFrame,
  typeIntoCell,
  useBrowserSession,
} from './support';

const NOW = new Date('2026-11-23T10:00:00Z');
const KEY_RESULTS_TAB = /Q4 2026 · Key results/;
const AXE_SOURCE = readFileSync(join(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

interface Opened {
  frame: Frame;
  ui: FrameLocator;
}

async function openSidebar(page: Page): Promise<Opened> {
  await clickMenuItem(page, 'showSidebar');
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('body[data-ready="true"]');
  return { frame, ui: sidebar(page) };
}

async function showView(ui: FrameLocator, id: string): Promise<void> {
  await ui.locator(`#tab-${id}`).click();
  await ui.locator(`#panel-${id}:not([hidden])`).waitFor();
}

/** axe-core on the sidebar's document; returns the serious and critical violations. */
async function seriousViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(AXE_SOURCE);
  const violations = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const LANGUAGES = [
  { code: 'en', userLocale: 'en_US', dir: 'ltr', overview: 'Overall score', checkIn: 'Check-in', saved: 'Saved.' },
  { code: 'de', userLocale: 'de_DE', dir: 'ltr', overview: 'Gesamtwert', checkIn: 'Check-in', saved: 'Gespeichert.' },
  {
    code: 'ar',
    userLocale: 'ar',
    dir: 'rtl',
    overview: 'النتيجة الإجمالية',
    checkIn: 'تسجيل التقدّم',
    saved: 'تم الحفظ.',
  },
] as const;

for (const language of LANGUAGES) {
  describeInBrowser(`sidebar views in ${language.code}`, () => {
    const session = useBrowserSession({ now: NOW, userLocale: language.userLocale });

    it('shows the overview in the user’s language and direction, and selects a KR’s row on click', async () => {
      const page = await session.openPlayground();
      const { frame, ui } = await openSidebar(page);
      expect(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        language.code,
        language.dir,
      ]);
      await expect(ui.locator('#overall-heading').textContent()).resolves.toBe(language.overview);
      // Status chips carry a word, not only a colour.
      const chip = ui.locator('.kr .chip').first();
      expect((await chip.textContent())?.trim().length ?? 0).toBeGreaterThan(2);
      // The explanation of a KR opens with its arithmetic.
      await ui.locator('.kr .explain-box summary').first().click();
      await expect.poll(() => ui.locator('.kr .explain li').count()).toBeGreaterThan(3);
      await screenshot(page, `sidebar-${language.code}-overview`);
      expect(await seriousViolations(frame)).toEqual([]);

      await ui.locator('.kr[data-kr="KR2.2"] .kr-title').click();
      await expect.poll(() => page.locator('#name-box').textContent()).toBe('A6');
    });

    it('moves between tabs with the arrow keys (mirrored right to left)', async () => {
      const page = await session.openPlayground();
      const { ui } = await openSidebar(page);
      await ui.locator('#tab-overview').focus();
      await ui.locator('#tab-overview').press(language.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight');
      await expect(ui.locator('#tab-checkIn').getAttribute('aria-selected')).resolves.toBe('true');
      await expect(ui.locator('#tab-checkIn').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await ui.locator('#tab-checkIn').press('End');
      await expect(ui.locator('#tab-settings').getAttribute('aria-selected')).resolves.toBe('true');
      await ui.locator('#tab-settings').press('Home');
      await expect(ui.locator('#tab-overview').getAttribute('aria-selected')).resolves.toBe('true');
    });

    it('checks in: validates first, then saves and shows the new progress', async () => {
      const page = await session.openPlayground();
      const { frame, ui } = await openSidebar(page);
      await showView(ui, 'checkIn');
      await ui.locator('#ci-search').fill('churn');
      await ui.locator('#ci-kr').selectOption('KR2.2');
      await expect.poll(() => ui.locator('.history tbody tr').count()).toBeGreaterThan(0);
      await ui.locator('#ci-value').fill('lots');
      await ui.locator('button[type="submit"]').click();
      await expect(ui.locator('#ci-value').getAttribute('aria-invalid')).resolves.toBe('true');
      await ui.locator('#ci-value').fill('0.045');
      await ui.locator('#ci-confidence').fill('8');
      await ui.locator('#ci-note').fill('=SUM(1,2) renewal saved');
      await ui.locator('button[type="submit"]').click();
      await expect.poll(() => ui.locator('.status-line').textContent()).toContain(language.saved.replace('.', ''));
      await expect
        .poll(() => ui.locator('.history tbody tr').first().textContent())
        .toContain('=SUM(1,2) renewal saved');
      await screenshot(page, `sidebar-${language.code}-check-in`);
      expect(await seriousViolations(frame)).toEqual([]);
    });

    it('runs the health check with findings linked to their cells', async () => {
      const page = await session.openPlayground();
      const { frame, ui } = await openSidebar(page);
      await showView(ui, 'health');
      await expect.poll(() => ui.locator('#panel-health p').first().textContent()).not.toBe('');
      await ui.locator('#panel-health h2').waitFor();
      await expect
        .poll(async () => (await ui.locator('.finding').count()) + (await ui.locator('#panel-health .ok').count()))
        .toBeGreaterThan(0);
      const goTo = ui.locator('.finding button').first();
      if ((await goTo.count()) > 0) {
        await goTo.click();
        await expect.poll(() => page.locator('#name-box').textContent()).toMatch(/^[A-Z]+\d+$/);
      }
      await screenshot(page, `sidebar-${language.code}-health`);
      expect(await seriousViolations(frame)).toEqual([]);
    });

    it('shows the quarter wizard, the examples and the settings', async () => {
      const page = await session.openPlayground();
      const { frame, ui } = await openSidebar(page);
      await showView(ui, 'quarter');
      await ui.locator('#q-step').waitFor();
      await screenshot(page, `sidebar-${language.code}-quarter`);
      expect(await seriousViolations(frame)).toEqual([]);
      await showView(ui, 'examples');
      await expect.poll(() => ui.locator('.example').count()).toBeGreaterThan(3);
      await screenshot(page, `sidebar-${language.code}-examples`);
      expect(await seriousViolations(frame)).toEqual([]);
      await showView(ui, 'settings');
      await ui.locator('#st-green').waitFor();
      await screenshot(page, `sidebar-${language.code}-settings`);
      expect(await seriousViolations(frame)).toEqual([]);
    });
  });
}

describeInBrowser('sidebar actions', () => {
  const session = useBrowserSession({ now: NOW });

  it('renders a KR titled with HTML literally and runs none of it', async () => {
    const page = await session.openPlayground();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openTab(page, KEY_RESULTS_TAB);
    const title = await columnOf(page, 'Key result');
    const hostile = '<img src=x onerror=alert(1)>';
    await typeIntoCell(page, `${title}2`, hostile);
    const { frame, ui } = await openSidebar(page);
    await expect(ui.locator('.kr[data-kr="KR1.1"] .kr-title').textContent()).resolves.toBe(hostile);
    await ui.locator('#tab-checkIn').click();
    await expect(ui.locator('#ci-kr option[value="KR1.1"]').textContent()).resolves.toContain(hostile);
    expect(await frame.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(dialogs).toEqual([]);
    await screenshot(page, 'sidebar-xss');
  });

  it('opens the view a menu item asks for', async () => {
    const page = await session.openPlayground();
    await clickMenuItem(page, 'showHealthCheck');
    const frame = await sidebarFrame(page);
    await frame.waitForSelector('body[data-ready="true"]');
    // Polled: the panel the page showed before the menu item may still be drawn for a moment.
    await expect.poll(() => sidebar(page).locator('#tab-health').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => sidebar(page).locator('#panel-health').isVisible()).toBe(true);
  });

  it('creates the next quarter through the wizard, inserts examples into it, and closes the old one', async () => {
    const page = await session.openPlayground();
    const { ui } = await openSidebar(page);
    await showView(ui, 'quarter');
    await ui.locator('#q-year').fill('2027');
    await ui.locator('#q-quarter').selectOption('1');
    await ui.getByRole('button', { name: 'Next' }).click();
    await ui.locator('#q-team').fill('Sales EMEA');
    await ui.getByRole('button', { name: 'Next' }).click();
    await expect(ui.locator('#panel-quarter').textContent()).resolves.toContain('Q1 2027');
    await ui.getByRole('button', { name: 'Create tabs' }).click();
    await expect.poll(() => ui.locator('.status-line').textContent()).toContain('Q1 2027');
    await expect.poll(() => page.getByRole('tab', { name: /Q1 2027 · Key results/ }).count()).toBe(1);

    await ui.locator('#period-select').selectOption({ label: 'Q1 2027 · Sales EMEA' });
    await showView(ui, 'examples');
    await expect.poll(() => ui.locator('.example').count()).toBeGreaterThan(3);
    await ui.locator('.example input[type="checkbox"]').first().check();
    await ui.getByRole('button', { name: /Insert into Q1 2027/ }).click();
    await expect.poll(() => ui.locator('.status-line').textContent()).toContain('Inserted 1');
    await showView(ui, 'overview');
    await expect.poll(() => ui.locator('.kr').count()).toBeGreaterThan(1);
    await screenshot(page, 'sidebar-new-quarter-with-examples');

    await showView(ui, 'quarter');
    await ui.locator('#q-close').selectOption('Q4 2026');
    await expect.poll(() => ui.locator('.decision').count()).toBeGreaterThan(5);
    await ui.getByRole('button', { name: 'Close period' }).click();
    await expect(ui.locator('#q-confirm').getAttribute('aria-invalid')).resolves.toBe('true');
    await ui.locator('#q-confirm').check();
    await ui.getByRole('button', { name: 'Close period' }).click();
    await expect.poll(() => ui.locator('.status-line').textContent()).toContain('Closed Q4 2026');
    await expect.poll(() => page.getByRole('tab', { name: /Q4 2026 · Review/ }).count()).toBe(1);
  });

  it('validates settings and switches the language when it is changed', async () => {
    const page = await session.openPlayground();
    const { frame, ui } = await openSidebar(page);
    await showView(ui, 'settings');
    await ui.locator('#st-green').fill('30');
    await ui.getByRole('button', { name: 'Save settings' }).click();
    await expect(ui.locator('#st-green').getAttribute('aria-invalid')).resolves.toBe('true');
    await ui.locator('#st-green').fill('70');
    await ui.locator('#st-language').selectOption('de');
    await ui.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe('de');
    await expect(ui.locator('#tab-settings').textContent()).resolves.toBe('Einstellungen');
  });
});

// On a sample of their own: the actions above switch the language and close the quarter.
describeInBrowser('sidebar settings and ranking', () => {
  const session = useBrowserSession({ now: NOW });

  it('saves the objective roll-up setting and keeps it when the settings are opened again', async () => {
    const page = await session.openPlayground();
    let { ui } = await openSidebar(page);
    await showView(ui, 'settings');
    await expect(ui.locator('#st-objective-scores').inputValue()).resolves.toBe('own');
    await ui.locator('#st-objective-scores').selectOption('withChildren');
    await ui.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => ui.locator('.status-line').textContent()).toContain('Saved.');
    await clickMenuItem(page, 'showSidebar');
    await (await sidebarFrame(page)).waitForSelector('body[data-ready="true"]');
    ui = sidebar(page);
    await showView(ui, 'settings');
    await expect(ui.locator('#st-objective-scores').inputValue()).resolves.toBe('withChildren');
  });

  it('ranks people against pace, and opens on the key results of the owner the user says is them', async () => {
    const page = await session.openPlayground();
    let { ui } = await openSidebar(page);
    await ui.locator('#leaders summary').click();
    const lines = await ui.locator('#leaders .leaders-list li').allTextContents();
    expect(lines.length).toBeGreaterThanOrEqual(4);
    // The furthest ahead of pace first: "N points ahead" before "N points behind".
    const gap = (line: string) => {
      const m = /(\d+) points (ahead|behind)/.exec(line);
      return m ? Number(m[1]) * (m[2] === 'ahead' ? 1 : -1) : Number.NEGATIVE_INFINITY;
    };
    const gaps = lines.map(gap);
    expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
    await ui.locator('#leaders-team').click();
    await expect.poll(() => ui.locator('#leaders .leaders-list li').count()).toBe(1);
    await ui.locator('#leaders-owner').click();
    await screenshot(page, 'leaderboard');

    await ui.locator('#filter-owner').selectOption('Tom Becker');
    await ui.locator('#filter-me').check();
    // Opened again: on Tom's key results, marked as the user's own in the leaderboard.
    await clickMenuItem(page, 'showSidebar');
    const frame = await sidebarFrame(page);
    await frame.waitForSelector('body[data-ready="true"]');
    ui = sidebar(page);
    await expect.poll(() => ui.locator('#filter-owner').inputValue()).toBe('Tom Becker');
    const owners = await ui.locator('.kr').evaluateAll((items) => items.length);
    expect(owners).toBeGreaterThan(0);
    await expect(ui.locator('.objective').first().textContent()).resolves.toContain('Tom Becker');
    await ui.locator('#leaders summary').click();
    await expect(ui.locator('#leaders li.me').textContent()).resolves.toContain('Tom Becker (you)');
  });

  it('shows money in the currency chosen in the settings', async () => {
    const page = await session.openPlayground();
    const { ui } = await openSidebar(page);
    // The sample file's locale is en_US: dollars until a currency is chosen.
    await expect.poll(() => ui.locator('#panel-overview').textContent()).toContain('$');
    await showView(ui, 'settings');
    await expect(ui.locator('#st-currency').inputValue()).resolves.toBe('USD');
    await ui.locator('#st-currency').selectOption('EUR');
    await screenshot(page, 'settings-currency');
    await ui.getByRole('button', { name: 'Save settings' }).click();
    await showView(ui, 'overview');
    await expect.poll(() => ui.locator('#panel-overview').textContent()).toContain('€');
    await expect(ui.locator('#panel-overview').textContent()).resolves.not.toContain('$');
  });
});

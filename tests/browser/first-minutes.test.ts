// What a new user meets in the first five minutes of `npm start`, in Chromium, in English, German
// and Arabic: the command line and its banner, a grid that reads like Sheets (text running over
// empty cells, tabs opening at column A, error messages on hover and selection, the key result's
// scores and the dashboard's charts within reach beside the sidebar), and a sidebar that follows
// grid edits, clears old messages, says what to do with a closed period or an existing quarter,
// and shows its arithmetic left to right in every language. Screenshots at 1280×800 and 900×700.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { banner, optionsFromCommandLine } from '../../playground/server';
import type { WorkbookView } from '../../playground/view';
import type { Language } from '../../src/core/types';
import { ERRORS } from '../../src/i18n/errors';
import { SIDEBAR } from '../../src/i18n/sidebar';
import { TEMPLATE } from '../../src/i18n/template';
import { UNIT_LABELS } from '../../src/i18n/units';
import {
  clickMenuItem,
  describeInBrowser,
  launchChromium,
  openTab,
  screenshot,
  sidebar,
  sidebarFrame,
  typeIntoCell,
  useBrowserSession,
} from './support';

const NOW = new Date('2026-11-23T10:00:00Z');
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 900, height: 700 };
const root = join(__dirname, '../..');

function fill(text: string, params: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** Calls a server function the way the sidebar does, through the playground's HTTP API. */
async function run(page: Page, functionName: string, ...args: unknown[]): Promise<unknown> {
  const answer = await page.evaluate(
    async ([name, list]) => {
      const response = await fetch('/api/run', {
        method: 'POST',
        body: JSON.stringify({ functionName: name, args: list }),
      });
      return response.json();
    },
    [functionName, args] as const,
  );
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.result;
}

/** Starts over on fresh sample data and reloads the page. */
async function startOver(page: Page): Promise<void> {
  await page.evaluate(() => fetch('/api/reset', { method: 'POST' }));
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
}

async function openSidebar(page: Page): Promise<FrameLocator> {
  await clickMenuItem(page, 'showSidebar');
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('body[data-ready="true"]');
  return sidebar(page);
}

async function state(page: Page): Promise<WorkbookView> {
  return page.evaluate(async () => (await fetch('/api/state')).json());
}

/** The column letter of a header of the shown tab, by its text. */
async function columnHeaded(page: Page, header: string): Promise<string> {
  const a1 = await page
    .locator('#grid tbody tr:first-child td', { hasText: new RegExp(`^${header}$`) })
    .first()
    .getAttribute('data-a1');
  if (!a1) throw new Error(`No column headed ${header}`);
  return a1.replace(/\d+$/, '');
}

/** Whether the element is wholly inside the grid's visible area and on top there (not under the sidebar or a sticky header). */
async function shownInGrid(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const element = document.querySelector(css) as HTMLElement | null;
    const scroller = document.getElementById('grid-scroll') as HTMLElement;
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    const inside =
      box.left >= view.left - 1 &&
      box.right <= view.left + scroller.clientWidth + 1 &&
      box.top >= view.top - 1 &&
      box.bottom <= view.top + scroller.clientHeight + 1;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return inside && !!hit && (hit === element || element.contains(hit));
  }, selector);
}

describeInBrowser('first five minutes: npm start', () => {
  it('reads --empty also when npm swallowed it (npm start --empty), and says what the workbook holds', () => {
    expect(optionsFromCommandLine(['--empty'], {}).empty).toBe(true);
    expect(optionsFromCommandLine([], { npm_config_empty: 'true' }).empty).toBe(true);
    expect(optionsFromCommandLine([], { npm_config_empty: '' }).empty).toBe(false);
    expect(optionsFromCommandLine([], {}).empty).toBe(false);
    expect(optionsFromCommandLine(['--port', '9001'], { PORT: '9000' }).port).toBe(9001);
    expect(optionsFromCommandLine([], { PORT: '9000', OKR_LOCALE: 'de_DE' })).toMatchObject({
      port: 9000,
      locale: 'de_DE',
    });
    const empty = banner('http://127.0.0.1:8080/', { empty: true });
    expect(empty).toMatch(/starts empty/);
    expect(empty).not.toMatch(/sample/);
    expect(banner('http://127.0.0.1:8080/', {})).toMatch(/built-in sample quarter/);
  });

  it('starts the server as `npm start --empty` does and serves an empty workbook', async () => {
    // What npm runs after the build, with the environment npm sets for `npm start --empty`.
    const child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'playground/server.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', npm_config_empty: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const browser = await launchChromium();
    try {
      const printed = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          if (/Ctrl-C stops/.test(out)) resolve(out);
        });
        child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
        setTimeout(() => reject(new Error(`no banner: ${out}`)), 45_000);
      });
      expect(printed).toMatch(/starts empty/);
      expect(printed).not.toMatch(/sample/);
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(printed)?.[0];
      expect(url).toBeTruthy();
      const page = await browser.newPage({ viewport: WIDE });
      await page.goto(url as string);
      await page.waitForSelector('body[data-ready="true"]');
      await expect(page.locator('.tab').allTextContents()).resolves.toEqual(['Sheet1']);
      await expect(page.getAttribute('#reset', 'title')).resolves.toMatch(/empty/);
      await page.click('#reset');
      await expect.poll(() => page.textContent('#status')).toMatch(/empty workbook/);
      await expect(page.locator('.tab').allTextContents()).resolves.toEqual(['Sheet1']);
      await screenshot(page, 'first-minutes-empty');
    } finally {
      await browser.close();
      child.kill('SIGTERM');
    }
  }, 90_000);
});

const LANGUAGES: { code: Language; locale: string; userLocale: string }[] = [
  { code: 'en', locale: 'en_US', userLocale: 'en_US' },
  { code: 'de', locale: 'de_DE', userLocale: 'de_DE' },
  { code: 'ar', locale: 'en_US', userLocale: 'ar' },
];

for (const language of LANGUAGES) {
  const texts = SIDEBAR[language.code];
  const headers = TEMPLATE[language.code];

  describeInBrowser(`first five minutes in ${language.code}`, () => {
    const session = useBrowserSession({ now: NOW, locale: language.locale, userLocale: language.userLocale });

    it('shows a key result’s progress, status and score beside the sidebar when it is clicked there', async () => {
      for (const [size, viewport] of [
        ['1280', WIDE],
        ['900', NARROW],
      ] as const) {
        const page = await session.openPlayground({ viewport });
        const ui = await openSidebar(page);
        await ui.locator('.kr[data-kr="KR2.2"] .kr-title').click();
        await expect
          .poll(() => page.locator('.tab[aria-selected="true"]').textContent())
          .toContain(headers.tabKeyResults);
        await expect.poll(() => page.locator('#grid td.in-range').count()).toBeGreaterThan(3);
        const row = Number((await page.textContent('#name-box'))?.replace(/^[A-Z]+/, ''));
        for (const header of [headers.hProgress, headers.hStatus, headers.hScore]) {
          const column = await columnHeaded(page, header);
          await expect.poll(() => shownInGrid(page, `#grid td[data-a1="${column}${row}"]`)).toBe(true);
        }
        await screenshot(page, `first-minutes-${language.code}-kr-selected-${size}`);
      }
    });

    it('opens every tab at column A and row 1, clear of the row numbers and column letters', async () => {
      const page = await session.openPlayground({ viewport: WIDE });
      await openTab(page, new RegExp(headers.tabKeyResults));
      await page.evaluate(() => {
        const scroller = document.getElementById('grid-scroll') as HTMLElement;
        scroller.scrollLeft = scroller.dir === 'rtl' ? -5000 : 5000;
        scroller.scrollTop = 5000;
      });
      await openTab(page, new RegExp(headers.tabDashboard));
      await expect(page.evaluate(() => document.getElementById('grid-scroll')?.scrollLeft)).resolves.toBe(0);
      await expect(page.evaluate(() => document.getElementById('grid-scroll')?.scrollTop)).resolves.toBe(0);
      expect(await shownInGrid(page, '#grid td[data-a1="A1"]')).toBe(true);
      // Clicking a cell at the edge scrolls it clear of the sticky row numbers.
      await page.click('#grid td[data-a1="B3"]');
      await page.keyboard.press('ArrowLeft');
      expect(await shownInGrid(page, '#grid td[data-a1="A3"]')).toBe(true);
    });

    it('lets text run over empty cells to its end as Sheets does, never numbers, and stops at a filled cell', async () => {
      const page = await session.openPlayground({ viewport: WIDE });
      await openTab(page, new RegExp(headers.tabDashboard));
      const rtl = (await page.getAttribute('#grid-layer', 'dir')) === 'rtl';
      // An objective's title (C16) runs over the empty "red" cell beside it and is shown whole.
      const title = await page.evaluate(() => {
        const td = document.querySelector('#grid td[data-a1="C16"]') as HTMLElement;
        const text = td.querySelector('.spill-text') as HTMLElement | null;
        return text
          ? { spills: true, whole: text.scrollWidth <= text.clientWidth, wider: text.clientWidth > td.clientWidth }
          : { spills: false, whole: false, wider: false };
      });
      expect(title).toEqual({ spills: true, whole: true, wider: true });
      // The note beside the as-of date (C5) runs on until the status table (H5), not over it.
      const stops = await page.evaluate((rightToLeft) => {
        const text = document.querySelector('#grid td[data-a1="C5"] .spill-text') as HTMLElement;
        const next = document.querySelector('#grid td[data-a1="H5"]') as HTMLElement;
        const a = text.getBoundingClientRect();
        const b = next.getBoundingClientRect();
        return rightToLeft ? a.left >= b.right - 1 : a.right <= b.left + 1;
      }, rtl);
      expect(stops).toBe(true);
      // Numbers (the objective's score in B16) stay in their cell.
      await expect(page.locator('#grid td[data-a1="B16"] .spill-text').count()).resolves.toBe(0);
      // A cell covered by running text still takes a click.
      await page.click('#grid td[data-a1="D16"]');
      await expect(page.textContent('#name-box')).resolves.toBe('D16');
      await screenshot(page, `first-minutes-${language.code}-dashboard-text`);
    });

    it('brings the dashboard’s charts into view from the tab bar', async () => {
      const page = await session.openPlayground({ viewport: WIDE });
      await openSidebar(page);
      await openTab(page, new RegExp(headers.tabDashboard));
      const links = page.locator('#chart-nav .chart-link');
      await expect(links.count()).resolves.toBe(3);
      expect(await shownInGrid(page, '#charts .chart:nth-child(1) h3')).toBe(false);
      for (const n of [1, 2, 3]) {
        await links.nth(n - 1).click();
        await expect.poll(() => shownInGrid(page, `#charts .chart:nth-child(${n}) h3`)).toBe(true);
      }
      await screenshot(page, `first-minutes-${language.code}-dashboard-charts`);
      await page.setViewportSize(NARROW);
      await links.nth(0).click();
      await expect.poll(() => shownInGrid(page, '#charts .chart:nth-child(1) h3')).toBe(true);
      await screenshot(page, `first-minutes-${language.code}-dashboard-charts-900`);
    });

    it('shows why a cell reads #ERROR! on hover and on selection, and tells screen readers', async () => {
      const page = await session.openPlayground({ viewport: WIDE });
      await page.locator('.tab').first().click();
      await typeIntoCell(page, 'B2', '=KR_PROGRESS("abc", 10)');
      // The page recalculates after the edit: wait for the error to reach the workbook's state.
      await expect.poll(async () => (await state(page)).sheets[0].cells[1][1]?.display ?? '').toMatch(/^#/);
      const cell = (await state(page)).sheets[0].cells[1][1];
      const message = cell?.errorMessage ?? '';
      expect(message.length).toBeGreaterThan(5);
      // Hover shows it, leaving hides it.
      await page.click('#grid td[data-a1="D6"]');
      await page.hover('#grid td[data-a1="B2"]');
      await expect.poll(() => page.isVisible('#cell-tip')).toBe(true);
      await expect(page.textContent('#cell-tip')).resolves.toContain(message);
      await page.hover('#grid td[data-a1="D6"]');
      await expect.poll(() => page.isVisible('#cell-tip')).toBe(false);
      // Selecting it with the keyboard shows it, describes the grid with it and announces it.
      await page.click('#grid td[data-a1="A2"]');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.isVisible('#cell-tip')).toBe(true);
      await expect(page.getAttribute('#grid-scroll', 'aria-describedby')).resolves.toBe('cell-tip');
      await expect(page.getAttribute('#cell-tip', 'role')).resolves.toBe('tooltip');
      await expect(page.textContent('#cell-announce')).resolves.toContain(message);
      await screenshot(page, `first-minutes-${language.code}-error-message`);
      // Escape dismisses it; moving on hides it.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.isVisible('#cell-tip')).toBe(false);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => page.isVisible('#cell-tip')).toBe(true);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.isVisible('#cell-tip')).toBe(false);
    });

    it('updates the sidebar’s overview after a value is typed into the grid', async () => {
      const page = await session.openPlayground({ viewport: WIDE });
      await startOver(page);
      const ui = await openSidebar(page);
      const progress = ui.locator('.kr[data-kr="KR1.2"] .bar + p.small');
      const before = await progress.textContent();
      await openTab(page, new RegExp(headers.tabKeyResults));
      const current = await columnHeaded(page, headers.hCurrent);
      const target = await columnHeaded(page, headers.hTarget);
      await page.click(`#grid td[data-a1="${target}3"]`);
      const reached = await page.inputValue('#formula-input');
      await typeIntoCell(page, `${current}3`, reached);
      await expect.poll(() => progress.textContent()).not.toBe(before);
      await expect(progress.textContent()).resolves.toContain(
        new Intl.NumberFormat(language.code, { style: 'percent' }).format(1),
      );
      // Sheets tells a sidebar nothing: coming back to it reads the overview again.
      const after = await progress.textContent();
      await page.evaluate(
        ([sheet, a1]) => fetch('/api/cell', { method: 'POST', body: JSON.stringify({ sheet, a1, input: '40000' }) }),
        [`Q4 2026 · ${headers.tabKeyResults}`, `${current}3`] as const,
      );
      await ui.locator('#overall-heading').click();
      await expect.poll(() => progress.textContent()).not.toBe(after);
      await screenshot(page, `first-minutes-${language.code}-sidebar-follows-grid`);
    });

    it('clears an old “saved” message when a form is refused', async () => {
      const page = await session.openPlayground({ viewport: WIDE });
      await startOver(page);
      const ui = await openSidebar(page);
      const status = ui.locator('.status-line');
      await ui.locator('#tab-settings').click();
      await ui.locator('#st-save').click();
      await expect.poll(() => status.textContent()).toBe(texts.saved);
      await ui.locator('#st-yellow').fill('90');
      await ui.locator('#st-save').click();
      await expect.poll(() => ui.locator('.error-text').count()).toBeGreaterThan(0);
      await expect(status.textContent()).resolves.toBe('');
      // The same in the check-in form.
      await ui.locator('#tab-checkIn').click();
      await ui.locator('#ci-kr').selectOption('KR1.2');
      await ui.locator('#ci-value').fill('43000');
      await ui.locator('#ci-save').click();
      await expect.poll(() => status.textContent()).not.toBe('');
      await ui.locator('#ci-value').fill('');
      await ui.locator('#ci-save').click();
      await expect.poll(() => ui.locator('#ci-value[aria-invalid="true"]').count()).toBe(1);
      await expect(status.textContent()).resolves.toBe('');
      await screenshot(page, `first-minutes-${language.code}-refused-form`);
    });

    it('says what to do when the period chosen for examples is closed', async () => {
      const page = await session.openPlayground({ viewport: WIDE });
      await startOver(page);
      await run(page, 'createPeriod', {
        period: { kind: 'quarter', year: 2027, quarter: 1 },
        team: 'Sales EMEA',
        startFrom: 'empty',
        language: language.code,
      });
      await run(page, 'closePeriod', { label: 'Q4 2026' });
      const ui = await openSidebar(page);
      await ui.locator('#period-select').selectOption('Q4 2026');
      await ui.locator('#tab-examples').click();
      const note = ui.locator('#eg-no-period');
      await expect(note.locator('p').textContent()).resolves.toBe(
        fill(texts['eg.errClosedPeriod'], { label: 'Q4 2026' }),
      );
      await screenshot(page, `first-minutes-${language.code}-examples-closed`);
      await note.getByRole('button', { name: fill(texts['eg.switchTo'], { label: 'Q1 2027' }) }).click();
      await expect(ui.locator('#eg-insert').textContent()).resolves.toBe(
        fill(texts['eg.insert'], { label: 'Q1 2027' }),
      );
      await expect(ui.locator('#period-select').inputValue()).resolves.toBe('Q1 2027');
    });

    it('offers to open a quarter that already exists instead of failing', async () => {
      const page = await session.openPlayground({ viewport: WIDE });
      await startOver(page);
      const ui = await openSidebar(page);
      await page.locator('.tab').first().click();
      await ui.locator('#tab-quarter').click();
      await ui.locator('#q-year').fill('2026');
      await ui.locator('#q-quarter').selectOption('4');
      await ui.locator('#panel-quarter .actions button.primary').first().click();
      await ui.locator('#panel-quarter .actions button.primary').first().click();
      await ui.locator('#panel-quarter .actions button.primary').first().click();
      const note = ui.locator('#q-exists');
      await note.waitFor();
      const expected = fill(ERRORS[language.code].errPeriodExists, {
        label: 'Q4 2026',
        name: `Q4 2026 · ${headers.tabKeyResults}`,
      });
      await expect(note.locator('p').textContent()).resolves.toBe(expected);
      // Said once, in its place, not as "something went wrong".
      await expect(ui.locator('.alert-line').textContent()).resolves.toBe('');
      await screenshot(page, `first-minutes-${language.code}-period-exists`);
      await note.getByRole('button', { name: texts['q.openExisting'] }).click();
      await expect.poll(() => ui.locator('#tab-overview').getAttribute('aria-selected')).toBe('true');
      await expect(ui.locator('#period-select').inputValue()).resolves.toBe('Q4 2026');
      await expect.poll(() => page.locator('.tab[aria-selected="true"]').textContent()).toMatch(/Q4 2026/);
    });

    it('names the units in the tab’s language, and the sidebar still reads them', async () => {
      const page = await session.openPlayground({ viewport: WIDE });
      await startOver(page);
      await openTab(page, new RegExp(headers.tabKeyResults));
      const unit = await columnHeaded(page, headers.hUnit);
      const units = UNIT_LABELS[language.code];
      // KR1.1 is money, KR1.3 a ratio (pipeline coverage), KR3.1 days (the sales cycle).
      await expect(page.textContent(`#grid td[data-a1="${unit}2"]`)).resolves.toBe(units.currency);
      await expect(page.textContent(`#grid td[data-a1="${unit}4"]`)).resolves.toBe(units.ratio);
      await expect(page.textContent(`#grid td[data-a1="${unit}8"]`)).resolves.toBe(units.days);
      const ui = await openSidebar(page);
      const money = await ui.locator('.kr[data-kr="KR1.1"] p.small.muted').first().textContent();
      // Formatted as money in the user's currency (€ for a German locale, US$ otherwise).
      expect(money).toMatch(/[$€]/);
      expect(money).not.toContain(units.currency);
      const ratio = await ui.locator('.kr[data-kr="KR1.3"] p.small.muted').first().textContent();
      expect(ratio).toContain('×');
      expect(ratio).not.toContain(units.ratio);
      await screenshot(page, `first-minutes-${language.code}-units`);
    });

    it('writes the explanation’s arithmetic left to right, in this language too', async () => {
      const page = await session.openPlayground({ viewport: WIDE });
      const ui = await openSidebar(page);
      const box = ui.locator('.kr[data-kr="KR1.1"] .explain-box');
      await box.locator('summary').click();
      const equation = box.locator('bdi.equation').first();
      await expect(equation.getAttribute('dir')).resolves.toBe('ltr');
      expect(await equation.textContent()).toMatch(/^\(.*=.*=/);
      // The objective's weighted terms and its total are isolated the same way.
      const objective = ui.locator('.objective').first().locator('.explain-box').first();
      await objective.locator('summary').click();
      await expect.poll(() => objective.locator('bdi.equation').count()).toBeGreaterThan(2);
      // Drawn left to right: the first operand's first character is left of the result's last
      // one, also where a value follows a word in Arabic script ("× الوزن 2").
      const orders = await ui.locator('bdi.equation').evaluateAll((all) =>
        all.map((bdi) => {
          const text = bdi.firstChild as Text;
          const visible = text.data
            .split('')
            .map((ch, i) => ({ ch, i }))
            .filter(({ ch }) => /[^\s\u2068\u2069]/.test(ch));
          const at = (i: number) => {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            return range.getBoundingClientRect();
          };
          const first = at(visible[0].i);
          const last = at(visible[visible.length - 1].i);
          const oneLine = Math.abs(first.top - last.top) < 4;
          return { text: text.data, leftToRight: !oneLine || first.left < last.left, oneLine };
        }),
      );
      expect(orders.filter((o) => o.oneLine).length).toBeGreaterThanOrEqual(2);
      expect(orders.filter((o) => !o.leftToRight)).toEqual([]);
      await screenshot(page, `first-minutes-${language.code}-explanation`);
    });
  });
}

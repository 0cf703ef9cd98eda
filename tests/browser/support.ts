// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, against the
// playground started in this process on a free port. Where Chromium is missing the suites are
// skipped with a visible reason (CI installs it, so there they always run).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Frame, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Playground, type PlaygroundOptions, startPlayground } from '../../playground/server';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const artifactsDir = join(__dirname, '../../test-results');

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (!hasChromium) {
  console.warn(`Browser tests skipped: ${CHROMIUM} is missing (install it with \`apt-get install -y chromium\`).`);
}

/** describe() that runs only where Chromium is installed; its title says why when skipped. */
export function describeInBrowser(title: string, body: () => void): void {
  const shown = hasChromium ? title : `${title} (skipped: ${CHROMIUM} is missing)`;
  describe.skipIf(!hasChromium)(shown, body);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

export interface BrowserSession {
  browser: Browser;
  playground: Playground;
  /** A fresh page on the playground, loaded and drawn. */
  openPlayground(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
}

/**
 * Starts one Chromium and one playground for the enclosing describe block and stops them after.
 * Returns a handle whose fields are filled in beforeAll.
 */
export function useBrowserSession(options: PlaygroundOptions = {}): BrowserSession {
  const session = {} as BrowserSession;
  const pages: Page[] = [];
  beforeAll(async () => {
    session.playground = await startPlayground({ port: 0, ...options });
    session.browser = await launchChromium();
    session.openPlayground = async ({ viewport = { width: 1400, height: 860 } } = {}) => {
      const page = await session.browser.newPage({ viewport });
      page.setDefaultTimeout(20_000);
      pages.push(page);
      page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
      await page.goto(session.playground.url);
      await page.waitForSelector('body[data-ready="true"]');
      return page;
    };
  });
  afterAll(async () => {
    for (const page of pages) await page.close().catch(() => undefined);
    await session.browser?.close();
    await session.playground?.close();
  });
  return session;
}

/** Saves a full-page screenshot under test-results/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Opens the add-on menu (Extensions) and clicks the item that calls `functionName`. */
export async function clickMenuItem(page: Page, functionName: string): Promise<void> {
  await page.click('#extensions-button');
  await page.click(`#extensions-menu [data-function="${functionName}"]`);
}

/** The sidebar's document, once the add-on has shown one. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  await page.waitForSelector('#sidebar-panel:not([hidden]) #sidebar-frame');
  const handle = await page.$('#sidebar-frame');
  const frame = await handle!.contentFrame();
  if (!frame) throw new Error('The sidebar iframe has no document.');
  await frame.waitForLoadState('load');
  return frame;
}

/** A locator root for the sidebar iframe (auto-waiting, follows reloads). */
export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('#sidebar-frame');
}

/** Shows a sheet tab in the grid by its name. */
export async function openTab(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** The display text of a cell of the shown tab, e.g. cellText(page, 'M2'). */
export async function cellText(page: Page, a1: string): Promise<string> {
  return (await page.locator(`#grid td[data-a1="${a1}"]`).textContent()) ?? '';
}

/** Types into a cell of the shown tab as a user would (select, type, Enter). */
export async function typeIntoCell(page: Page, a1: string, input: string): Promise<void> {
  await page.click(`#grid td[data-a1="${a1}"]`);
  await page.fill('#formula-input', input);
  const updated = page.waitForResponse((r) => r.url().endsWith('/api/cell'));
  await page.press('#formula-input', 'Enter');
  await updated;
}

/** Column letter of the header cell whose text matches, in row 1 of the shown tab (e.g. "Score" → "P"). */
export async function columnOf(page: Page, header: string | RegExp): Promise<string> {
  const headers = await page.locator('#grid tbody tr:first-child td').allTextContents();
  const index = headers.findIndex((text) => (typeof header === 'string' ? text === header : header.test(text)));
  if (index < 0) throw new Error(`No column headed ${header} in: ${headers.join(' | ')}`);
  return (await page.locator('#grid tbody tr:first-child td').nth(index).getAttribute('data-a1'))!.replace(/\d+$/, '');
}

/** The display text of the cell right of the first cell reading `label` in the shown tab. */
export async function valueNextTo(page: Page, label: string): Promise<string> {
  const cell = page.locator('#grid td', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  const a1 = await cell.first().getAttribute('data-a1');
  if (!a1) throw new Error(`No cell reads "${label}"`);
  const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const next = String.fromCharCode(letters.charCodeAt(letters.length - 1) + 1);
  return cellText(page, `${letters.slice(0, -1)}${next}${row}`);
}

/** The row number of the first cell of column `column` reading `text` in the shown tab. */
export async function rowOf(page: Page, column: string, text: string): Promise<number> {
  const cells = page.locator(`#grid td[data-a1^="${column}"]`);
  const count = await cells.count();
  for (let i = 0; i < count; i++) {
    const cell = cells.nth(i);
    const a1 = (await cell.getAttribute('data-a1'))!;
    if (/^[A-Z]+/.exec(a1)![0] === column && (await cell.textContent()) === text)
      return Number(a1.slice(column.length));
  }
  throw new Error(`No "${text}" in column ${column}`);
}

/** Reads "61%", "61.0 %", "0.61" or "٦١٪" as a number from 0 to 1 (percent texts divided by 100). */
export function shareOf(text: string): number {
  const normal = text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\u066b/g, '.')
    .replace(/\u066a/g, '%')
    .replace(/\s/g, '')
    .replace(',', '.');
  const number = Number.parseFloat(normal.replace(/[^\d.-]/g, ''));
  return /%/.test(normal) ? number / 100 : number;
}

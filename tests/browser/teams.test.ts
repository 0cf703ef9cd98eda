// A company and three teams in Chromium (`npm start -- --teams 3`): the period picker names each
// team's period, the overview opens the alignment across teams, and the wizard adds a team.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { createPeriodWith } from '../../src/sheet/periods';
import {
  artifactsDir,
  clickMenuItem,
  describeInBrowser,
  openTab,
  screenshot,
  sidebar,
  sidebarFrame,
  useBrowserSession,
} from './support';

const NOW = new Date('2026-11-23T10:00:00Z');
const AXE_SOURCE = readFileSync(join(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

async function openSidebar(page: Page): Promise<{ frame: Frame; ui: FrameLocator }> {
  await clickMenuItem(page, 'showSidebar');
  const frame = await sidebarFrame(page);
  await frame.waitForSelector('body[data-ready="true"]');
  return { frame, ui: sidebar(page) };
}

describeInBrowser('a company and three teams', () => {
  const session = useBrowserSession({ now: NOW, teams: 3 });

  it('picks each team’s period and shows the alignment tree, teams against pace and reps', async () => {
    const page = await session.openPlayground({ viewport: { width: 1400, height: 1100 } });
    const { frame, ui } = await openSidebar(page);
    const options = await ui.locator('#period-select option').allTextContents();
    expect(options).toEqual(
      expect.arrayContaining(['Q4 2026 · Company', 'Q4 2026 · EMEA', 'Q4 2026 · Americas', 'Q4 2026 · APAC']),
    );
    await ui.locator('#period-select').selectOption('Q4 2026 · EMEA');
    await ui.locator('#alignment summary').click();
    await ui.locator('#alignment .tree').waitFor();
    const top = await ui.locator('#alignment .tree > li > .node .node-title').allTextContents();
    expect(top).toEqual([
      'Company C1 · Grow new-business revenue across every region',
      'Company C2 · Build a pipeline we can forecast on',
    ]);
    const underC1 = await ui
      .locator('#alignment .tree > li:first-child > ul > li > .node .node-team')
      .allTextContents();
    expect(underC1).toEqual(['EMEA', 'Americas', 'APAC']);
    await expect(ui.locator('#alignment').textContent()).resolves.toContain('Lena Vogel');
    // Sheet text is shown as text.
    expect(await ui.locator('#alignment script').count()).toBe(0);
    await frame.evaluate(AXE_SOURCE);
    const serious = await frame.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(c: Element): Promise<{ violations: { impact: string; id: string }[] }> } }
      ).axe;
      const result = await axe.run(document.getElementById('alignment') as Element);
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(serious).toEqual([]);
    await screenshot(page, 'teams-alignment');
    await ui.locator('#alignment').screenshot({ path: join(artifactsDir, 'teams-alignment-tree.png') });

    // "Open Americas" switches the overview to that team's period.
    await ui.getByRole('button', { name: 'Open Americas' }).click();
    await expect.poll(() => ui.locator('#period-select').inputValue()).toBe('Q4 2026 · Americas');
    // Opened again, the sidebar comes back to the team the user turned to.
    const reopened = await openSidebar(page);
    await expect.poll(() => reopened.ui.locator('#period-select').inputValue()).toBe('Q4 2026 · Americas');

    // The alignment tab holds the same rolled-up scores, natively.
    await openTab(page, /Q4 2026 · Alignment/);
    await screenshot(page, 'teams-alignment-tab');
  });

  it('starts the next quarter for two teams at once from the wizard, each with its own tabs', async () => {
    const page = await session.openPlayground();
    const { ui } = await openSidebar(page);
    await ui.locator('#tab-quarter').click();
    await ui.getByRole('button', { name: 'Next' }).click();
    await ui.locator('#q-team').fill('LATAM, Nordics');
    await ui.getByRole('button', { name: 'Next' }).click();
    await expect(ui.locator('#panel-quarter').textContent()).resolves.toContain('for the teams LATAM, Nordics');
    await ui.getByRole('button', { name: 'Create' }).click();
    await expect
      .poll(() => ui.locator('.status-line').textContent(), { timeout: 30_000 })
      .toContain('Q1 2027 · LATAM, Q1 2027 · Nordics');
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs).toEqual(expect.arrayContaining(['Q1 2027 · LATAM · Key results', 'Q1 2027 · Nordics · Key results']));
    await screenshot(page, 'teams-wizard-created');
  });
});

describeInBrowser('a team in another file', () => {
  const session = useBrowserSession({ now: NOW, teams: 1 });

  it('is added by its address, named as not read until access is allowed, then rolled up', async () => {
    const emulator = session.playground.addon().emulator;
    const company = emulator.spreadsheet.getId();
    const file = emulator.createSpreadsheet({ name: 'Nordics OKRs', timeZone: 'Etc/UTC' });
    emulator.setActiveSpreadsheet(file.getId());
    const restore = emulator.installGlobals();
    try {
      const request = {
        period: { kind: 'quarter', year: 2026, quarter: 4 },
        team: 'Nordics',
        startFrom: 'empty',
        language: 'en',
      } as const;
      const kr = {
        id: 'NO1.1',
        objectiveId: 'NO1',
        objectiveTitle: 'Open the Nordics',
        title: 'Close 300,000',
        owner: 'Ida',
        parentObjectiveId: 'C1',
        kind: 'increase',
        unit: 'currency',
        baseline: 0,
        target: 300000,
        current: 150000,
      } as const;
      createPeriodWith(file, request, [kr], null);
    } finally {
      restore();
      emulator.setActiveSpreadsheet(company);
    }

    const page = await session.openPlayground({ viewport: { width: 1400, height: 1100 } });
    let { ui } = await openSidebar(page);
    await ui.locator('#alignment summary').click();
    await ui.locator('#alignment .files summary').click();
    await ui.locator('#al-file-team').fill('Nordics');
    await ui.locator('#al-file-url').fill(file.getUrl());
    await ui.locator('#al-file-add').click();
    await expect.poll(() => ui.locator('#alignment .findings').textContent()).toContain('Nordics could not be read');
    await screenshot(page, 'teams-file-not-allowed');

    // The user clicks the cell and "Allow access" (here: the emulator's), then opens the sidebar again.
    emulator.allowImport(company, file.getId());
    ({ ui } = await openSidebar(page));
    await ui.locator('#alignment summary').click();
    await ui.locator('#alignment .tree').waitFor();
    const underC1 = await ui
      .locator('#alignment .tree > li:first-child > ul > li > .node .node-team')
      .allTextContents();
    expect(underC1).toEqual(['EMEA', 'Nordics']);
    await expect(ui.locator('#alignment .findings').count()).resolves.toBe(0);
  });
});

// The playground server over HTTP, without a browser: the page, the workbook as JSON, typing into
// cells, menu clicks, google.script.run calls, the sidebar with its shim, ports and Ctrl-C.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optionsFromCommandLine, type Playground, startPlayground } from '../../playground/server';
import type { RunResponse, WorkbookView } from '../../playground/view';

const NOW = new Date('2026-11-23T10:00:00Z');
let playground: Playground;

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(new URL(path, playground.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

async function state(): Promise<WorkbookView> {
  return (await fetch(new URL('/api/state', playground.url))).json() as Promise<WorkbookView>;
}

beforeAll(async () => {
  playground = await startPlayground({ port: 0, now: NOW, deals: true });
});
afterAll(() => playground?.close());

describe('playground server', () => {
  it('serves the page, its script and styles on 127.0.0.1', async () => {
    expect(playground.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(playground.url);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<script src="/page.js">');
    expect((await fetch(new URL('/page.js', playground.url))).status).toBe(200);
    expect((await fetch(new URL('/page.css', playground.url))).status).toBe(200);
    expect((await fetch(new URL('/nothing-here', playground.url))).status).toBe(404);
  });

  it('describes the sample workbook: tabs, display values, formulas and the add-on menu', async () => {
    const view = await state();
    const tab = view.sheets.find((s) => s.name === 'Q4 2026 · Key results');
    expect(tab).toBeDefined();
    const headers = tab!.cells[0].map((c) => c.display);
    const progress = headers.indexOf('Progress');
    expect(progress).toBeGreaterThan(0);
    expect(tab!.cells[1][progress].display).toMatch(/^\d+%$/);
    expect(tab!.cells[1][progress].input).toMatch(/^=KR_PROGRESS\(/);
    expect(view.menus[0].items.some((i) => 'functionName' in i && i.functionName === 'showSidebar')).toBe(true);
    expect(view.sidebar).toBeNull();
  });

  it("holds the sample's CRM export tab, drawn from its top only, and keeps the key results tab open", async () => {
    const view = await state();
    expect(view.activeSheet).toBe('Q4 2026 · Key results');
    const deals = view.sheets.find((s) => s.name === 'CRM export')!;
    expect(deals.lastRow).toBe(5_007);
    expect(deals.cells[0][0].display).toBe('Opportunity Owner');
    // 25,000 cells at most: the page builds one table cell each, and the state goes out after every edit.
    expect(deals.rows).toBeLessThan(deals.lastRow);
    expect(deals.rows * deals.columns).toBeLessThanOrEqual(25_000);
    expect(deals.cells).toHaveLength(deals.rows);
    // A row the add-on selects is drawn, however far down.
    const tab = playground.addon().emulator.spreadsheet.getSheetByName('CRM export')!;
    tab.getRange('A4000:M4000').activate();
    const selected = (await state()).sheets.find((s) => s.name === 'CRM export')!;
    expect(selected.rows).toBeGreaterThanOrEqual(4_000);
    expect(selected.cells[3_999][0].display).not.toBe('');
    await post('/api/select', { sheet: 'Q4 2026 · Key results' });
    // npm start imports it; startPlayground only when asked (deals: true).
    expect(optionsFromCommandLine([], {}).deals).toBe(true);
  });

  it('recomputes after a cell is typed into', async () => {
    const sheet = 'Sheet1';
    await post('/api/cell', { sheet, a1: 'A1', input: '57' });
    const view = await post<WorkbookView>('/api/cell', { sheet, a1: 'B1', input: '=KR_PROGRESS(A1,55,60)' });
    const cells = view.sheets.find((s) => s.name === sheet)!.cells;
    expect(cells[0][1].display).toBe('0.6');
    const after = await post<WorkbookView>('/api/cell', { sheet, a1: 'A1', input: '56' });
    expect(after.sheets.find((s) => s.name === sheet)!.cells[0][1].display).toBe('0.8');
  });

  it('runs server functions like google.script.run and reports failures as such', async () => {
    const ok = await post<RunResponse>('/api/run', { functionName: 'getSidebarState', args: [] });
    expect(ok.ok).toBe(true);
    // Each answer says what the call cost in spreadsheet service calls.
    expect(ok.cost.functionName).toBe('getSidebarState');
    expect(ok.cost.serviceCalls).toBeGreaterThan(0);
    expect(ok.cost.roundTrips).toBeGreaterThan(0);
    expect(ok.cost.roundTrips).toBeLessThanOrEqual(ok.cost.serviceCalls);
    const missing = await post<RunResponse>('/api/run', { functionName: 'doesNotExist', args: [] });
    expect(missing).toMatchObject({ ok: false, error: { message: expect.stringContaining('doesNotExist') } });
  });

  it('opens the sidebar from a menu item and serves it with the google.script.run shim first', async () => {
    const { state: view, error } = await post<{ state: WorkbookView; error?: unknown }>('/api/menu', {
      functionName: 'showSidebar',
    });
    expect(error).toBeUndefined();
    expect(view.sidebar?.version).toBe(1);
    const html = await (await fetch(new URL('/sidebar', playground.url))).text();
    const shim = html.indexOf('okr-playground');
    expect(shim).toBeGreaterThan(0);
    expect(shim).toBeLessThan(html.indexOf('okr-initial-view'));
    // The same menu item again shows the sidebar again (a new version for the page).
    const again = await post<{ state: WorkbookView }>('/api/menu', { functionName: 'showSidebar' });
    expect(again.state.sidebar?.version).toBe(2);
  });

  it('tries the next port when the asked one is busy', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as { port: number }).port;
    const second = await startPlayground({ port: busy, now: NOW, empty: true });
    try {
      expect(second.port).toBeGreaterThan(busy);
    } finally {
      await second.close();
      blocker.close();
    }
  });
});

describe('npm start', () => {
  it('prints the URL and what to try, and exits 0 on Ctrl-C', async () => {
    const root = join(__dirname, '../..');
    const child = spawn(process.execPath, ['--import', 'tsx', 'playground/server.ts', '--port', '0'], {
      cwd: root,
      env: { ...process.env, PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`No URL printed:\n${output}`)), 40_000);
      child.stdout.on('data', () => {
        if (/Ctrl-C/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`Exited early:\n${output}`)));
    });
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
    expect(url).toBeDefined();
    expect(output).toMatch(/Try:/);
    expect((await fetch(url!)).status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
  }, 60_000);
});

// `npm start`: the add-on on a local page. Serves the emulated workbook as a grid, the add-on
// menu, and the real sidebar (dist/Sidebar.html) wired to the real server code (dist/Code.js)
// through a local google.script.run. Plain node:http on 127.0.0.1; nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BadRequestError, importCsv, pasteText } from './data';
import { loadGenerated } from './generate';
import { type Addon, type AddonOptions, startAddon } from './runtime';
import { loadSample, loadSampleDeals } from './sample';
import { loadTeams } from './teams';
import type { CallCost, RunResponse } from './view';
import { describeWorkbook } from './workbook-view';

const here = dirname(fileURLToPath(import.meta.url));

export interface PlaygroundOptions extends AddonOptions {
  /** 0 picks a free port; a busy port makes the server try the next ones. Default: PORT or 8080. */
  port?: number;
  /** Start from an empty workbook instead of the built-in sample. */
  empty?: boolean;
  /** Start from a generated team of this many key results (playground/generate.ts) instead of the sample. */
  krs?: number;
  /** Start from a company and this many teams on one quarter (playground/teams.ts) instead of the sample. */
  teams?: number;
  /**
   * With the sample, also import the CRM export tab (5,000 deals). `npm start` does; the default
   * here is off so that the browser tests, which reset the sample often, do not pay for it.
   */
  deals?: boolean;
}

export interface Playground {
  url: string;
  port: number;
  /** The add-on currently served (replaced by POST /api/reset). */
  addon(): Addon;
  close(): Promise<void>;
}

interface PageAssets {
  html: string;
  css: string;
  script: string;
  shim: string;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(here, 'page', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
  });
  return result.outputFiles[0].text;
}

async function loadAssets(): Promise<PageAssets> {
  const [script, shim] = await Promise.all([bundle('page.ts'), bundle('shim.ts')]);
  return {
    html: readFileSync(join(here, 'page/index.html'), 'utf8'),
    css: readFileSync(join(here, 'page/page.css'), 'utf8'),
    script,
    shim: shim.replace(/<\/(script)/gi, '<\\/$1'),
  };
}

/** The sidebar HTML the add-on showed, with the google.script.run shim running before its code. */
function withShim(html: string, shim: string): string {
  const tag = `<script>\n${shim}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}

/** Pasted blocks and imported CSV files are larger than the other requests (a 5,000-deal export is ~1 MB). */
const DATA_BODY_LIMIT = 32_000_000;

function readBody(request: IncomingMessage, limit = 1_000_000): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('Request body too large'));
        request.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    request.on('end', () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch {
        reject(new Error('Request body is not JSON'));
      }
    });
    request.on('error', reject);
  });
}

function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadRequestError('body', 'expected a JSON object.');
  }
  return body as Record<string, unknown>;
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json', JSON.stringify(value));
}

function errorOf(error: unknown): { name: string; message: string; field?: string } {
  if (error instanceof BadRequestError) return { name: error.name, message: error.message, field: error.field };
  return error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
    ? { name: String((error as Error).name ?? 'Error'), message: String((error as Error).message) }
    : { name: 'Error', message: String(error) };
}

/** Starts counting one call's service calls and custom-function invocations; call the result to read them. */
function measureCall(addon: Addon, functionName: string): () => CallCost {
  const emulator = addon.emulator;
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const mark = emulator.calls.mark();
  const functionsBefore = sum(emulator.customFunctionCalls());
  const started = performance.now();
  return () => {
    const calls = emulator.calls.since(mark);
    return {
      functionName,
      serviceCalls: calls.calls,
      roundTrips: calls.roundTrips,
      customFunctionCalls: sum(emulator.customFunctionCalls()) - functionsBefore,
      milliseconds: Math.round(performance.now() - started),
    };
  };
}

function listen(server: Server, port: number, attempts: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE' && port !== 0 && attempts > 1) {
        resolve(listen(server, port + 1, attempts - 1));
      } else {
        reject(error);
      }
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<Playground> {
  const assets = await loadAssets();
  const open = () => {
    const next = startAddon(options);
    if (options.krs) loadGenerated(next, options.krs);
    else if (options.teams) loadTeams(next, options.teams);
    else if (!options.empty) {
      loadSample(next);
      if (options.deals) loadSampleDeals(next);
    }
    return next;
  };
  let addon = open();
  const startsFrom = options.empty && !options.krs && !options.teams ? 'empty' : 'sample';
  const state = () => describeWorkbook(addon, startsFrom);

  const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => Promise<void> | void> = {
    'GET /': (_q, r) => send(r, 200, 'text/html', assets.html),
    'GET /page.js': (_q, r) => send(r, 200, 'text/javascript', assets.script),
    'GET /page.css': (_q, r) => send(r, 200, 'text/css', assets.css),
    'GET /favicon.ico': (_q, r) => {
      r.writeHead(204);
      r.end();
    },
    'GET /api/state': (_q, r) => sendJson(r, 200, state()),
    'GET /sidebar': (_q, r) => {
      const sidebar = addon.sidebar();
      if (!sidebar) send(r, 404, 'text/plain', 'The add-on has not shown a sidebar.');
      else send(r, 200, 'text/html', withShim(sidebar.html, assets.shim));
    },
    'POST /api/cell': async (q, r) => {
      const { sheet, a1, input } = (await readBody(q)) as { sheet: string; a1: string; input: string };
      addon.setCellInput(String(sheet), String(a1), String(input ?? ''));
      sendJson(r, 200, state());
    },
    'POST /api/select': async (q, r) => {
      // The tab the user opened in the page becomes the active sheet, as in Sheets, so that the
      // add-on activating a tab (openPeriodTab, selectKeyResult) always shows it.
      const { sheet } = (await readBody(q)) as { sheet: string };
      const tab = addon.emulator.spreadsheet.getSheetByName(String(sheet));
      if (!tab) throw new Error(`There is no tab “${sheet}”.`);
      tab.activate();
      sendJson(r, 200, state());
    },
    'POST /api/menu': async (q, r) => {
      const { functionName } = (await readBody(q)) as { functionName: string };
      let error: { name: string; message: string } | undefined;
      try {
        addon.runMenuItem(String(functionName));
      } catch (thrown) {
        error = errorOf(thrown);
      }
      sendJson(r, 200, { state: state(), error });
    },
    'POST /api/run': async (q, r) => {
      const { functionName, args } = (await readBody(q)) as { functionName: string; args?: unknown[] };
      const name = String(functionName);
      const measure = measureCall(addon, name);
      let answer: RunResponse;
      try {
        const result = addon.call(name, Array.isArray(args) ? args : []);
        answer = { ok: true, result, cost: measure() };
      } catch (thrown) {
        answer = { ok: false, error: errorOf(thrown), cost: measure() };
      }
      sendJson(r, 200, answer);
    },
    'POST /api/paste': async (q, r) => {
      pasteText(addon, objectBody(await readBody(q, DATA_BODY_LIMIT)));
      sendJson(r, 200, state());
    },
    'POST /api/import': async (q, r) => {
      importCsv(addon, objectBody(await readBody(q, DATA_BODY_LIMIT)));
      sendJson(r, 200, state());
    },
    'POST /api/reset': (_q, r) => {
      addon = open();
      sendJson(r, 200, state());
    },
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = routes[`${request.method} ${path}`];
    if (!route) {
      send(response, 404, 'text/plain', 'Not found');
      return;
    }
    Promise.resolve()
      .then(() => route(request, response))
      .catch((error) => {
        if (!response.headersSent) sendJson(response, 400, { error: errorOf(error) });
      });
  });

  const port = await listen(server, options.port ?? 8080, 20);
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    addon: () => addon,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function portFromArgs(argv: string[], env: NodeJS.ProcessEnv): number {
  const flag = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const raw = flag < 0 ? env.PORT : argv[flag].includes('=') ? argv[flag].split('=')[1] : argv[flag + 1];
  const port = raw === undefined || raw === '' ? 8080 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port number: ${raw}`);
  return port;
}

/** `--krs 1000`: the number of key results of a generated team; undefined without the flag. */
function krsFromArgs(argv: string[]): number | undefined {
  const flag = argv.findIndex((a) => a === '--krs' || a.startsWith('--krs='));
  if (flag < 0) return undefined;
  const raw = argv[flag].includes('=') ? argv[flag].split('=')[1] : argv[flag + 1];
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 20_000) throw new Error(`Not a number of key results: ${raw}`);
  return count;
}

/** `--teams 3`: a company and this many teams (1–50) on one quarter; undefined without the flag. */
function teamsFromArgs(argv: string[]): number | undefined {
  const flag = argv.findIndex((a) => a === '--teams' || a.startsWith('--teams='));
  if (flag < 0) return undefined;
  const raw = argv[flag].includes('=') ? argv[flag].split('=')[1] : argv[flag + 1];
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 50) throw new Error(`Not a number of teams (1–50): ${raw}`);
  return count;
}

/**
 * Whether to start from an empty workbook: `--empty`, or `npm start --empty` without `--`, which
 * npm swallows as its own config and passes on only as `npm_config_empty`.
 */
function emptyFromArgs(argv: string[], env: NodeJS.ProcessEnv): boolean {
  const npmFlag = env.npm_config_empty;
  return argv.includes('--empty') || (npmFlag !== undefined && npmFlag !== '' && npmFlag !== 'false');
}

/** The playground's options from the command line and the environment (what `npm start` passes). */
export function optionsFromCommandLine(argv: string[], env: NodeJS.ProcessEnv): PlaygroundOptions {
  return {
    port: portFromArgs(argv, env),
    locale: env.OKR_LOCALE,
    userLocale: env.OKR_USER_LOCALE,
    timeZone: env.OKR_TIMEZONE || undefined,
    empty: emptyFromArgs(argv, env),
    krs: krsFromArgs(argv),
    teams: teamsFromArgs(argv),
    deals: true,
  };
}

/** What `npm start` prints: the URL, what the workbook holds and what to try first. */
export function banner(url: string, options: PlaygroundOptions): string {
  const start = options.teams
    ? `The add-on runs here on an emulated workbook with a company and ${options.teams} teams on one quarter (--teams). Try:
  · Extensions → Sales OKRs → Open OKR sidebar: pick a team in Period, open "Alignment across teams"
  · The Alignment tab: every team's key results and each objective's rolled-up score, in the sheet
  · A team's "Share of KR" rows: each rep's share of the team's revenue, the gap in "Split gap"`
    : options.krs
      ? `The add-on runs here on an emulated workbook with a generated team of ${options.krs} key results (--krs). Try:
  · Extensions → Sales OKRs → Open OKR sidebar: scores, objectives and key results
  · Check in… : record a new value for a key result and watch its score change in the grid`
      : options.empty
        ? `The add-on runs here on an emulated workbook that starts empty (--empty). Try:
  · Extensions → Sales OKRs → New quarter… : create the first quarter's tabs, from the example library if you like
  · Extensions → Sales OKRs → Open OKR sidebar: scores, objectives and key results once a quarter exists
  · Click a cell in the grid and type a value or a formula such as =KR_PROGRESS(57,55,60) ; Enter recomputes`
        : `The add-on runs here on an emulated workbook with the built-in sample quarter. Try:
  · Extensions → Sales OKRs → Open OKR sidebar: scores, objectives and key results
  · Check in… : record a new value for a key result and watch its score change in the grid
  · Click a cell in the grid and type a value or a formula such as =OKR_SCORE(...) ; Enter recomputes
  · New quarter… : create the next quarter's tabs from the sample
  · The CRM export tab: 5,000 deals as File → Import leaves it; paste a block (Ctrl+V) or Import CSV… for more`;
  return `
Sales OKRs playground: ${url}

${start}
Options: --krs N (a generated team of N key results), --teams N (a company and N teams), --empty (an empty
workbook). With npm: \`npm start -- --krs 1000\` or \`npm start -- --teams 3\`.
Environment: PORT (or --port N), OKR_LOCALE (workbook, e.g. de_DE), OKR_USER_LOCALE (e.g. ar),
OKR_TIMEZONE (spreadsheet time zone, e.g. Pacific/Auckland). Ctrl-C stops.
`;
}

async function main(): Promise<void> {
  const options = optionsFromCommandLine(process.argv.slice(2), process.env);
  const playground = await startPlayground(options);
  console.log(banner(playground.url, options));
  const stop = () => {
    playground.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

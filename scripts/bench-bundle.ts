// The bundle part of `npm run bench`: the size of every file `clasp push` uploads, and what
// loading the script costs a fresh execution. Apps Script compiles the whole script for every
// execution, each custom-function call included; a bench that runs the same source again in
// the same process measures V8's code cache instead (about 3 ms here against about 12 ms fresh).
// So every run gets a new context and a source text it has never seen (a numbered comment at the
// end), and the figure is the median of many runs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, Script } from 'node:vm';

const root = join(import.meta.dirname, '..');

export interface BundleFigures {
  /** Bytes of each file in dist/, by name. */
  sizes: Record<string, number>;
  /** Median ms to compile dist/Code.js from source nobody compiled before (new vm.Script). */
  compileMs: number;
  /** Median ms to compile it and run its top level in a new context (what an execution pays first). */
  loadMs: number;
  /** Median ms an action pays on top: reading dist/Actions.html's text, compiling and running it. */
  actionsLoadMs: number;
  runs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function measureBundle(runs = 60, dist = join(root, 'dist')): BundleFigures {
  const sizes: Record<string, number> = {};
  for (const name of readdirSync(dist).sort()) sizes[name] = statSync(join(dist, name)).size;
  const code = readFileSync(join(dist, 'Code.js'), 'utf8');
  // Unique per call, so not even a second bench in the same process meets a cached compile.
  const salt = `${process.pid}-${Date.now()}`;
  const actionsFile = readFileSync(join(dist, 'Actions.html'), 'utf8');
  const compile: number[] = [];
  const load: number[] = [];
  const actions: number[] = [];
  for (let i = 0; i < runs; i++) {
    const source = `${code}\n// fresh compile ${salt}-${i}\n`;
    const context = createContext({});
    const start = performance.now();
    const script = new Script(source, { filename: 'Code.js' });
    const compiled = performance.now();
    script.runInContext(context);
    const end = performance.now();
    compile.push(compiled - start);
    load.push(end - start);
    // As src/sheet/data.ts actionsModule does it, on source text never compiled before.
    const actionsStart = performance.now();
    const actionsSource = `${JSON.parse(actionsFile)}\n// fresh compile ${salt}-${i}\nreturn SalesOkrActions;`;
    new Script(`(function () {\n${actionsSource}\n})()`, { filename: 'Actions.html' }).runInContext(context);
    actions.push(performance.now() - actionsStart);
  }
  return { sizes, compileMs: median(compile), loadMs: median(load), actionsLoadMs: median(actions), runs };
}

/** Prints the figures the README's "Size of the script" table records. */
export function printBundleBench(): void {
  const { sizes, compileMs, loadMs, actionsLoadMs, runs } = measureBundle();
  console.log('Bundle (files clasp pushes; a fresh compile per run, median of runs):');
  for (const [name, bytes] of Object.entries(sizes)) {
    console.log(`  dist/${name.padEnd(20)} ${(bytes / 1024).toFixed(1).padStart(6)} KiB`);
  }
  console.log(`  dist/Code.js fresh compile       ${compileMs.toFixed(2)} ms (median of ${runs})`);
  console.log(`  dist/Code.js compile + top level ${loadMs.toFixed(2)} ms (median of ${runs})`);
  console.log(`  + dist/Actions.html, per action  ${actionsLoadMs.toFixed(2)} ms (decode, compile, top level)`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) printBundleBench();

// The self-check a maintainer runs after deploying, run on the emulated workbook: it passes with
// the add-on's custom functions, reports a broken one, and leaves no scratch tab behind.
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../emulator/index';
import * as customFunctions from '../../src/functions/customFunctions';
import { okrSelfCheck } from '../../src/server/selfcheck';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe('okrSelfCheck', () => {
  it('reports that everything passed, and removes its scratch tab', () => {
    const emu = createEmulator({ customFunctions, timeZone: 'Etc/UTC' });
    restore = emu.installGlobals();
    const before = emu.snapshot();
    const report = okrSelfCheck();
    expect(report).toMatch(/^OKR self-check: all passed/);
    expect(emu.snapshot()).toEqual(before);
  });

  it('reports a broken custom function', () => {
    const broken = { ...customFunctions, KR_PROGRESS: () => 0.42 };
    const emu = createEmulator({ customFunctions: broken, timeZone: 'Etc/UTC' });
    restore = emu.installGlobals();
    const report = okrSelfCheck();
    expect(report).toMatch(/^OKR self-check: \d+ problem/);
    expect(report).toContain('increase: =KR_PROGRESS(A1,B1,C1,D1) gave 0.42, expected 0.5');
  });
});

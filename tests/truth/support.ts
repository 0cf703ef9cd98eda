// Shared set-up of the one-truth tests: before each test a fresh emulated workbook holding the
// quarter Q1 2027 with the given key results, made by the add-on, and the clock at TODAY.
import { afterEach, beforeEach, vi } from 'vitest';
import { createEmulator, type Emulator } from '../../emulator/index';
import { DEFAULT_SETTINGS, type KeyResult } from '../../src/core/types';
import * as customFunctions from '../../src/functions/customFunctions';
import { createPeriodWith } from '../../src/sheet/periods';

export const TODAY = new Date('2027-02-15T12:00:00Z');

/** The workbook of the running test (its `emu` is replaced before each test). */
export interface QuarterWorkbook {
  emu: Emulator;
  sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet;
}

export function useQuarterWorkbook(keyResults: Partial<KeyResult>[]): QuarterWorkbook {
  let restore = () => {};
  const workbook: QuarterWorkbook = {
    emu: undefined as unknown as Emulator,
    sheet: (name) => workbook.emu.spreadsheet.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet,
  };
  beforeEach(() => {
    vi.useFakeTimers({ now: TODAY, toFake: ['Date'] });
    workbook.emu = createEmulator({
      customFunctions,
      now: TODAY,
      timeZone: 'Etc/UTC',
      locale: 'en_US',
      userLocale: 'en',
    });
    restore = workbook.emu.installGlobals();
    const request = {
      period: { kind: 'quarter', year: 2027, quarter: 1 },
      team: 'EMEA',
      startFrom: 'empty',
      language: 'en',
    } as const;
    createPeriodWith(workbook.emu.spreadsheet, request, keyResults, DEFAULT_SETTINGS);
  });
  afterEach(() => {
    restore();
    vi.useRealTimers();
  });
  return workbook;
}

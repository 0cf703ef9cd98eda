// The host can fail after applying a call, and it can fail again while the add-on undoes its
// work. Over every call of creating and closing a quarter: a call that fails after taking effect
// still leaves the workbook as it was; an outage during the undo ends with a message, in the
// user's language, naming exactly the tabs left to delete; a user's own tab is never touched.
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors';
import { userMessage } from '../../src/server/errors';
import { closePeriod, createPeriodWith } from '../../src/sheet/periods';
import { newWorkbook, request, SETTINGS, sampleKeyResults, type Workbook } from './helpers';

let wb: Workbook | undefined;
afterEach(() => wb?.restore());

const NOTES = 'Notes';
const create = (w: Workbook) => createPeriodWith(w.ss, request(), sampleKeyResults().slice(0, 3), SETTINGS);
const close = (w: Workbook) => closePeriod(w.ss, { label: 'Q1 2027', date: '2027-03-31' }, SETTINGS);

/** A workbook with a tab of the user's own, plus whatever `setUp` adds. */
function fresh(setUp: (w: Workbook) => void): Workbook {
  wb?.restore();
  wb = newWorkbook('en_US', 'de');
  const notes = wb.ss.insertSheet(NOTES);
  notes.getRange('A1:B2').setValues([
    ['my notes', 42],
    ['keep', 'me'],
  ]);
  setUp(wb);
  return wb;
}

/** Calls the action makes when nothing fails. */
function callsOf(setUp: (w: Workbook) => void, action: (w: Workbook) => unknown): number {
  const w = fresh(setUp);
  w.emu.calls.reset();
  action(w);
  return w.emu.calls.total();
}

const tabNames = (w: Workbook) => w.ss.getSheets().map((s) => s.getName());
const userTab = (w: Workbook) => w.emu.snapshot().sheets.find((s) => s.name === NOTES);

describe.each([
  { name: 'creating a quarter', setUp: (_w: Workbook) => {}, action: create },
  { name: 'closing a quarter', setUp: create, action: close },
])('$name', ({ setUp, action }) => {
  it('a call that fails after taking effect leaves the workbook as it was, at every call', () => {
    const total = callsOf(setUp, action);
    let w = fresh(setUp);
    const before = JSON.stringify(w.emu.snapshot());
    let failures = 0;
    for (let k = 1; k <= total; k++) {
      w.emu.failAt(k, new Error(`late failure at ${k}`), { afterEffect: true });
      try {
        action(w);
      } catch (error) {
        w.emu.endExecution();
        failures++;
        expect((error as Error).message, `call ${k}`).toBe(`late failure at ${k}`);
        expect(JSON.parse(JSON.stringify(w.emu.snapshot())), `workbook after a late failure at call ${k}`).toEqual(
          JSON.parse(before),
        );
        continue;
      }
      // The failed call did not matter (the lock's release): the action completed; start again.
      w.emu.cancelFailure();
      w = fresh(setUp);
    }
    expect(failures).toBeGreaterThan(total / 2);
  }, 600_000);

  it('an outage during the undo names exactly the tabs left, in the user’s language, at every call', () => {
    const total = callsOf(setUp, action);
    let w = fresh(setUp);
    const mine = userTab(w);
    let reported = 0;
    for (let k = 1; k <= total; k++) {
      const before = tabNames(w);
      // Call k fails, and so does every call after it (the undo's included).
      for (let j = 0; j < 400; j++) w.emu.failAt(k + j, new Error(`outage from call ${k}`));
      let thrown: unknown;
      try {
        action(w);
      } catch (error) {
        thrown = error;
      }
      w.emu.cancelFailure();
      w.emu.endExecution();
      if (thrown === undefined) {
        // Only the lock's release failed: the action completed. Start again.
        w = fresh(setUp);
        continue;
      }
      expect(userTab(w), `the user's tab after an outage from call ${k}`).toEqual(mine);
      const left = tabNames(w).filter((name) => !before.includes(name));
      if (!(thrown instanceof UserError)) {
        // Nothing was left: the original error.
        expect(left, `tabs left after an outage from call ${k}`).toEqual([]);
        expect((thrown as Error).message).toBe(`outage from call ${k}`);
        continue;
      }
      reported++;
      expect((thrown as UserError).key).toBe('errUndoIncomplete');
      const message = userMessage(thrown, 'de');
      expect(message).toContain(`outage from call ${k}`);
      expect(message).toContain('Bitte löschen Sie diese Tabellenblätter, falls vorhanden');
      // Every tab left is named; a named tab is one of the action's (its insert may not have landed).
      const named = String((thrown as UserError).params?.tabs)
        .split(', ')
        .map((quoted) => quoted.slice(1, -1));
      for (const name of left) expect(named, `outage from call ${k}`).toContain(name);
      for (const name of named) expect(name).toMatch(/^Q1 2027 · /);
      w = fresh(setUp);
    }
    expect(reported).toBeGreaterThan(0);
  }, 600_000);

  it('a single failure during the undo is retried, so the workbook is still left as it was', () => {
    const total = callsOf(setUp, action);
    let w = fresh(setUp);
    const before = JSON.stringify(w.emu.snapshot());
    // A failure at call k, then one more a few calls later (inside the undo for most k).
    for (let k = 1; k <= total; k += 3) {
      for (const later of [1, 2, 3]) {
        w.emu.failAt(k, new Error(`failure at ${k}`));
        w.emu.failAt(k + later, new Error(`undo failure at ${k + later}`));
        try {
          action(w);
        } catch (_) {
          w.emu.cancelFailure();
          w.emu.endExecution();
          if (JSON.stringify(w.emu.snapshot()) !== before) {
            expect(JSON.parse(JSON.stringify(w.emu.snapshot())), `failures at ${k} and ${k + later}`).toEqual(
              JSON.parse(before),
            );
          }
          continue;
        }
        w.emu.cancelFailure();
        w = fresh(setUp);
      }
    }
  }, 600_000);
});

// The services around the spreadsheet: the add-on menu and sidebar (the add-on's own onOpen and
// showSidebar), HtmlService, PropertiesService, LockService, Session and Utilities.
import { afterEach, describe, expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';
import { DEFAULT_SETTINGS } from '../../src/core/types';
import { onOpen, showCheckIn } from '../../src/server/menu';
import { createPeriodWith } from '../../src/sheet/periods';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe('Ui', () => {
  test("the add-on's onOpen builds its menu and showSidebar shows the Sidebar file", () => {
    const emu = createEmulator({ userLocale: 'de', htmlFiles: { Sidebar: '<main>sidebar</main>' } });
    restore = emu.installGlobals();
    onOpen();
    const [menu] = emu.menus();
    expect(menu.addon).toBe(true);
    expect(menu.items.filter((i) => i.kind === 'item').map((i) => i.functionName)).toContain('showSidebar');
    expect(menu.items.some((i) => i.kind === 'separator')).toBe(true);
    showCheckIn();
    const sidebar = emu.sidebar();
    expect(sidebar?.content).toContain('<main>sidebar</main>');
    expect(sidebar?.content).toContain('data-view="checkIn"');
    expect(sidebar?.title).not.toBe('');
  });

  test('alerts are recorded and answered from a queue (OK by default)', () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    emu.queueAlertResponses('NO');
    expect(ui.alert('Title', 'Replace the tab?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(emu.alerts()).toEqual([
      { title: '', prompt: 'Done', buttons: 'OK' },
      { title: 'Title', prompt: 'Replace the tab?', buttons: 'YES_NO' },
    ]);
  });

  test('submenus and custom menus are recorded for rendering', () => {
    const emu = createEmulator();
    const ui = emu.globals.SpreadsheetApp.getUi();
    ui.createMenu('OKR').addItem('Open', 'open').addSubMenu(ui.createMenu('More').addItem('Help', 'help')).addToUi();
    expect(emu.menus()).toEqual([
      {
        caption: 'OKR',
        addon: false,
        items: [
          { kind: 'item', caption: 'Open', functionName: 'open' },
          { kind: 'submenu', caption: 'More', items: [{ kind: 'item', caption: 'Help', functionName: 'help' }] },
        ],
      },
    ]);
  });

  test('a missing HTML file fails like Apps Script', () => {
    const emu = createEmulator({ htmlFiles: {} });
    expect(() => emu.globals.HtmlService.createHtmlOutputFromFile('Nope')).toThrow(
      'No HTML file named Nope was found.',
    );
    const out = emu.globals.HtmlService.createHtmlOutput('<b>x</b>').append('<i>y</i>').setTitle('T').setWidth(320);
    expect([out.getContent(), out.getTitle(), out.getWidth()]).toEqual(['<b>x</b><i>y</i>', 'T', 320]);
  });
});

describe('PropertiesService', () => {
  test('stores strings per scope', () => {
    const emu = createEmulator();
    const { PropertiesService } = emu.globals;
    const doc = PropertiesService.getDocumentProperties();
    doc.setProperty('cap', '1.2');
    doc.setProperties({ a: '1', b: '2' });
    expect(doc.getProperty('cap')).toBe('1.2');
    expect(doc.getProperties()).toEqual({ cap: '1.2', a: '1', b: '2' });
    doc.deleteProperty('a');
    expect(doc.getProperty('a')).toBeNull();
    expect(PropertiesService.getUserProperties().getProperty('cap')).toBeNull();
    PropertiesService.getScriptProperties().setProperty('x', String(3));
    expect(PropertiesService.getScriptProperties().getProperties()).toEqual({ x: '3' });
  });
});

describe('LockService', () => {
  test('the document lock is held by one execution at a time, until it releases it or ends', () => {
    const emu = createEmulator();
    const first = emu.globals.LockService.getDocumentLock();
    const again = emu.globals.LockService.getDocumentLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(first.hasLock()).toBe(true);
    // A second handle in the same execution has the lock its execution holds.
    expect(again.tryLock(1000)).toBe(true);
    // Another execution does not get it while this one runs.
    emu.endExecution();
    expect(first.hasLock()).toBe(false);
    emu.holdLock('document');
    expect(first.tryLock(1000)).toBe(false);
    expect(() => again.waitLock(1000)).toThrow(/Lock timeout/);
    emu.releaseLock('document');
    expect(again.tryLock(1000)).toBe(true);
    again.releaseLock();
    expect(first.hasLock()).toBe(false);
    expect(emu.globals.LockService.getScriptLock().tryLock(10)).toBe(true);
  });
});

describe('LockService waits as Apps Script does (simulated, not slept)', () => {
  test('tryLock waits up to its timeout, waitLock throws after it', () => {
    const emu = createEmulator();
    emu.holdLock('document'); // another execution holds the lock
    const lock = emu.globals.LockService.getDocumentLock();
    const started = Date.now();
    expect(lock.tryLock(20_000)).toBe(false);
    expect(emu.calls.lockWaitMs()).toBe(20_000);
    expect(() => lock.waitLock(5_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(emu.calls.lockWaitMs()).toBe(25_000);
    expect(emu.calls.simulatedMs()).toBe(25_000);
    expect(Date.now() - started).toBeLessThan(1000);
    emu.releaseLock('document');
    expect(lock.tryLock(1)).toBe(true);
  });

  test('a lock released elsewhere within the timeout is taken after the wait', () => {
    const emu = createEmulator();
    emu.holdLock('script', 3_000);
    const lock = emu.globals.LockService.getScriptLock();
    expect(lock.tryLock(1_000)).toBe(false); // 2 s still to go
    expect(lock.tryLock(10_000)).toBe(true);
    expect(emu.calls.lockWaitMs()).toBe(3_000);
    expect(lock.hasLock()).toBe(true);
  });

  test('the add-on says someone else is busy after waiting 20 s, and changes nothing', () => {
    const emu = createEmulator();
    const restore = emu.installGlobals();
    try {
      emu.holdLock('document');
      const before = emu.snapshot();
      expect(() =>
        createPeriodWith(
          emu.spreadsheet,
          { period: { kind: 'quarter', year: 2027, quarter: 1 }, team: '', startFrom: 'empty', language: 'en' },
          [],
          DEFAULT_SETTINGS,
        ),
      ).toThrow('Someone else is changing this spreadsheet. Try again in a moment.');
      expect(emu.calls.lockWaitMs()).toBe(20_000);
      expect(emu.snapshot()).toEqual(before);
      // When the execution ends, Apps Script releases the locks the add-on held.
      emu.releaseLock('document');
      const lock = emu.globals.LockService.getDocumentLock();
      expect(lock.tryLock(0)).toBe(true);
      emu.endExecution();
      expect(lock.hasLock()).toBe(false);
    } finally {
      restore();
    }
  });
});

describe('Session and Utilities', () => {
  test('report the configured locale and time zone and format dates like Apps Script', () => {
    const emu = createEmulator({ userLocale: 'ar', timeZone: 'Europe/Berlin' });
    const { Session, Utilities } = emu.globals;
    expect(Session.getActiveUserLocale()).toBe('ar');
    expect(Session.getScriptTimeZone()).toBe('Europe/Berlin');
    const d = new Date(Date.UTC(2027, 0, 31, 23, 30));
    expect(Utilities.formatDate(d, 'UTC', 'yyyy-MM-dd')).toBe('2027-01-31');
    expect(Utilities.formatDate(d, 'Europe/Berlin', 'yyyy-MM-dd HH:mm')).toBe('2027-02-01 00:30');
    expect(Utilities.formatDate(d, 'UTC', "EEE, d MMM yyyy 'at' h:mm a")).toBe('Sun, 31 Jan 2027 at 11:30 PM');
  });
});

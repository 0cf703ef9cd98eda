// The services around the spreadsheet: the add-on menu and sidebar (the add-on's own onOpen and
// showSidebar), HtmlService, PropertiesService, LockService, Session and Utilities.
import { afterEach, describe, expect, test } from 'vitest';
import { createEmulator } from '../../emulator/index';
import { onOpen, showCheckIn } from '../../src/server/menu';

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
  test('the document lock is held by one caller at a time', () => {
    const emu = createEmulator();
    const first = emu.globals.LockService.getDocumentLock();
    const second = emu.globals.LockService.getDocumentLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(first.hasLock()).toBe(true);
    expect(second.tryLock(1000)).toBe(false);
    expect(() => second.waitLock(1000)).toThrow(/Lock timeout/);
    first.releaseLock();
    expect(second.tryLock(1000)).toBe(true);
    expect(emu.globals.LockService.getScriptLock().tryLock(10)).toBe(true);
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

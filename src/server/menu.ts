// Menu and sidebar entry points. onOpen may run in AuthMode.NONE (before the add-on is
// authorised in this file): it must only build the menu, touching no properties or documents.
import type { Language } from '../core/types';
import { languageFromLocale, translate } from '../i18n/index';
import { MENU, type MenuKey } from '../i18n/menu';

/** The sidebar views a menu item can open (the sidebar reads it from #okr-initial-view). */
export type SidebarView = 'overview' | 'checkIn' | 'health' | 'newPeriod' | 'closePeriod';

function userLanguage(): Language {
  try {
    return languageFromLocale(Session.getActiveUserLocale());
  } catch (_) {
    return 'en';
  }
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const language = userLanguage();
  const label = (key: MenuKey) => translate(MENU, language, key);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(label('openSidebar'), 'showSidebar')
    .addItem(label('checkIn'), 'showCheckIn')
    .addSeparator()
    .addItem(label('newPeriod'), 'showNewPeriod')
    .addItem(label('closePeriod'), 'showClosePeriod')
    .addItem(label('healthCheck'), 'showHealthCheck')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showSidebar(view: SidebarView = 'overview'): void {
  const known: SidebarView[] = ['overview', 'checkIn', 'health', 'newPeriod', 'closePeriod'];
  const safeView = known.includes(view) ? view : 'overview';
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .append(`<div hidden id="okr-initial-view" data-view="${safeView}"></div>`)
    .setTitle(translate(MENU, userLanguage(), 'sidebarTitle'));
  SpreadsheetApp.getUi().showSidebar(html);
}

export function showCheckIn(): void {
  showSidebar('checkIn');
}
export function showNewPeriod(): void {
  showSidebar('newPeriod');
}
export function showClosePeriod(): void {
  showSidebar('closePeriod');
}
export function showHealthCheck(): void {
  showSidebar('health');
}

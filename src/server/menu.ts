// Menu and sidebar entry points. onOpen may run in AuthMode.NONE (before the add-on is
// authorised in this file): it must only build the menu, touching no properties or documents.

import { LANGUAGES, type Language } from '../core/types';
import { languageFromLocale, translate } from '../i18n/index';
import { MENU, type MenuKey } from '../i18n/menu';
import { addAddonMenu, showSidebarPage, userLocale } from '../sheet/host';
import { loadUserChoices } from '../sheet/settings';

/** The sidebar views a menu item can open (the sidebar reads it from #okr-initial-view). */
export type SidebarView = 'overview' | 'checkIn' | 'health' | 'newPeriod' | 'closePeriod';
const VIEWS: readonly SidebarView[] = ['overview', 'checkIn', 'health', 'newPeriod', 'closePeriod'];

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const language = languageFromLocale(userLocale());
  const item = (key: MenuKey, functionName: string) => ({ label: translate(MENU, language, key), functionName });
  addAddonMenu([
    item('openSidebar', 'showSidebar'),
    item('checkIn', 'showCheckIn'),
    { label: '', functionName: null },
    item('newPeriod', 'showNewPeriod'),
    item('closePeriod', 'showClosePeriod'),
    item('healthCheck', 'showHealthCheck'),
  ]);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showSidebar(view: SidebarView = 'overview'): void {
  const safeView = VIEWS.includes(view) ? view : 'overview';
  const locale = userLocale();
  // The title in the language the user chose in the settings, else their locale's.
  const { chosen, me, team } = userChoices();
  const language = chosen === 'auto' ? languageFromLocale(locale) : chosen;
  showSidebarPage(safeView, translate(MENU, language, 'sidebarTitle'), locale, chosen, me, team);
}

/**
 * The user's language choice (a language, or 'auto' for their locale's) and the owner name they
 * said is them, in one request; 'auto' and '' when unreadable.
 */
function userChoices(): { chosen: Language | 'auto'; me: string; team: string } {
  try {
    const { language, me, team } = loadUserChoices();
    const chosen = (LANGUAGES as readonly string[]).includes(language ?? '') ? (language as Language) : 'auto';
    return { chosen, me, team };
  } catch (_) {
    return { chosen: 'auto', me: '', team: '' };
  }
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

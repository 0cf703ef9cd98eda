// The host around the spreadsheet: who the user is (their locale), the add-on menu and the
// sidebar window. Kept here so that only the sheet layer talks to Apps Script services.

/** The user's locale ("de_DE"); 'en' when it cannot be read (e.g. before authorisation). */
export function userLocale(): string {
  try {
    return Session.getActiveUserLocale() || 'en';
  } catch (_) {
    return 'en';
  }
}

export interface MenuItem {
  label: string;
  /** The top-level function the item runs; null for a separator. */
  functionName: string | null;
}

/** The add-on's menu under Extensions (works in AuthMode.NONE). */
export function addAddonMenu(items: readonly MenuItem[]): void {
  let menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items)
    menu = item.functionName ? menu.addItem(item.label, item.functionName) : menu.addSeparator();
  menu.addToUi();
}

/** A locale as Session reports it ("de_DE", "zh-TW"), nothing else. */
export const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$/;

/**
 * Opens the sidebar page (dist/Sidebar.html) with the view a menu item asked for, the user's
 * locale and their language choice ('auto' or a language code), already read for the title, so
 * that the page's first request need not ask again.
 */
export function showSidebarPage(
  view: string,
  title: string,
  locale: string,
  language: string,
  me = '',
  team = '',
): void {
  const localeAttribute = LOCALE_PATTERN.test(locale) ? ` data-locale="${locale}"` : '';
  const languageAttribute = /^[a-z]{2}$|^auto$/.test(language) ? ` data-language="${language}"` : '';
  // Sheet text as URI-encoded characters only: no quote or angle bracket reaches the page's HTML.
  const meAttribute = me ? ` data-me="${encodeURIComponent(me.slice(0, 200))}"` : '';
  const teamAttribute = team ? ` data-team="${encodeURIComponent(team.slice(0, 100))}"` : '';
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .append(
      `<div hidden id="okr-initial-view" data-view="${view}"${localeAttribute}${languageAttribute}${meAttribute}${teamAttribute}></div>`,
    )
    .setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

// Keeping what the sidebar says true while the sheet changes under it. Sheets tells a sidebar
// nothing about edits made in the grid, so the overview is read again when the user comes back
// to the sidebar (its window gains focus or becomes visible again). The local playground also
// announces its own grid edits with an `okr:sheet-edited` event on the sidebar's window.
// A message from an earlier action is cleared when a form is submitted again, so a refused form
// never sits under an old "Saved.".
import type { App } from './app';
import { call } from './server';

export const SHEET_EDITED_EVENT = 'okr:sheet-edited';

export function keepFresh(app: App, root: HTMLElement): void {
  // Capture phase: runs before the form's own submit handler, which may then report its result.
  root.addEventListener('submit', () => app.notify(''), true);

  const busy = () => root.hasAttribute('aria-busy');
  let reading = false;
  let again = false;
  const reload = async (): Promise<void> => {
    const label = app.overview?.period.label;
    if (!label || document.hidden || busy()) return;
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      const view = await call('getOverview', label, true);
      // Redraw only when something changed and the same period is still on screen; a redraw
      // rebuilds the view's controls, so a form being filled in is left alone until it is shown again.
      // An action that ran meanwhile (a check-in, a period switch) has the newer word.
      if (busy() || app.overview?.period.label !== label) return;
      if (JSON.stringify(view) === JSON.stringify(app.overview)) return;
      if (app.active === 'overview') app.setOverview(view);
      else app.overview = view;
    } catch (_) {
      // Quietly: the next action the user takes reports any failure.
    } finally {
      reading = false;
      if (again) {
        again = false;
        void reload();
      }
    }
  };
  window.addEventListener('focus', () => void reload());
  window.addEventListener(SHEET_EDITED_EVENT, () => void reload());
  document.addEventListener('visibilitychange', () => void reload());
}

// A typed promise around google.script.run: one call, one promise, the endpoint's own types.
import type { SidebarEndpoints } from '../../src/contract/index';

type Runner = Record<string, (...args: unknown[]) => void> & {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
};

declare const google: { script: { run: Runner } };

export function call<K extends keyof SidebarEndpoints>(
  name: K,
  ...args: Parameters<SidebarEndpoints[K]>
): Promise<ReturnType<SidebarEndpoints[K]>> {
  return new Promise((resolve, reject) => {
    if (typeof google === 'undefined' || !google.script || !google.script.run) {
      reject(new Error('google.script.run is not available.'));
      return;
    }
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarEndpoints[K]>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    runner[name](...args);
  });
}

/** The message of a failed call, for the user. */
export function errorText(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as Error).message);
  return String(error);
}

/** The user's locale the page was opened with (the menu read it already); undefined elsewhere. */
export function pageLocale(): string | undefined {
  return document.getElementById('okr-initial-view')?.getAttribute('data-locale') ?? undefined;
}

/** A text attribute the menu put on the page (URI-encoded sheet text), '' when absent or broken. */
function pageText(name: string): string {
  const encoded = document.getElementById('okr-initial-view')?.getAttribute(name) ?? '';
  try {
    return decodeURIComponent(encoded);
  } catch (_) {
    return '';
  }
}

/** The team the user looks at, as the menu read it when it opened the page ('' none). */
export function pageTeam(): string {
  return pageText('data-team');
}

/** The owner name the user said is them, as the menu read it when it opened the page ('' none). */
export function pageMe(): string {
  return pageText('data-me');
}

/**
 * The user's language choice when the page was opened ('auto' or a language; the menu read it for
 * the title): for the page's first request only, as the user may change it in the settings later.
 */
export function pageLanguageChoice(): string | undefined {
  return document.getElementById('okr-initial-view')?.getAttribute('data-language') ?? undefined;
}

// Other spreadsheets, named but never opened: the file id in a pasted Google Sheets address (or a
// bare id), for the IMPORTRANGE formulas the add-on writes. The add-on only has the current
// spreadsheet (spreadsheets.currentonly); Sheets reads the other file once the user allows it.
import { shorten } from './numbers';

/**
 * Why a text names no spreadsheet: nothing pasted; a Google Docs, Slides, Forms or Drawings file;
 * the "Publish to the web" address (its id is not the file's); a Google Drive address (which does
 * not say the file is a spreadsheet); another address; text that cannot be an id.
 */
export type FileIdProblem = 'empty' | 'otherGoogleFile' | 'publishedAddress' | 'driveAddress' | 'notSheets' | 'notAnId';

export type FileIdResult = { ok: true; id: string; url: string } | { ok: false; problem: FileIdProblem; text: string };

// Drive file ids are letters, digits, '-' and '_' (Sheets' are 44 long; 25 is the shortest
// commonly accepted, which keeps words and names from passing as ids).
const ID = /^[A-Za-z0-9_-]{25,128}$/;
// Spaces, zero-width characters and the quotes or angle brackets a pasted address may carry.
const WRAPPING = /^[\s"'“”‘’<>\u200B\u2060\uFEFF]+|[\s"'“”‘’<>\u200B\u2060\uFEFF]+$/g;

/** The address the add-on writes for a spreadsheet id: https://docs.google.com/spreadsheets/d/<id>/edit. */
export function sheetsUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

/**
 * The file id of a Google Sheets address as the browser shows it (…/spreadsheets/d/<id>/edit#gid=0,
 * also with /u/1/, without https://, or the old …/ccc?key=<id>) or of a bare id; otherwise why not.
 */
export function sheetsFileId(input: unknown): FileIdResult {
  const text = String(input ?? '').replace(WRAPPING, '');
  const fail = (problem: FileIdProblem): FileIdResult => ({ ok: false, problem, text: shorten(text) });
  const found = (id: string | undefined | null): FileIdResult =>
    id && ID.test(id) ? { ok: true, id, url: sheetsUrl(id) } : fail('notAnId');
  if (text === '') return fail('empty');
  if (ID.test(text)) return found(text);
  const address = addressOf(text);
  if (!address) return fail('notAnId');
  const { host, path, query } = address;
  if (host === 'drive.google.com') return fail('driveAddress');
  if (host !== 'docs.google.com' && host !== 'spreadsheets.google.com') return fail('notSheets');
  // /u/1/ says which signed-in account opened it; the file is the same.
  const rest = path[1] === 'u' && /^\d+$/.test(path[2] ?? '') ? [path[0], ...path.slice(3)] : path;
  const [kind, marker, id] = rest;
  if (kind === 'spreadsheets' && marker === 'd') return id === 'e' ? fail('publishedAddress') : found(id);
  if (kind === 'spreadsheet' || host === 'spreadsheets.google.com') return found(/(?:^|&)key=([^&]+)/.exec(query)?.[1]);
  if (['document', 'presentation', 'forms', 'drawings'].includes(kind ?? '')) return fail('otherGoogleFile');
  return fail('notSheets');
}

// scheme (optional), host, path, query, fragment. (Apps Script has no URL class.)
const ADDRESS = /^(?:https?:\/\/)?([A-Za-z0-9.-]+\.[A-Za-z]{2,})(?::\d+)?(\/[^?#]*)?(?:\?([^#]*))?(?:#.*)?$/i;

/** The parts of a web address (with or without https://); null for other text. */
function addressOf(text: string): { host: string; path: string[]; query: string } | null {
  if (/\s/.test(text)) return null;
  const m = ADDRESS.exec(text);
  // Without a scheme, a dotted word ("team.okr") is not taken for an address unless a path follows.
  if (!m || (!/^https?:\/\//i.test(text) && m[2] === undefined)) return null;
  const path = (m[2] ?? '').split('/').filter((part) => part !== '');
  return { host: m[1].toLowerCase(), path, query: m[3] ?? '' };
}

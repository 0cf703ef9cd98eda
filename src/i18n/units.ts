// The words for the units the add-on knows (the Unit column of the key-results tab). The sheet
// shows them in its language; reading a tab turns a word in any of the six languages back into
// the unit's code, so a sheet keeps working when it is shared with someone who reads another
// language. Any other unit ("USD", "deals") is kept as typed.
import type { Catalog } from './index';

export type UnitCode = 'currency' | 'ratio' | 'count' | 'days';

const UNIT_CODES: readonly UnitCode[] = ['currency', 'ratio', 'count', 'days'];

export const UNIT_LABELS: Catalog<UnitCode> = {
  en: { currency: 'currency', ratio: 'ratio', count: 'count', days: 'days' },
  de: { currency: 'Währung', ratio: 'Verhältnis', count: 'Anzahl', days: 'Tage' },
  fr: { currency: 'devise', ratio: 'ratio', count: 'nombre', days: 'jours' },
  cs: { currency: 'měna', ratio: 'poměr', count: 'počet', days: 'dny' },
  zh: { currency: '货币', ratio: '比率', count: '数量', days: '天' },
  ar: { currency: 'عملة', ratio: 'نسبة', count: 'عدد', days: 'أيام' },
};

function isUnitCode(unit: string): unit is UnitCode {
  return (UNIT_CODES as readonly string[]).includes(unit);
}

/** The word a sheet in `language` shows for a unit; other units as they are. */
export function unitLabel(language: keyof typeof UNIT_LABELS, unit: string | undefined): string {
  const u = (unit ?? '').trim();
  const code = u.toLowerCase();
  return isUnitCode(code) ? UNIT_LABELS[language][code] : u;
}

/** The unit a word in a sheet means, in any of the six languages (case-insensitive); other text as typed. */
export function unitCode(text: string): string {
  const wanted = text.trim().toLocaleLowerCase();
  for (const labels of Object.values(UNIT_LABELS)) {
    for (const code of UNIT_CODES) if (labels[code].toLocaleLowerCase() === wanted) return code;
  }
  return text.trim();
}

// The unit a typed value says it is in ("50%", "$500", "500 €"), against the unit of the key result
// it is for. "50%" on a currency KR would be stored as 0.5 and "$15" on a % KR as 1,500%, so a
// check-in asks first ("did you mean 50?"). Pure; shared with the sidebar, which asks the same.
import { parseNumber } from './numbers';

export type UnitFamily = 'percent' | 'currency';

const PERCENT = /[%٪]/g;
const CURRENCY = /[$€£¥₹₩₽₺₪¢]|\b(?:USD|EUR|GBP|CZK|CHF|CNY|RMB|JPY|SAR|AED|INR|CAD|AUD|PLN|SEK|NOK|DKK)\b|Kč|zł/i;
const CURRENCY_SIGNS = new RegExp(CURRENCY.source, 'gi');

/** What a KR's unit cell says: a percentage, an amount of money, or something else (null). */
export function unitFamilyOf(unit: string): UnitFamily | null {
  const said = unit.trim();
  if (said === '%' || /^(percent|percentage|prozent|pourcentage|procent[oa]?|百分比)$/i.test(said)) return 'percent';
  if (/^(currency|money|währung|devise|měna|货币|عملة)$/i.test(said)) return 'currency';
  return said !== '' && said.replace(CURRENCY_SIGNS, '').trim() === '' ? 'currency' : null;
}

/** The unit a typed text names, or null when it names none (a plain number). */
export function typedUnitOf(value: unknown): UnitFamily | null {
  if (typeof value !== 'string') return null;
  if (/[%٪]/.test(value)) return 'percent';
  return CURRENCY.test(value) ? 'currency' : null;
}

export interface UnitMismatch {
  /** The unit the text was typed in. */
  typed: UnitFamily;
  /** The KR's unit. */
  unit: UnitFamily;
  /** The number typed, without its unit sign (50 for "50%", 500 for "$500"). */
  number: number;
  /** That number read in the KR's unit, as the sheet stores it: 50 on a currency KR, 0.5 on a % KR. */
  meant: number;
}

/** A value typed in the other of percent and currency than its KR's unit; null when it matches. */
export function unitMismatch(krUnit: string, value: unknown, decimal?: '.' | ','): UnitMismatch | null {
  const typed = typedUnitOf(value);
  const unit = unitFamilyOf(krUnit);
  if (!typed || !unit || typed === unit) return null;
  const bare = parseNumber(String(value).replace(PERCENT, '').replace(CURRENCY_SIGNS, ''), { decimal });
  if (!bare.ok || !Number.isFinite(bare.value)) return null;
  return { typed, unit, number: bare.value, meant: unit === 'percent' ? bare.value / 100 : bare.value };
}

// Checks of what the user typed, before anything is sent. Pure, so it is tested under Node; the
// server checks again.

import type { CheckInRequest, KrKind } from '../../src/contract/index';
import { decimalSeparatorOf, parseNumber } from '../../src/contract/shared';

import type { SidebarKey } from '../../src/i18n/sidebar';

export interface CheckInForm {
  periodLabel: string;
  krId: string;
  kind: KrKind | null;
  valueText: string;
  done: boolean;
  confidenceText: string;
  note: string;
  who: string;
}

export type CheckInErrors = Partial<Record<'krId' | 'value' | 'confidence', SidebarKey>>;

export function checkInRequest(
  form: CheckInForm,
  locale: string,
): { request: CheckInRequest; errors: null } | { request: null; errors: CheckInErrors } {
  const errors: CheckInErrors = {};
  if (!form.krId) errors.krId = 'ci.errPick';
  let value: CheckInRequest['value'] = form.done;
  if (form.kind !== 'milestone') {
    const parsed = parseNumber(form.valueText, { decimal: decimalSeparatorOf(locale.replace('-', '_')) });
    if (parsed.ok) value = form.valueText.trim();
    else errors.value = 'ci.errValue';
  }
  let confidence: number | null = null;
  if (form.confidenceText.trim() !== '') {
    const parsed = parseNumber(form.confidenceText, { decimal: decimalSeparatorOf(locale.replace('-', '_')) });
    // Sent as a fraction: on the server's mixed 0–10 / 0–1 scale, "1" out of 10 would read as 100%.
    if (parsed.ok && !parsed.percent && parsed.value >= 0 && parsed.value <= 10) confidence = parsed.value / 10;
    else errors.confidence = 'ci.errConfidence';
  }
  if (Object.keys(errors).length > 0) return { request: null, errors };
  return {
    request: {
      periodLabel: form.periodLabel,
      krId: form.krId,
      value,
      confidence,
      note: form.note.slice(0, 2000),
      who: form.who.slice(0, 200),
    },
    errors: null,
  };
}

// Small pieces the views share: status and grade chips (a symbol and a word, never colour
// alone), progress bars with a pace marker, check-in sparklines, and explanation lists.

import type { CheckInPoint, Grade, Message, Status } from '../../src/contract/index';
import type { App } from './app';
import { h, svg } from './dom';

const STATUS_SYMBOL: Record<Status, string> = { done: '✓', onTrack: '●', atRisk: '▲', offTrack: '✕' };
const GRADE_SYMBOL: Record<Grade, string> = { green: '●', yellow: '◐', red: '○' };

export function statusChip(app: App, status: Status | null): HTMLElement | null {
  if (!status) return null;
  return h(
    'span',
    { class: `chip status-${status}` },
    h('span', { 'aria-hidden': 'true', class: 'symbol' }, STATUS_SYMBOL[status]),
    ` ${app.fmt.t(`status.${status}`)}`,
  );
}

export function gradeChip(app: App, grade: Grade | null): HTMLElement | null {
  if (!grade) return null;
  return h(
    'span',
    { class: `chip grade-${grade}` },
    h('span', { 'aria-hidden': 'true', class: 'symbol' }, GRADE_SYMBOL[grade]),
    ` ${app.fmt.t(`grade.${grade}`)}`,
  );
}

/** A bar filled to `value` (0..1, capped at the bar's end) with an optional marker where pace expects it. */
export function bar(value: number | null, options: { grade?: Grade | null; expected?: number } = {}): HTMLElement {
  const width = Math.max(0, Math.min(1, value ?? 0)) * 100;
  const track = h('div', { class: 'bar', 'aria-hidden': 'true' });
  const filled = h('div', { class: `bar-fill grade-${options.grade ?? 'none'}` });
  filled.style.width = `${width}%`;
  track.appendChild(filled);
  if (options.expected !== undefined) {
    const marker = h('div', { class: 'bar-pace' });
    marker.style.insetInlineStart = `${Math.max(0, Math.min(1, options.expected)) * 100}%`;
    track.appendChild(marker);
  }
  return track;
}

/** A small line of the check-in values, with the values in its accessible name. */
export function sparkline(app: App, points: readonly CheckInPoint[], unit: string): Element {
  const values = points.filter((p) => p.value !== null) as (CheckInPoint & { value: number })[];
  if (values.length === 0) return h('span', { class: 'muted small' }, app.fmt.t('ov.noCheckIns'));
  const label = app.fmt.t('ov.sparkline', {
    values: values.map((p) => `${app.fmt.date(p.date)}: ${app.fmt.quantity(p.value, unit)}`).join(', '),
  });
  const width = 80;
  const height = 20;
  const min = Math.min(...values.map((p) => p.value));
  const max = Math.max(...values.map((p) => p.value));
  const span = max - min || 1;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const coords = values.map((p, i) => [
    values.length > 1 ? i * step : width / 2,
    height - 2 - ((p.value - min) / span) * (height - 4),
  ]);
  const last = coords[coords.length - 1];
  return svg(
    'svg',
    { class: 'sparkline', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label },
    svg('polyline', { points: coords.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ') }),
    svg('circle', { cx: last[0].toFixed(1), cy: last[1].toFixed(1), r: 2 }),
  );
}

/** "How was this computed?" as a native disclosure: keyboard and screen-reader friendly. */
export function explanation(app: App, lines: () => Message[]): HTMLElement {
  const list = h('ol', { class: 'explain' });
  const details = h('details', { class: 'explain-box' }, h('summary', {}, app.fmt.t('ov.howComputed')), list);
  // Built on first open: most explanations are never read.
  // Arithmetic is isolated left to right: in a right-to-left sentence the bidi algorithm would
  // otherwise reorder its operands ("0.61 = 1,200,000 ÷ 735,000").
  details.addEventListener('toggle', () => {
    if (!details.open || list.firstChild) return;
    for (const m of lines()) {
      const parts = app.fmt
        .sentenceParts(m)
        .map((part) => (part.equation ? h('bdi', { dir: 'ltr', class: 'equation' }, part.text) : part.text));
      list.appendChild(h('li', {}, ...parts));
    }
  });
  return details;
}

/** A labelled form field; returns the wrapper and the control. */
export function field<T extends HTMLElement>(id: string, label: string, control: T, hint?: string): HTMLElement {
  control.id = id;
  const hintId = hint ? `${id}-hint` : '';
  if (hint) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { id: hintId, class: 'hint' }, hint) : null,
  );
}

/** Marks a control invalid and shows why, linked for screen readers. */
export function setError(control: HTMLElement, message: string | null): void {
  const errorId = `${control.id}-error`;
  const wrapper = control.parentElement;
  const old = wrapper?.querySelector(`#${CSS.escape(errorId)}`);
  if (old) old.remove();
  const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== errorId);
  if (message) {
    control.setAttribute('aria-invalid', 'true');
    described.push(errorId);
    wrapper?.appendChild(h('p', { id: errorId, class: 'error-text' }, message));
  } else {
    control.removeAttribute('aria-invalid');
  }
  if (described.length) control.setAttribute('aria-describedby', described.join(' '));
  else control.removeAttribute('aria-describedby');
}

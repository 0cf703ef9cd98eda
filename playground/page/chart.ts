// Draws an embedded chart of the emulated workbook as inline SVG: bars, columns or lines, one
// colour per series, category labels, a 0–max scale. Labels go in with textContent only.
import type { ChartView } from '../view';

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];
const WIDTH = 460;
const HEIGHT = 240;

function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

function label(x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end', room = 18) {
  const element = svg('text', { x, y, 'text-anchor': anchor });
  element.textContent = text.length > room ? `${text.slice(0, room - 1)}…` : text;
  if (text.length > room) {
    const full = svg('title', {});
    full.textContent = text;
    element.append(full);
  }
  return element;
}

function formatTick(value: number): string {
  if (Math.abs(value) >= 1_000_000) return `${+(value / 1_000_000).toFixed(1)}M`;
  if (Math.abs(value) >= 1000) return `${+(value / 1000).toFixed(1)}k`;
  return String(+value.toFixed(2));
}

export function renderChart(chart: ChartView): HTMLElement {
  const box = document.createElement('figure');
  box.className = 'chart';
  box.dataset.chartType = chart.type;
  box.style.margin = '0';
  const title = document.createElement('h3');
  title.textContent = chart.title || 'Chart';
  box.append(title);
  const picture = svg('svg', { width: WIDTH, height: HEIGHT, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img' });
  picture.setAttribute('aria-label', chart.title || 'Chart');
  const colour = (s: number) => chart.colors[s] ?? COLOURS[s % COLOURS.length];
  const values = chart.stacked
    ? chart.categories.map((_, i) => chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0))
    : chart.series.flatMap((s) => s.values.filter((v): v is number => typeof v === 'number'));
  const max = chart.max ?? Math.max(1e-9, ...values, 0);
  const min = chart.min ?? Math.min(0, ...values);
  const horizontal = chart.type === 'bar';
  const plot = horizontal
    ? { left: 110, top: 8, right: WIDTH - 12, bottom: HEIGHT - 22 }
    : { left: 44, top: 8, right: WIDTH - 8, bottom: HEIGHT - 36 };
  const scale = (v: number, from: number, to: number) => from + ((v - min) / (max - min)) * (to - from);

  // Grid lines and value ticks.
  for (let i = 0; i <= 4; i++) {
    const v = min + ((max - min) * i) / 4;
    if (horizontal) {
      const x = scale(v, plot.left, plot.right);
      picture.append(svg('line', { x1: x, x2: x, y1: plot.top, y2: plot.bottom, stroke: '#e8eaed' }));
      picture.append(label(x, HEIGHT - 8, formatTick(v), 'middle'));
    } else {
      const y = scale(v, plot.bottom, plot.top);
      picture.append(svg('line', { x1: plot.left, x2: plot.right, y1: y, y2: y, stroke: '#e8eaed' }));
      picture.append(label(plot.left - 4, y + 3, formatTick(v), 'end'));
    }
  }

  const count = Math.max(1, chart.categories.length);
  const band = ((horizontal ? plot.bottom - plot.top : plot.right - plot.left) / count) as number;
  const seriesCount = Math.max(1, chart.series.length);
  // Labels never overlap: thin them out to about one per 64 px and cut them to fit.
  const every = horizontal ? Math.max(1, Math.ceil(14 / band)) : Math.max(1, Math.ceil(64 / band));
  const room = horizontal ? 18 : Math.max(4, Math.floor((band * every) / 6));
  chart.categories.forEach((category, i) => {
    if (i % every !== 0) return;
    const centre = (horizontal ? plot.top : plot.left) + band * (i + 0.5);
    if (horizontal) picture.append(label(plot.left - 4, centre + 3, category, 'end', room));
    else picture.append(label(centre, plot.bottom + 14, category, 'middle', room));
  });

  const stackedBase = chart.categories.map(() => 0);
  chart.series.forEach((series, s) => {
    const fill = colour(s);
    if (chart.type === 'line') {
      const points = series.values
        .map((v, i) => (typeof v === 'number' ? [plot.left + band * (i + 0.5), scale(v, plot.bottom, plot.top)] : null))
        .filter((p): p is number[] => p !== null);
      picture.append(
        svg('polyline', {
          points: points.map((p) => p.join(',')).join(' '),
          fill: 'none',
          stroke: fill,
          'stroke-width': 2,
        }),
      );
      for (const [x, y] of points) picture.append(svg('circle', { cx: x, cy: y, r: 3, fill }));
      return;
    }
    const thickness = (band * 0.7) / (chart.stacked ? 1 : seriesCount);
    series.values.forEach((v, i) => {
      if (typeof v !== 'number') return;
      const start = (horizontal ? plot.top : plot.left) + band * i + band * 0.15 + (chart.stacked ? 0 : thickness * s);
      const from = chart.stacked ? stackedBase[i] : 0;
      const to = from + v;
      if (chart.stacked) stackedBase[i] = to;
      const bar = horizontal
        ? svg('rect', {
            x: scale(Math.min(from, to), plot.left, plot.right),
            y: start,
            width: Math.abs(scale(to, plot.left, plot.right) - scale(from, plot.left, plot.right)),
            height: thickness,
            fill,
          })
        : svg('rect', {
            x: start,
            y: scale(Math.max(from, to), plot.bottom, plot.top),
            width: thickness,
            height: Math.abs(scale(to, plot.bottom, plot.top) - scale(from, plot.bottom, plot.top)),
            fill,
          });
      const tip = svg('title', {});
      tip.textContent = `${series.name} · ${chart.categories[i] ?? ''}: ${v}`;
      bar.append(tip);
      picture.append(bar);
    });
  });
  box.append(picture);
  if (chart.series.length > 0) {
    const legend = document.createElement('div');
    legend.className = 'chart-legend';
    chart.series.forEach((series, s) => {
      const item = document.createElement('span');
      item.style.setProperty('--swatch', colour(s));
      item.textContent = series.name;
      legend.append(item);
    });
    box.append(legend);
  }
  return box;
}

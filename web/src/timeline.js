// The four QuadClasses over time, stacked per period, for the selected country or for the whole store.
import { max, scaleLinear, select, stack } from 'd3';
import { MAX_BAR, bottomAxis, countAxis, periodScale } from './axes.js';
import { api } from './api.js';
import { countryNames } from './map.js';
import { QUADS, el, interval, nextPeriod, number, parseDay, periodLabel } from './format.js';
import { clear, report } from './messages.js';
import { filters } from './state.js';

const HEIGHT = 300;
const MARGIN = { top: 10, right: 12, bottom: 26, left: 40 };

let chart;
let title;
let tooltip;
let controller;
let last = null;

export function initTimeline(container, heading) {
  title = heading;
  chart = el('div', { class: 'chart' });
  tooltip = el('div', { class: 'tooltip', hidden: true });
  const legend = el('div', { class: 'legend-row' }, ...QUADS.map((q) =>
    el('span', { class: 'key' }, el('i', { style: `background:${q.colour}` }), q.name)));
  container.append(legend, chart, tooltip);
  new ResizeObserver(() => last && draw(last)).observe(chart);
}

/** Rows of {period, quad:[4]} for the state: the selected country's, or the whole store's. */
async function fetchRows(state, signal) {
  const params = { ...filters(state), interval: interval(state) };
  const country = state.actor?.slice(0, 3).toUpperCase();
  const body = country ? await api.timeline(country, params, signal) : await api.storeTimeline(params, signal);
  return body.rows;
}

export async function loadTimeline(state) {
  controller?.abort();
  controller = new AbortController();
  const country = state.actor?.slice(0, 3).toUpperCase();
  const name = country ? `${countryNames.get(country) ?? country} (${state.actor.toUpperCase()})` : 'all countries';
  title.textContent = `Events by QuadClass — ${name}`;
  try {
    const rows = await fetchRows(state, controller.signal);
    rows.sort((x, y) => x.period.localeCompare(y.period));
    last = { rows, size: interval(state) };
    clear('timeline');
  } catch (error) {
    if (error?.name === 'AbortError') return;
    report('timeline', error);
    last = { rows: [], size: interval(state), failed: true };
  }
  draw(last);
}

function draw({ rows, size, failed }) {
  const width = Math.max(320, chart.clientWidth);
  const svg = select(chart).selectAll('svg').data([0]).join('svg')
    .attr('data-testid', 'timeline')
    .attr('width', width).attr('height', HEIGHT)
    .attr('data-periods', rows.length);
  svg.selectAll('*').remove();
  if (rows.length === 0) {
    svg.append('text').attr('class', 'empty').attr('x', width / 2).attr('y', HEIGHT / 2).attr('text-anchor', 'middle')
      .text(failed ? 'Could not load the timeline (see the message above).' : 'No events for these filters.');
    return;
  }
  const data = rows.map((row) => ({ row, start: parseDay(row.period), end: nextPeriod(parseDay(row.period), size),
    q1: row.quad[0], q2: row.quad[1], q3: row.quad[2], q4: row.quad[3] }));
  const x = periodScale(data[0].start, data.at(-1).start, size, [MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear([0, max(data, (d) => d.q1 + d.q2 + d.q3 + d.q4) || 1], [HEIGHT - MARGIN.bottom, MARGIN.top]).nice();
  const series = stack().keys(['q1', 'q2', 'q3', 'q4'])(data);
  svg.append('g').attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
    .call(bottomAxis(x, width));
  svg.append('g').attr('transform', `translate(${MARGIN.left},0)`).call(countAxis(y));
  svg.append('g').selectAll('g').data(series).join('g')
    .attr('fill', (_, i) => QUADS[i].colour)
    .attr('data-quad', (_, i) => i + 1)
    .selectAll('rect').data((s) => s).join('rect')
    .attr('x', (d) => barX(x, d.data))
    .attr('width', (d) => barWidth(x, d.data))
    .attr('y', (d) => y(d[1]))
    .attr('height', (d) => y(d[0]) - y(d[1]))
    .on('mousemove', (e, d) => show(e, d.data, size))
    .on('mouseleave', () => { tooltip.hidden = true; });
}

// Bars fill their period (less a pixel of air) up to MAX_BAR, centred in it.
function barWidth(x, d) {
  return Math.max(1, Math.min(MAX_BAR, x(d.end) - x(d.start) - 1));
}

function barX(x, d) {
  return (x(d.start) + x(d.end) - barWidth(x, d)) / 2;
}

function show(event, d, size) {
  tooltip.replaceChildren(el('strong', {}, periodLabel(d.row.period, size)),
    ...QUADS.map((q, i) => el('div', {}, el('i', { class: 'swatch', style: `background:${q.colour}` }), `${q.name}: ${number(d.row.quad[i])}`)));
  tooltip.hidden = false;
  const box = chart.parentElement.getBoundingClientRect();
  tooltip.style.left = `${Math.min(event.clientX - box.left + 12, box.width - 200)}px`;
  tooltip.style.top = `${event.clientY - box.top + 12}px`;
}

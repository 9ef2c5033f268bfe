// Two countries against each other: cooperation (QuadClass 1+2) and conflict (3+4) per period, each direction
// drawn separately. Clicking a period lists the events behind it, both directions.
import { line, max, scaleLinear, select } from 'd3';
import { bottomAxis, countAxis, periodScale } from './axes.js';
import { api } from './api.js';
import { renderEvents } from './eventlist.js';
import {
  count, el, formatDay, interval, nextPeriod, parseDay, periodLabel, periodRange, periodStarts,
} from './format.js';
import { clear, report } from './messages.js';
import { filters, update } from './state.js';

const HEIGHT = 220;
const MARGIN = { top: 10, right: 12, bottom: 26, left: 40 };
const COOPERATION = '#23824a';
const CONFLICT = '#c62828';

let form;
let chart;
let caption;
let list;
let controller;
let listController;
let last = null;

function codeInput(name, label) {
  return el('label', {}, label, el('input', {
    name, 'data-testid': `dyad-${name}`, size: 6, maxlength: 12, placeholder: name === 'a' ? 'USA' : 'PER',
    autocomplete: 'off', spellcheck: 'false',
  }));
}

export function initDyad(container) {
  form = el('form', { class: 'inline-form', 'data-testid': 'dyad-form' },
    codeInput('a', 'A'), el('span', { class: 'muted' }, '⇄'), codeInput('b', 'B'),
    el('button', { type: 'submit' }, 'Compare'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const a = form.elements.a.value.trim().toUpperCase();
    const b = form.elements.b.value.trim().toUpperCase();
    update({ a, b, period: null });
  });
  const legend = el('div', { class: 'legend-row' },
    el('span', { class: 'key' }, el('i', { style: `background:${COOPERATION}` }), 'Cooperation (quad 1+2)'),
    el('span', { class: 'key' }, el('i', { style: `background:${CONFLICT}` }), 'Conflict (quad 3+4)'),
    el('span', { class: 'key' }, el('i', { class: 'line-solid' }), 'A → B'),
    el('span', { class: 'key' }, el('i', { class: 'line-dashed' }), 'B → A'));
  chart = el('div', { class: 'chart', 'data-testid': 'dyad-chart' });
  caption = el('h3', { class: 'subhead' });
  list = el('div', { class: 'table-wrap', 'data-testid': 'dyad-events' });
  container.append(form, legend, chart, caption, list);
  new ResizeObserver(() => last && draw(last)).observe(chart);
}

export async function loadDyad(state) {
  form.elements.a.value = state.a ?? '';
  form.elements.b.value = state.b ?? '';
  controller?.abort();
  controller = new AbortController();
  const [a, b] = [state.a?.toUpperCase(), state.b?.toUpperCase()];
  if (!a || !b) {
    last = null;
    clear('dyad');
    chart.replaceChildren(el('p', { class: 'empty' }, 'Enter two country codes, e.g. USA and PER.'));
    return;
  }
  const size = interval(state);
  try {
    // actor would narrow both sides at once; the pair is chosen here instead.
    const body = await api.dyads({ ...filters(state, { without: ['actor'] }), a, b, interval: size }, controller.signal);
    last = { a, b, size, periods: byPeriod(body.rows, a, b, size), selected: state.period };
    clear('dyad');
  } catch (error) {
    if (error?.name === 'AbortError') return;
    report('dyad', error);
    last = { a, b, size, periods: [], selected: null, failed: true };
  }
  draw(last);
}

/** One entry per period: cooperation and conflict counts in each direction. */
function byPeriod(rows, a, b, size) {
  const periods = new Map();
  for (const row of rows) {
    const entry = periods.get(row.period) ?? { period: row.period, ab: [0, 0], ba: [0, 0] };
    const pair = row.source === a && row.target === b ? entry.ab : row.source === b && row.target === a ? entry.ba : null;
    if (!pair) continue;
    pair[0] += row.quad[0] + row.quad[1];
    pair[1] += row.quad[2] + row.quad[3];
    periods.set(row.period, entry);
  }
  const sorted = [...periods.values()].sort((x, y) => x.period.localeCompare(y.period));
  if (sorted.length < 2) return sorted;
  // A period without events is a zero, not a gap for the line to jump across; a few thousand points at most.
  const starts = periodStarts(parseDay(sorted[0].period), parseDay(sorted.at(-1).period), size);
  if (starts.length > 3000) return sorted;
  return starts.map((start) => periods.get(formatDay(start)) ?? { period: formatDay(start), ab: [0, 0], ba: [0, 0] });
}

function draw({ a, b, size, periods, selected, failed }) {
  chart.replaceChildren();
  if (periods.length === 0) {
    chart.append(el('p', { class: 'empty' }, failed ? 'Could not load the dyad (see the message above).' : `No events between ${a} and ${b} for these filters.`));
    return;
  }
  const width = Math.max(320, chart.clientWidth);
  const data = periods.map((p) => {
    const start = parseDay(p.period);
    const end = nextPeriod(start, size);
    return { ...p, start, end, mid: new Date((start.getTime() + end.getTime()) / 2) };
  });
  const x = periodScale(data[0].start, data.at(-1).start, size, [MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear([0, max(data, (d) => Math.max(...d.ab, ...d.ba)) || 1], [HEIGHT - MARGIN.bottom, MARGIN.top]).nice();
  const svg = select(chart).append('svg').attr('width', width).attr('height', HEIGHT).attr('data-testid', 'dyad-svg');
  svg.append('g').attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
    .call(bottomAxis(x, width));
  svg.append('g').attr('transform', `translate(${MARGIN.left},0)`).call(countAxis(y));

  // A column per period is the click target: easier to hit than a 4-pixel dot.
  svg.append('g').selectAll('rect').data(data).join('rect')
    .attr('class', (d) => `period-hit${d.period === selected ? ' selected' : ''}`)
    .attr('data-testid', 'dyad-period')
    .attr('data-period', (d) => d.period)
    .attr('x', (d) => x(d.start)).attr('width', (d) => Math.max(2, x(d.end) - x(d.start)))
    .attr('y', MARGIN.top).attr('height', HEIGHT - MARGIN.top - MARGIN.bottom)
    .on('click', (_, d) => update({ period: d.period }))
    .append('title').text((d) => `${periodLabel(d.period, size)}\n${a} → ${b}: ${d.ab[0]} cooperation, ${d.ab[1]} conflict\n`
      + `${b} → ${a}: ${d.ba[0]} cooperation, ${d.ba[1]} conflict`);

  const series = [
    { key: 'ab', index: 0, colour: COOPERATION, dash: null },
    { key: 'ab', index: 1, colour: CONFLICT, dash: null },
    { key: 'ba', index: 0, colour: COOPERATION, dash: '5 4' },
    { key: 'ba', index: 1, colour: CONFLICT, dash: '5 4' },
  ];
  const g = svg.append('g').attr('pointer-events', 'none');
  for (const s of series) {
    const value = (d) => d[s.key][s.index];
    g.append('path').attr('fill', 'none').attr('stroke', s.colour).attr('stroke-width', 2)
      .attr('stroke-dasharray', s.dash)
      .attr('d', line((d) => x(d.mid), (d) => y(value(d)))(data));
    g.append('g').selectAll('circle').data(data).join('circle')
      .attr('cx', (d) => x(d.mid)).attr('cy', (d) => y(value(d))).attr('r', data.length > 60 ? 0 : 3.5)
      .attr('fill', s.dash ? '#fff' : s.colour).attr('stroke', s.colour).attr('stroke-width', 1.5);
  }
}

/** Lists the events of the selected period, both directions, newest first. */
export async function loadDyadEvents(state) {
  listController?.abort();
  listController = new AbortController();
  const [a, b] = [state.a?.toUpperCase(), state.b?.toUpperCase()];
  if (!a || !b || !state.period) {
    caption.textContent = a && b ? 'Click a period in the chart to list its events.' : '';
    list.replaceChildren();
    return;
  }
  const size = interval(state);
  const [from, to] = periodRange(state.period, size);
  caption.textContent = `Events ${a} ⇄ ${b}, ${periodLabel(state.period, size)}`;
  const shared = { ...filters(state, { without: ['actor', 'from', 'to'] }), from, to, limit: 200 };
  try {
    const [ab, ba] = await Promise.all([
      api.events({ ...shared, source: a, target: b }, listController.signal),
      api.events({ ...shared, source: b, target: a }, listController.signal),
    ]);
    const events = [...ab.events, ...ba.events]
      .sort((x, y) => y.date.localeCompare(x.date) || y.id - x.id);
    renderEvents(list, events, ab.total + ba.total);
    caption.textContent += ` — ${count(ab.total + ba.total, 'event')}`;
    clear('dyad-events');
  } catch (error) {
    if (error?.name === 'AbortError') return;
    report('dyad-events', error);
    list.replaceChildren();
  }
}

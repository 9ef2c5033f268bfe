// Shared vocabulary of the views: CAMEO roots, QuadClasses and their fixed colours, periods.
import { utcDay, utcMonday, utcMonth } from 'd3';

export const ROOTS = [
  ['01', 'Make public statement'], ['02', 'Appeal'], ['03', 'Express intent to cooperate'], ['04', 'Consult'],
  ['05', 'Engage in diplomatic cooperation'], ['06', 'Engage in material cooperation'], ['07', 'Provide aid'],
  ['08', 'Yield'], ['09', 'Investigate'], ['10', 'Demand'], ['11', 'Disapprove'], ['12', 'Reject'],
  ['13', 'Threaten'], ['14', 'Protest'], ['15', 'Exhibit force posture'], ['16', 'Reduce relations'],
  ['17', 'Coerce'], ['18', 'Assault'], ['19', 'Fight'], ['20', 'Use unconventional mass violence'],
];
const ROOT_NAMES = new Map(ROOTS);

export function rootName(root) {
  return ROOT_NAMES.get(String(root).padStart(2, '0')) ?? '';
}

// Greens for cooperation, oranges to reds for conflict; the material class is the darker of each pair.
export const QUADS = [
  { id: 1, name: 'Verbal cooperation', colour: '#7cc68a' },
  { id: 2, name: 'Material cooperation', colour: '#23824a' },
  { id: 3, name: 'Verbal conflict', colour: '#f29a4a' },
  { id: 4, name: 'Material conflict', colour: '#c62828' },
];

export function quadName(id) {
  return QUADS[id - 1]?.name ?? '';
}

export const INTERVALS = ['day', 'week', 'month'];

export function interval(state) {
  return INTERVALS.includes(state.interval) ? state.interval : 'month';
}

// The API's period starts: calendar days, ISO weeks (Monday), calendar months.
const STEPS = { day: utcDay, week: utcMonday, month: utcMonth };

export function parseDay(text) {
  return new Date(`${text.slice(0, 10)}T00:00:00Z`);
}

export function formatDay(date) {
  return date.toISOString().slice(0, 10);
}

/** The first and last day (inclusive, YYYY-MM-DD) of the period that starts on `start`. */
export function periodRange(start, size) {
  const first = parseDay(start);
  const next = STEPS[size].offset(STEPS[size].floor(first), 1);
  return [formatDay(first), formatDay(utcDay.offset(next, -1))];
}

/** The start of the period `n` periods after the one holding `date` (n may be negative). */
export function offsetPeriod(date, size, n) {
  return STEPS[size].offset(STEPS[size].floor(date), n);
}

/** The start of the period after `date`. */
export function nextPeriod(date, size) {
  return offsetPeriod(date, size, 1);
}

/** Every period start from the period of `first` to that of `last`, both included. */
export function periodStarts(first, last, size) {
  return STEPS[size].range(STEPS[size].floor(first), offsetPeriod(last, size, 1));
}

/** How many period starts lie in [first, last). */
export function periodCount(first, last, size) {
  return STEPS[size].count(first, last);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function periodLabel(start, size) {
  const date = parseDay(start);
  if (size === 'month') return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  if (size === 'week') return `week of ${formatDay(date)}`;
  return formatDay(date);
}

export function number(value, digits = 0) {
  if (value == null || Number.isNaN(value)) return '–';
  return Number(value).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "1 mention", "3 mentions". */
export function count(n, noun) {
  return `${number(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** A small element helper: el('td', {class: 'x', dataset: {id: 1}}, 'text', child). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.filter((child) => child != null && child !== false));
  return node;
}

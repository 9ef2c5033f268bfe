// The whole dashboard state lives in the query string, so any view can be shared, reloaded or stepped back to.
// Views subscribe and are told which keys changed; they refetch only when their own keys moved.

/** The filters every view applies (the API's shared filter parameters). */
export const FILTER_KEYS = ['from', 'to', 'actor', 'root', 'quad', 'text'];

// A stable key order keeps URLs readable and equal states byte-equal.
const ORDER = [...FILTER_KEYS, 'metric', 'interval', 'a', 'b', 'period', 'event', 'article'];

const listeners = new Set();
let current = read();

function read() {
  const state = {};
  for (const [key, value] of new URLSearchParams(location.search)) {
    if (value !== '') state[key] = value;
  }
  return state;
}

function toQuery(state) {
  const keys = Object.keys(state).sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
  const params = new URLSearchParams();
  for (const key of keys) params.set(key, state[key]);
  const text = params.toString();
  return text ? `?${text}` : location.pathname;
}

function rank(key) {
  const i = ORDER.indexOf(key);
  return i < 0 ? ORDER.length : i;
}

function emit(next) {
  const before = current;
  current = next;
  const changed = new Set();
  for (const key of new Set([...Object.keys(before), ...Object.keys(next)])) {
    if (before[key] !== next[key]) changed.add(key);
  }
  if (changed.size > 0) for (const listener of listeners) listener(current, changed);
}

/** The current state: an object of non-empty string values. */
export function getState() {
  return current;
}

/**
 * Changes some keys (null or '' removes one) and records the new state in the URL.
 * A new history entry by default, so the back button undoes it; `replace` for changes not worth a step.
 */
export function update(patch, { replace = false } = {}) {
  const next = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value == null || value === '') delete next[key];
    else next[key] = String(value);
  }
  const url = toQuery(next);
  if (url === toQuery(current)) return;
  history[replace ? 'replaceState' : 'pushState'](null, '', url);
  emit(next);
}

/** Calls `listener(state, changedKeys)` after every change, including back and forward. */
export function subscribe(listener) {
  listeners.add(listener);
}

window.addEventListener('popstate', () => emit(read()));

/** The API filter parameters of a state, leaving out the keys a view handles itself. */
export function filters(state, { without = [] } = {}) {
  const out = {};
  for (const key of FILTER_KEYS) {
    if (state[key] && !without.includes(key)) out[key] = state[key];
  }
  return out;
}

/** True when any of `keys` is among the changed ones. */
export function touches(changed, keys) {
  return keys.some((key) => changed.has(key));
}

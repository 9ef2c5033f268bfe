// The latest events of the selected country (or of the whole store), under the map.
import { api } from './api.js';
import { renderEvents } from './eventlist.js';
import { countryNames } from './map.js';
import { el, number } from './format.js';
import { clear, report } from './messages.js';
import { filters } from './state.js';

const LIMIT = 50;
let title;
let list;
let controller;

export function initLatest(container, heading) {
  title = heading;
  list = el('div', { class: 'table-wrap', 'data-testid': 'latest-events' });
  container.append(list);
}

export async function loadLatest(state) {
  controller?.abort();
  controller = new AbortController();
  const country = state.actor?.slice(0, 3).toUpperCase();
  const who = country ? `${countryNames.get(country) ?? country} (${state.actor.toUpperCase()})` : 'all countries';
  title.textContent = `Latest events — ${who}`;
  try {
    const body = await api.events({ ...filters(state), limit: LIMIT }, controller.signal);
    renderEvents(list, body.events, body.total);
    title.textContent += ` · ${number(body.total)}`;
    clear('latest');
  } catch (error) {
    if (error?.name === 'AbortError') return;
    report('latest', error);
    list.replaceChildren();
  }
}

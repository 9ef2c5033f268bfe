// The event table shared by the map and dyad views: one row per event, a click opens the event view.
import { el, number } from './format.js';
import { update } from './state.js';

function actorCell(actor) {
  if (!actor) return el('td', { class: 'muted' }, '—');
  return el('td', { title: actor.name || null }, el('span', { class: 'code' }, actor.code));
}

/** Fills `container` with a table of `events`; `total` tells how many matched in all. */
export function renderEvents(container, events, total) {
  if (events.length === 0) {
    container.replaceChildren(el('p', { class: 'empty' }, 'No events match.'));
    return;
  }
  const rows = events.map((event) => el('tr', {
    'data-testid': 'event-row',
    'data-event-id': event.id,
    tabindex: 0,
    title: event.sentence || null,
    onclick: () => update({ event: event.id, article: null }),
    onkeydown: (e) => {
      if (e.key === 'Enter') update({ event: event.id, article: null });
    },
  },
  el('td', { class: 'nowrap' }, event.date),
  actorCell(event.source),
  el('td', { class: `code quad-${event.quad_class}`, title: event.plover || null }, event.cameo),
  actorCell(event.target),
  el('td', { class: 'place' }, event.location?.name ?? ''),
  el('td', { class: 'num' }, number(event.num_mentions))));
  const table = el('table', { class: 'events' },
    el('thead', {}, el('tr', {},
      el('th', {}, 'Date'), el('th', {}, 'Source'), el('th', {}, 'Code'), el('th', {}, 'Target'),
      el('th', {}, 'Place'), el('th', { class: 'num', title: 'mentions in the news' }, 'Reports'))),
    el('tbody', {}, ...rows));
  const note = total > events.length ? el('p', { class: 'muted small' }, `Showing ${events.length} of ${number(total)}.`) : null;
  container.replaceChildren(table, ...(note ? [note] : []));
}

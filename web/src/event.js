// The event view: the reporting sentence with source, verb and target marked, the coding, and every mention.
import { api } from './api.js';
import { count, el, number, quadName, rootName } from './format.js';
import { markText, roleMarks } from './highlight.js';
import { clear, report } from './messages.js';
import { update } from './state.js';

let panel;
let body;
let controller;

export function initEvent(element) {
  panel = element;
  body = el('div', { class: 'panel-body' });
  panel.append(
    el('div', { class: 'panel-head' }, el('h2', {}, 'Event'),
      el('button', { type: 'button', class: 'close', 'aria-label': 'Close the event', 'data-testid': 'event-close',
        onclick: () => update({ event: null, article: null }) }, '×')),
    body);
}

/** The mention's sentence, with the highlights (offsets into the article) moved into the sentence. */
function sentence(mention) {
  const marks = roleMarks(mention.highlights, mention.sentence_start);
  return el('blockquote', { class: 'sentence', 'data-testid': 'event-sentence' }, markText(mention.sentence, marks));
}

function actor(a) {
  if (!a) return '—';
  return a.name ? `${a.name} (${a.code})` : a.code;
}

function field(name, value) {
  return [el('dt', {}, name), el('dd', {}, value ?? '—')];
}

function place(location) {
  if (!location) return null;
  const where = [location.name, location.country].filter(Boolean).join(', ');
  const at = location.lat != null && location.lon != null ? ` (${number(location.lat, 2)}, ${number(location.lon, 2)})` : '';
  return where + at;
}

function render({ event, mentions }) {
  const first = mentions[0];
  const roles = el('p', { class: 'legend-row small' },
    ...['source', 'verb', 'target'].map((role) => el('span', { class: `role role-${role}` }, role)));
  const facts = el('dl', { class: 'facts' },
    ...field('Date', event.date),
    ...field('Source', actor(event.source)),
    ...field('Target', actor(event.target)),
    ...field('CAMEO', `${event.cameo} · ${rootName(event.root)}`),
    ...field('PLOVER', event.plover),
    ...field('QuadClass', `${event.quad_class} · ${quadName(event.quad_class)}`),
    ...field('Goldstein', number(event.goldstein, 1)),
    ...field('Place', place(event.location)),
    ...field('Reports', [count(event.num_mentions, 'mention'), count(event.num_sources, 'source'), count(event.num_articles, 'article')].join(', ')));
  const items = mentions.map((m) => el('li', { class: 'mention', 'data-testid': 'mention' },
    el('button', { type: 'button', class: 'link', 'data-testid': 'mention-article',
      onclick: () => update({ article: m.article_id }) }, m.title || `Article ${m.article_id}`),
    el('div', { class: 'small muted' }, [m.source, m.published?.slice(0, 10), m.rule && `rule ${m.rule}`,
      m.confidence != null && `confidence ${number(m.confidence, 2)}`, m.quote && 'quoted'].filter(Boolean).join(' · ')),
    sentence(m)));
  body.replaceChildren(
    el('h3', { class: 'headline' }, `${event.source?.code ?? '?'} → ${event.cameo} → ${event.target?.code ?? '—'}`),
    first ? sentence(first) : el('blockquote', { class: 'sentence' }, event.sentence ?? ''),
    roles,
    facts,
    el('h3', { class: 'subhead' }, `Mentions (${mentions.length})`),
    el('ol', { class: 'mentions' }, ...items));
}

export async function loadEvent(state) {
  controller?.abort();
  if (!state.event) {
    panel.hidden = true;
    clear('event');
    return;
  }
  controller = new AbortController();
  panel.hidden = false;
  panel.dataset.eventId = state.event;
  body.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  try {
    render(await api.event(state.event, controller.signal));
    clear('event');
  } catch (error) {
    if (error?.name === 'AbortError') return;
    report('event', error);
    body.replaceChildren(el('p', { class: 'empty' }, 'This event could not be loaded.'));
  }
}

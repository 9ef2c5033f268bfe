// The article panel: the stored text with every span that produced an event marked; a mark opens its event.
import { api } from './api.js';
import { el } from './format.js';
import { markText, roleMarks } from './highlight.js';
import { clear, report } from './messages.js';
import { update } from './state.js';

let panel;
let body;
let controller;

export function initArticle(element) {
  panel = element;
  body = el('div', { class: 'panel-body' });
  panel.append(
    el('div', { class: 'panel-head' }, el('h2', {}, 'Article'),
      el('button', { type: 'button', class: 'close', 'aria-label': 'Close the article', 'data-testid': 'article-close',
        onclick: () => update({ article: null }) }, '×')),
    body);
}

function render(article) {
  const marks = [];
  for (const event of article.events) {
    const title = `event ${event.event_id}: ${event.source ?? '?'} ${event.cameo} ${event.target ?? ''}`.trim();
    if (event.span) marks.push({ start: event.span[0], end: event.span[1], eventId: event.event_id, title });
    marks.push(...roleMarks(event.highlights));
  }
  const text = el('div', { class: 'article-text', 'data-testid': 'article-text' }, markText(article.text ?? '', marks));
  // One listener for every mark: the piece under the pointer knows its event.
  text.addEventListener('click', (e) => {
    const mark = e.target.closest('[data-event-id]');
    if (mark) update({ event: mark.dataset.eventId, article: null });
  });
  const meta = [article.source, article.published?.slice(0, 10), article.dateline].filter(Boolean).join(' · ');
  body.replaceChildren(...[
    el('h3', { class: 'headline', 'data-testid': 'article-title' }, article.title || `Article ${article.id}`),
    el('p', { class: 'small muted' }, meta),
    article.url ? el('p', { class: 'small' }, el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.url)) : null,
    el('p', { class: 'small muted' }, `${article.events.length} events coded; their spans are marked, click one to open it.`),
    text].filter(Boolean));
}

export async function loadArticle(state) {
  controller?.abort();
  if (!state.article) {
    panel.hidden = true;
    clear('article');
    return;
  }
  controller = new AbortController();
  panel.hidden = false;
  body.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  try {
    render(await api.article(state.article, controller.signal));
    clear('article');
  } catch (error) {
    if (error?.name === 'AbortError') return;
    report('article', error);
    body.replaceChildren(el('p', { class: 'empty' }, 'This article could not be loaded.'));
  }
}

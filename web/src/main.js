// Wires the views to the URL state: each view reloads only when a key it depends on changes.
import { initArticle, loadArticle } from './article.js';
import { initDyad, loadDyad, loadDyadEvents } from './dyad.js';
import { initEvent, loadEvent } from './event.js';
import { initFilters, showFilters } from './filters.js';
import { INTERVALS, interval } from './format.js';
import { initLatest, loadLatest } from './latest.js';
import { highlightCountry, initMap, loadMap } from './map.js';
import { initMessages, report } from './messages.js';
import { FILTER_KEYS, getState, subscribe, touches, update } from './state.js';
import { initTimeline, loadTimeline } from './timeline.js';

const $ = (id) => document.getElementById(id);
const withoutActor = FILTER_KEYS.filter((key) => key !== 'actor');

// Which keys each view reads; a change elsewhere leaves it alone.
const views = [
  { keys: [...withoutActor, 'metric'], load: loadMap },
  { keys: ['actor'], load: (state) => highlightCountry(state.actor?.slice(0, 3).toUpperCase() ?? null) },
  { keys: [...FILTER_KEYS, 'interval'], load: loadTimeline },
  { keys: FILTER_KEYS, load: loadLatest },
  { keys: [...withoutActor, 'a', 'b', 'interval', 'period'], load: loadDyad },
  { keys: [...withoutActor, 'a', 'b', 'interval', 'period'], load: loadDyadEvents },
  { keys: ['event'], load: loadEvent },
  { keys: ['article'], load: loadArticle },
];

function showControls(state) {
  showFilters(state);
  for (const radio of document.querySelectorAll('input[name=metric]')) {
    radio.checked = radio.value === (state.metric === 'goldstein' ? 'goldstein' : 'volume');
  }
  $('interval').value = interval(state);
  document.body.classList.toggle('panel-open', Boolean(state.event || state.article));
}

async function start() {
  initMessages($('message'));
  initFilters($('filters'));
  initTimeline($('timeline-body'), $('timeline-title'));
  initLatest($('latest-body'), $('latest-title'));
  initDyad($('dyad-body'));
  initEvent($('event-panel'));
  initArticle($('article-panel'));

  for (const radio of document.querySelectorAll('input[name=metric]')) {
    radio.addEventListener('change', () => update({ metric: radio.value === 'volume' ? null : radio.value }, { replace: true }));
  }
  const select = $('interval');
  for (const size of INTERVALS) select.append(new Option(size, size));
  select.addEventListener('change', () => update({ interval: select.value === 'month' ? null : select.value, period: null }));
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const state = getState();
    if (state.article) update({ article: null });
    else if (state.event) update({ event: null });
  });

  subscribe((state, changed) => {
    showControls(state);
    for (const view of views) if (touches(changed, view.keys)) view.load(state);
  });

  const state = getState();
  showControls(state);
  // The API calls that do not need the map start at once; the map waits only for its own geometry.
  const others = views.slice(2).map((view) => view.load(state));
  try {
    await initMap($('map-body'));
    await loadMap(getState());
  } catch (error) {
    report('map', error);
  }
  await Promise.allSettled(others);
  // Milliseconds from navigation to every view drawn: what bench/scripts/dashboard-load.sh reports.
  document.body.dataset.readyMs = String(Math.round(performance.now()));
  document.body.dataset.ready = 'true';
}

start();

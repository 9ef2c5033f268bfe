// The world map: countries shaded by event volume or mean Goldstein score; a click selects a country (actor=XXX).
import {
  axisBottom, geoNaturalEarth1, geoPath, interpolateBlues, interpolateRdBu, max, range, scaleDiverging,
  scaleLinear, scaleSequentialSqrt, select,
} from 'd3';
import { feature } from 'topojson-client';
import { api } from './api.js';
import { featureCode } from './countries.js';
import { el, number } from './format.js';
import { clear, report } from './messages.js';
import { filters, update } from './state.js';

const WIDTH = 960;
const HEIGHT = 450;
const NO_DATA = '#e4e7eb';

/** Country names by code, from the API when it knows them, else from the atlas. */
export const countryNames = new Map();

let svg;
let paths;
let tooltip;
let legend;
let rowsByCode = new Map();
let metric = 'volume';
let controller;

// The atlas ships with the bundle; fetched once, in parallel with the first API call.
const atlas = fetch('countries-110m.json').then((response) => {
  if (!response.ok) throw new Error(`The world map (countries-110m.json) is missing: ${response.status}.`);
  return response.json();
});

export async function initMap(container) {
  const topology = await atlas;
  // Antarctica takes a fifth of the picture and has no events worth the room.
  const countries = feature(topology, topology.objects.countries).features.filter((f) => f.id !== '010');
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'FeatureCollection', features: countries });
  const path = geoPath(projection);
  for (const country of countries) {
    const code = featureCode(country);
    if (code && !countryNames.has(code)) countryNames.set(code, country.properties.name);
  }

  tooltip = el('div', { class: 'tooltip', hidden: true, role: 'status' });
  legend = el('div', { class: 'legend', 'data-testid': 'map-legend' });
  svg = select(container).append('svg')
    .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`)
    .attr('class', 'map')
    .attr('data-testid', 'map')
    .attr('role', 'img')
    .attr('aria-label', 'World map of events by country');
  paths = svg.append('g').selectAll('path')
    .data(countries)
    .join('path')
    .attr('d', path)
    .attr('fill', NO_DATA)
    .attr('data-testid', (d) => `country-${featureCode(d)}`)
    .attr('data-code', (d) => featureCode(d))
    .on('mousemove', (e, d) => showTooltip(e, d, container))
    .on('mouseleave', () => { tooltip.hidden = true; })
    .on('click', (_, d) => {
      const code = featureCode(d);
      // A second click on the selected country goes back to the whole store.
      const selected = svg.attr('data-selected');
      update({ actor: selected === code ? null : code, period: null });
    });
  container.append(tooltip, legend);
}

function showTooltip(event, feature, container) {
  const code = featureCode(feature);
  const row = rowsByCode.get(code);
  const name = row?.name || countryNames.get(code) || feature.properties.name;
  tooltip.replaceChildren(
    el('strong', {}, `${name} (${code})`),
    el('div', {}, row ? `${number(row.events)} events` : 'no events'),
    ...(row ? [el('div', {}, `mean Goldstein ${number(row.goldstein_mean, 2)}`)] : []),
  );
  tooltip.hidden = false;
  const box = container.getBoundingClientRect();
  const x = event.clientX - box.left;
  const y = event.clientY - box.top;
  // Keep the box inside the map on the right-hand side.
  tooltip.style.left = `${Math.min(x + 14, box.width - 180)}px`;
  tooltip.style.top = `${y + 14}px`;
}

/** Refetches /api/countries for the filters (all but actor: the map is how one picks the actor) and reshades. */
export async function loadMap(state) {
  controller?.abort();
  controller = new AbortController();
  metric = state.metric === 'goldstein' ? 'goldstein' : 'volume';
  try {
    const body = await api.countries(filters(state, { without: ['actor'] }), controller.signal);
    rowsByCode = new Map(body.rows.map((row) => [row.country, row]));
    for (const row of body.rows) if (row.name) countryNames.set(row.country, row.name);
    clear('map');
  } catch (error) {
    report('map', error);
    rowsByCode = new Map();
  }
  shade();
  highlightCountry(state.actor?.slice(0, 3).toUpperCase() ?? null);
}

/** Outlines the selected country, without refetching. */
export function highlightCountry(code) {
  if (!svg) return;
  svg.attr('data-selected', code ?? '');
  paths.classed('selected', (d) => featureCode(d) === code);
  // Draw the outline above its neighbours.
  paths.filter((d) => featureCode(d) === code).raise();
}

function shade() {
  const rows = [...rowsByCode.values()];
  let colour;
  let value;
  if (metric === 'goldstein') {
    // Symmetric around 0 so that red always means conflict and blue cooperation.
    const extent = Math.min(10, Math.max(1, Math.ceil(max(rows, (r) => Math.abs(r.goldstein_mean)) ?? 1)));
    colour = scaleDiverging([-extent, 0, extent], interpolateRdBu);
    value = (row) => row.goldstein_mean;
  } else {
    // Square-root scale: a few busy countries should not wash out all the others; never paler than 15 %.
    const top = max(rows, (r) => r.events) ?? 1;
    colour = scaleSequentialSqrt([0, Math.max(1, top)], (t) => interpolateBlues(0.15 + 0.85 * t));
    value = (row) => row.events;
  }
  paths
    .attr('fill', (d) => {
      const row = rowsByCode.get(featureCode(d));
      return row && row.events > 0 && value(row) != null ? colour(value(row)) : NO_DATA;
    })
    .attr('data-events', (d) => rowsByCode.get(featureCode(d))?.events ?? 0);
  drawLegend(colour, metric);
}

// Event counts are whole numbers: a scale up to 3 should not be labelled 0.5, 1.0, 1.5 …
function whole(x) {
  return (d) => (Number.isInteger(d) ? number(d) : '');
}

function drawLegend(colour, kind) {
  const width = 220;
  const [low, high] = [colour.domain()[0], colour.domain().at(-1)];
  const steps = range(0, 1.0001, 0.05).map((t) => low + t * (high - low));
  const x = scaleLinear([low, high], [0, width]);
  const box = select(legend).selectAll('svg').data([0]).join('svg').attr('width', width + 20).attr('height', 34);
  box.selectAll('rect').data(steps.slice(0, -1)).join('rect')
    .attr('x', (d) => 10 + x(d)).attr('y', 2)
    .attr('width', width / (steps.length - 1) + 0.5).attr('height', 10)
    .attr('fill', (d) => colour(d));
  box.selectAll('g.axis').data([0]).join('g').attr('class', 'axis')
    .attr('transform', 'translate(10,12)')
    .call(axisBottom(x).ticks(4).tickSize(4).tickFormat(kind === 'volume' ? whole(x) : x.tickFormat(4)));
  const label = kind === 'goldstein' ? 'Mean Goldstein score (−10 conflict … +10 cooperation)' : 'Events (as source or target)';
  select(legend).selectAll('span').data([label]).join('span').attr('class', 'small muted').text((d) => d);
}

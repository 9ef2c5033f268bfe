// The filters bar: dates, actor, CAMEO root, QuadClass and words, applied to every view and kept in the URL.
import { QUADS, ROOTS, el } from './format.js';
import { FILTER_KEYS, update } from './state.js';

let form;

function input(name, label, attributes) {
  return el('label', {}, label, el('input', { name, 'data-testid': `filter-${name}`, ...attributes }));
}

function choice(name, label, options) {
  return el('label', {}, label, el('select', { name, 'data-testid': `filter-${name}` },
    el('option', { value: '' }, 'any'),
    ...options.map(([value, text]) => el('option', { value }, text))));
}

export function initFilters(element) {
  form = element;
  form.append(
    input('from', 'From', { type: 'date' }),
    input('to', 'To', { type: 'date' }),
    input('actor', 'Actor', { size: 8, maxlength: 15, placeholder: 'PER, PERGOV', autocomplete: 'off', spellcheck: 'false' }),
    choice('root', 'CAMEO root', ROOTS.map(([code, name]) => [code, `${code} ${name}`])),
    choice('quad', 'QuadClass', QUADS.map((q) => [String(q.id), `${q.id} ${q.name}`])),
    input('text', 'Words', { type: 'search', size: 14, placeholder: 'in the sentence' }),
    el('div', { class: 'buttons' },
      el('button', { type: 'submit', 'data-testid': 'filter-apply' }, 'Apply'),
      el('button', { type: 'button', class: 'secondary', 'data-testid': 'filter-clear', onclick: () => {
        update(Object.fromEntries(FILTER_KEYS.map((key) => [key, null])));
      } }, 'Clear')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const patch = {};
    for (const key of FILTER_KEYS) patch[key] = form.elements[key].value.trim();
    if (patch.actor) patch.actor = patch.actor.toUpperCase();
    // New filters make a selected dyad period meaningless.
    update({ ...patch, period: null });
  });
}

/** Shows the state's filters in the form (after a reload, back or a map click). */
export function showFilters(state) {
  for (const key of FILTER_KEYS) {
    const field = form.elements[key];
    field.value = state[key] ?? '';
    // A value the control cannot show (a bad date typed into the URL) stays visible as a warning.
    field.classList.toggle('invalid', Boolean(state[key]) && field.value !== state[key]);
  }
}

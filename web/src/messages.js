// One visible message area for every view: an API error is shown, never swallowed in the console.
// Each view owns its slot, so a view that recovers clears only its own message.

const slots = new Map();
let area;

export function initMessages(element) {
  area = element;
}

function render() {
  const texts = [...new Set(slots.values())];
  area.replaceChildren(...texts.map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  }));
  area.hidden = texts.length === 0;
}

/** Shows what went wrong in `view`; an aborted request (superseded by a newer one) is not an error. */
export function report(view, error) {
  if (error?.name === 'AbortError') return;
  slots.set(view, error?.message || String(error));
  render();
}

export function clear(view) {
  if (slots.delete(view)) render();
}

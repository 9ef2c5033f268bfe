// Marks character ranges of a text (source, verb, target, whole event spans) without nesting trouble:
// the text is cut at every range boundary and each piece carries the marks that cover it.
import { el } from './format.js';

/**
 * @param {string} text
 * @param {{start:number,end:number,role?:string,eventId?:number,title?:string}[]} marks offsets into `text`
 * @returns {DocumentFragment}
 */
export function markText(text, marks) {
  const usable = marks
    .map((mark) => ({ ...mark, start: Math.max(0, mark.start), end: Math.min(text.length, mark.end) }))
    .filter((mark) => mark.end > mark.start);
  const cuts = new Set([0, text.length]);
  for (const mark of usable) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const covering = usable.filter((mark) => mark.start <= from && mark.end >= to);
    if (covering.length === 0) {
      fragment.append(piece);
      continue;
    }
    const role = covering.find((mark) => mark.role)?.role;
    const event = covering.find((mark) => mark.eventId != null);
    const title = covering.map((mark) => mark.title).filter(Boolean).join('; ');
    fragment.append(el(event ? 'mark' : 'span', {
      class: [role && `role role-${role}`, event && 'event-span'].filter(Boolean).join(' '),
      'data-role': role,
      'data-event-id': event?.eventId,
      title: title || null,
    }, piece));
  }
  return fragment;
}

/** The highlight marks of a mention or article event, shifted so that `offset` becomes 0. */
export function roleMarks(highlights, offset = 0) {
  const marks = [];
  for (const role of ['source', 'verb', 'target']) {
    const range = highlights?.[role];
    if (range) marks.push({ start: range[0] - offset, end: range[1] - offset, role, title: role });
  }
  return marks;
}

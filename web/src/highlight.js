// Marks character ranges of a text (source, verb, target, whole event spans) even where they overlap:
// the text is cut at every range boundary and each piece is wrapped in the marks that cover it.
import { el } from './format.js';

const ROLES = ['source', 'verb', 'target'];

/**
 * @param {string} text
 * @param {{start:number,end:number,role?:string,eventId?:number,title?:string}[]} marks offsets into `text`;
 *   role is source, verb or target; eventId marks a whole event span (its title tells which event)
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
    // Roles may share words ("both sides agreed": each side is source and target), so each covering role gets
    // its own element, nested, and each still holds exactly its words.
    let node = document.createTextNode(piece);
    // In an article several events may give the same words the same role: one element per role is enough.
    const roles = ROLES.filter((role) => covering.some((m) => m.role === role));
    for (const role of roles.reverse()) {
      node = el('span', { class: `role role-${role}`, 'data-role': role, title: role }, node);
    }
    const event = covering.find((mark) => mark.eventId != null);
    if (event) {
      const title = covering.filter((m) => m.eventId != null).map((m) => m.title).filter(Boolean).join('; ');
      node = el('mark', { class: 'event-span', 'data-event-id': event.eventId, title: title || null }, node);
    }
    fragment.append(node);
  }
  return fragment;
}

/** The highlight marks of a mention or article event, shifted so that `offset` becomes 0. */
export function roleMarks(highlights, offset = 0) {
  const marks = [];
  for (const role of ROLES) {
    const range = highlights?.[role];
    if (range) marks.push({ start: range[0] - offset, end: range[1] - offset, role });
  }
  return marks;
}

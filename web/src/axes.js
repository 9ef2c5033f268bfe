// Time and count axes shared by the timeline and the dyad chart.
import { axisBottom, axisLeft, format, scaleUtc } from 'd3';
import { offsetPeriod, periodCount } from './format.js';

/** Widest bar, in pixels: one period of data should not fill the chart. */
export const MAX_BAR = 42;

/**
 * A time scale over the periods from `first` to the end of `last`, with a period of room on each side and at
 * least eight periods in all, so that a store with one busy month shows a month and not one wall of colour.
 */
export function periodScale(first, last, size, range) {
  const end = offsetPeriod(last, size, 1);
  const pad = Math.max(1, Math.ceil((8 - periodCount(first, end, size)) / 2));
  return scaleUtc([offsetPeriod(first, size, -pad), offsetPeriod(end, size, pad)], range);
}

export function bottomAxis(x, width) {
  return axisBottom(x).ticks(Math.max(2, Math.min(8, Math.floor(width / 90)))).tickSizeOuter(0);
}

/** A count axis with whole numbers only (events do not come in halves). */
export function countAxis(y) {
  return axisLeft(y).tickValues(y.ticks(5).filter(Number.isInteger)).tickFormat(format('d')).tickSizeOuter(0);
}

// A small trend chart: the area's values over time as an inline SVG line, with London's beside it when the two can
// share an axis (rates and percentages; a borough's count and London's total cannot). The chart is an image with a
// written summary as its text alternative, and the numbers themselves are in a table under "Show the numbers".

import { h, svg } from './dom.js';
import * as words from './words.js';

const W = 240;
const H = 72;
const PAD = { top: 6, right: 6, bottom: 16, left: 6 };

let charts = 0;

function points(series) {
  return series.filter((p) => p.value !== null).map((p) => ({ t: Date.parse(p.periodStart), v: p.value, p }));
}

function path(pts, x, y) {
  return pts.map((pt, i) => `${i ? 'L' : 'M'}${x(pt.t).toFixed(1)},${y(pt.v).toFixed(1)}`).join(' ');
}

/** The chart's text alternative: first and last values, and which way it went. */
function summary(area, own, indicator) {
  const first = own[0];
  const last = own[own.length - 1];
  const change = last.v > first.v ? 'up' : last.v < first.v ? 'down' : 'unchanged';
  return `Trend in ${area}: ${words.quantity(first.v, indicator)} in ${words.period(first.p.period, first.p.periodType)}, `
    + `${change === 'unchanged' ? 'the same' : `${change} to ${words.quantity(last.v, indicator)}`} in `
    + `${words.period(last.p.period, last.p.periodType)} (${own.length} periods).`;
}

/** The chart for one indicator's series in an area; a sentence instead when there is less than two points. */
export function trendChart(answer) {
  const indicator = answer.indicator;
  const own = points(answer.series);
  if (own.length < 2) {
    return h('p', { class: 'govuk-body-s obs-muted' },
      own.length ? `One period only (${words.period(own[0].p.period, own[0].p.periodType)}), so no trend yet.` : 'No values to draw a trend.');
  }
  const shareAxis = indicator.measureType === 'rate' || indicator.measureType === 'percentage';
  const london = shareAxis ? points(answer.london) : [];
  const all = own.concat(london);
  const t0 = Math.min(...all.map((p) => p.t));
  const t1 = Math.max(...all.map((p) => p.t));
  let v0 = Math.min(...all.map((p) => p.v));
  let v1 = Math.max(...all.map((p) => p.v));
  if (v0 === v1) { v0 -= 1; v1 += 1; }
  const x = (t) => PAD.left + ((t - t0) / (t1 - t0 || 1)) * (W - PAD.left - PAD.right);
  const y = (v) => PAD.top + (1 - (v - v0) / (v1 - v0)) * (H - PAD.top - PAD.bottom);
  const id = `trend-${++charts}`;
  const text = summary(answer.area.name, own, indicator)
    + (london.length > 1 ? ` London's is the dashed line.` : '');
  const last = own[own.length - 1];
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'obs-trend__chart', role: 'img', 'aria-labelledby': `${id}-title` },
    svg('title', { id: `${id}-title` }, text),
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: H - PAD.bottom, y2: H - PAD.bottom, class: 'obs-trend__axis' }),
    london.length > 1 ? svg('path', { d: path(london, x, y), class: 'obs-trend__london' }) : null,
    svg('path', { d: path(own, x, y), class: 'obs-trend__line' }),
    svg('circle', { cx: x(last.t).toFixed(1), cy: y(last.v).toFixed(1), r: 3, class: 'obs-trend__dot' }),
    svg('text', { x: PAD.left, y: H - 3, class: 'obs-trend__label' }, own[0].p.period),
    svg('text', { x: W - PAD.right, y: H - 3, class: 'obs-trend__label', 'text-anchor': 'end' }, last.p.period));
  const londonByPeriod = new Map(answer.london.map((p) => [p.period, p.value]));
  const table = h('details', { class: 'govuk-details obs-trend__details' },
    h('summary', { class: 'govuk-details__summary' }, h('span', { class: 'govuk-details__summary-text' }, 'Show the numbers')),
    h('div', { class: 'govuk-details__text' },
      h('table', { class: 'govuk-table obs-table-small' },
        h('caption', { class: 'govuk-table__caption govuk-visually-hidden' }, `${indicator.title}: ${answer.area.name} and London by period`),
        h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
          h('th', { scope: 'col', class: 'govuk-table__header' }, 'Period'),
          h('th', { scope: 'col', class: 'govuk-table__header govuk-table__header--numeric' }, answer.area.name),
          h('th', { scope: 'col', class: 'govuk-table__header govuk-table__header--numeric' }, 'London'))),
        h('tbody', { class: 'govuk-table__body' }, answer.series.map((p) => h('tr', { class: 'govuk-table__row' },
          h('th', { scope: 'row', class: 'govuk-table__header' }, words.period(p.period, p.periodType)),
          h('td', { class: 'govuk-table__cell govuk-table__cell--numeric' }, words.number(p.value, indicator.measureType), p.flag ? ` (${words.flagName(p.flag)})` : ''),
          h('td', { class: 'govuk-table__cell govuk-table__cell--numeric' }, words.number(londonByPeriod.get(p.period) ?? null, indicator.measureType))))))));
  return h('div', { class: 'obs-trend' }, chart, table);
}

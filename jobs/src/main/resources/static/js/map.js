// The map page, #/map/<indicator>/<level>[/<period>]: pickers for the indicator, the level and the period, the
// choropleth, and the same figures as a table under it — the table is always there, so the map is never the only
// way to read them, and it is all there is while a release has no boundaries for the level. Changing a picker
// changes the address (so Back and links work) and the page updates in place, keeping focus on the picker.

import { api } from './api.js';
import { Choropleth, classOf, COLOURS, isUnavailable, NO_VALUE } from './choropleth.js';
import { h, replace, svg } from './dom.js';
import * as words from './words.js';

const CLASS_NAMES = ['lowest fifth', 'second fifth', 'middle fifth', 'fourth fifth', 'highest fifth'];

/** The level a topic's map opens at when the address does not say: boroughs, or neighbourhoods for ranks and deciles. */
function defaultLevel(indicator, levels) {
  const wanted = ['rank', 'decile', 'score'].includes(indicator.measureType) ? 'lsoa21' : 'lad';
  return levels.includes(wanted) ? wanted : levels[levels.length - 1];
}

function swatch(fill) {
  return svg('svg', { class: 'obs-swatch', viewBox: '0 0 20 14', 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { x: 0.5, y: 0.5, width: 19, height: 13, fill, stroke: '#0b0c0c' }));
}

function legendItems(answer) {
  const { breaks } = answer;
  const percent = answer.indicator.measureType === 'percentage' ? '%' : '';
  const f = (v) => `${words.number(v, answer.indicator.measureType)}${percent}`;
  const ranges = breaks.length
    ? [`up to ${f(breaks[0])}`, ...breaks.slice(1).map((b, i) => `more than ${f(breaks[i])}, up to ${f(b)}`), `more than ${f(breaks[3])}`]
    : [];
  return [
    ...ranges.map((text, k) => h('li', { class: 'obs-legend__item' }, swatch(COLOURS[k]), ` ${CLASS_NAMES[k]}: ${text}`)),
    h('li', { class: 'obs-legend__item' }, swatch(NO_VALUE), ' no figure (withheld, or cannot be added up)'),
  ];
}

function rowsOf(answer) {
  return answer.values
    .map((v) => ({ ...v, cls: classOf(v.value, answer.breaks) }))
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.name.localeCompare(b.name));
}

function table(answer, rows, levelName) {
  const ind = answer.indicator;
  return h('table', { class: 'govuk-table obs-map-table', id: 'map-table' },
    h('caption', { class: 'govuk-table__caption govuk-table__caption--m' },
      `${ind.title}, ${words.period(answer.period)}: ${words.number(rows.length, 'count')} ${levelName}, highest first`),
    h('thead', { class: 'govuk-table__head' }, h('tr', { class: 'govuk-table__row' },
      h('th', { scope: 'col', class: 'govuk-table__header' }, 'Area'),
      h('th', { scope: 'col', class: 'govuk-table__header' }, 'Code'),
      h('th', { scope: 'col', class: 'govuk-table__header govuk-table__header--numeric' }, `Value (${ind.unit})`),
      h('th', { scope: 'col', class: 'govuk-table__header' }, 'Map class'),
      h('th', { scope: 'col', class: 'govuk-table__header' }, 'Flag'))),
    h('tbody', { class: 'govuk-table__body' }, rows.map((r) => h('tr', { class: 'govuk-table__row', 'data-code': r.code },
      h('th', { scope: 'row', class: 'govuk-table__header' }, h('a', { class: 'govuk-link', href: `#/area/${r.code}` }, r.name)),
      h('td', { class: 'govuk-table__cell' }, r.code),
      h('td', { class: 'govuk-table__cell govuk-table__cell--numeric' }, words.number(r.value, ind.measureType)),
      h('td', { class: 'govuk-table__cell' }, r.cls === null ? '–' : `${r.cls + 1} of 5`),
      h('td', { class: 'govuk-table__cell' }, words.flagName(r.flag))))));
}

function select(id, label, options, value) {
  return h('div', { class: 'govuk-form-group obs-picker' },
    h('label', { class: 'govuk-label govuk-label--s', for: id }, label),
    h('select', { class: 'govuk-select', id, name: id }, options.map((o) => o.group
      ? h('optgroup', { label: o.group }, o.options.map((x) => h('option', { value: x.value, selected: x.value === value }, x.text)))
      : h('option', { value: o.value, selected: o.value === value }, o.text))));
}

/** A map view that stays on screen while its pickers change. */
export class MapView {
  constructor(view) {
    this.view = view;
  }

  async render(route) {
    const catalogue = await api.indicators();
    const first = route.indicator || 'claimant-count';
    replace(this.view,
      h('h1', { class: 'govuk-heading-l', tabindex: '-1', id: 'map-heading' }, 'Map'),
      h('p', { class: 'govuk-body' }, 'Choose a topic and the size of area. The map shades each area by which fifth of London\'s areas its figure is in; the table under it has every figure.'),
      h('p', { class: 'govuk-inset-text', id: 'map-note', hidden: true }),
      h('form', { class: 'obs-pickers', id: 'map-pickers', action: '#' },
        select('map-indicator', 'Topic', [...groupByTheme(catalogue.indicators)], first),
        select('map-level', 'Areas', [], ''),
        select('map-period', 'Period', [], '')),
      h('div', { class: 'obs-map-layout' },
        h('div', { class: 'obs-map-wrap' },
          h('div', { id: 'map', class: 'obs-map', role: 'group', 'aria-labelledby': 'map-label' }),
          h('p', { id: 'map-label', class: 'govuk-body-s obs-map-help' }),
          h('p', { id: 'map-status', class: 'govuk-body obs-map-status', role: 'status' })),
        h('div', { class: 'obs-legend-wrap' },
          h('h2', { class: 'govuk-heading-s' }, 'Key'),
          h('ul', { class: 'govuk-list obs-legend', id: 'map-legend' }),
          h('p', { class: 'govuk-body-s', id: 'map-scale', hidden: true }))),
      h('div', { id: 'map-table-wrap' }));
    this.pickers = this.view.querySelector('#map-pickers');
    this.pickers.addEventListener('submit', (e) => e.preventDefault());
    this.pickers.addEventListener('change', (e) => this.picked(e.target.id));
    this.choropleth = new Choropleth(this.view.querySelector('#map'), (row) =>
      `${row.name}: ${words.number(row.value, this.answer.indicator.measureType)}${row.flag ? ` (${words.flagName(row.flag)})` : ''}`
      + `${row.cls === null || row.cls === undefined ? '' : `, ${CLASS_NAMES[row.cls]}`}`);
    return this.update(route);
  }

  /**
   * A picker changed: the address follows (a new history entry), and the router calls update. A new topic keeps
   * the level when it has figures there, and starts at its latest period.
   */
  picked(id) {
    const indicator = this.pickers.querySelector('#map-indicator').value;
    const level = this.pickers.querySelector('#map-level').value;
    const period = id === 'map-period' ? this.pickers.querySelector('#map-period').value : '';
    location.hash = `#/map/${indicator}/${level}${period ? `/${period}` : ''}`;
  }

  async update(route) {
    // pickers can change faster than answers come: only the latest change may touch the page
    const turn = (this.turn = (this.turn || 0) + 1);
    const stale = () => turn !== this.turn;
    const indicatorId = route.indicator || 'claimant-count';
    const [{ indicator, levels }, catalogue] = await Promise.all([api.indicator(indicatorId), api.indicators()]);
    if (stale()) return null;
    const mapLevels = levels.filter((l) => words.MAP_LEVELS.includes(l.level) && l.periods.length).map((l) => l.level);
    if (!mapLevels.length) throw new Error(`${indicator.title} has no figures for areas that can be mapped.`);
    const level = mapLevels.includes(route.level) ? route.level : defaultLevel(indicator, mapLevels);
    const periods = levels.find((l) => l.level === level).periods;
    const period = periods.includes(route.period) ? route.period : periods[0];
    // the address names what is shown (#/map becomes #/map/claimant-count/lad), without a new history entry
    const shown = `#/map/${indicator.id}/${level}${route.period === period ? `/${period}` : ''}`;
    if (location.hash !== shown) history.replaceState(null, '', shown);
    this.fill('#map-indicator', [...groupByTheme(catalogue.indicators)], indicator.id);
    this.fill('#map-level', mapLevels.map((l) => ({ value: l, text: words.level(l).title })), level);
    this.fill('#map-period', periods.map((p) => ({ value: p, text: words.period(p) })), period);
    const answer = await api.map(indicator.id, level, period);
    if (stale()) return null;
    this.answer = answer;
    const lv = words.level(level);
    const rows = rowsOf(answer);
    replace(this.view.querySelector('#map-heading'), `${indicator.title} by ${lv.one}`);
    replace(this.view.querySelector('#map-legend'), ...legendItems(answer));
    const scale = this.view.querySelector('#map-scale'); // which way is worse, for ranks and deciles
    replace(scale, words.scaleNote(indicator) || '');
    scale.hidden = !words.scaleNote(indicator);
    const note = this.view.querySelector('#map-note');
    note.hidden = answer.values.some((v) => v.value !== null);
    replace(note, `No ${lv.one} has a figure for this topic. `,
      answer.values.some((v) => v.flag === 'not-additive')
        ? `Scores, ranks and deciles cannot be added up into bigger areas; choose ${words.level(mapLevels[0]).many} to see them.`
        : 'The figures were withheld by the source.');
    replace(this.view.querySelector('#map-label'),
      `Map of ${indicator.title} by ${lv.one}, ${words.period(answer.period)}. `
      + 'Press Tab to reach the areas, the arrow keys to move between them (highest first) and Enter to open one. '
      + 'The table below has the same figures.');
    const status = this.view.querySelector('#map-status');
    const mapEl = this.view.querySelector('#map');
    const drawnOnly = this.view.querySelectorAll('.obs-legend-wrap, #map-label');
    status.textContent = 'Drawing the map…';
    this.drawTable(answer, rows, lv.many);
    mapEl.hidden = false; // Leaflet measures the container as it draws: it must be shown first
    try {
      const drawn = await this.choropleth.draw(level, rows, (code) => { location.hash = `#/area/${code}`; });
      if (stale()) return null;
      this.addMissingRows(rows, answer);
      drawnOnly.forEach((e) => { e.hidden = false; });
      status.textContent = `${words.number(drawn, 'count')} ${lv.many} drawn.`;
    } catch (e) {
      if (!isUnavailable(e)) throw e;
      if (stale()) return null;
      mapEl.hidden = true;
      drawnOnly.forEach((el) => { el.hidden = true; });
      status.textContent = `The map is unavailable: this release has no boundaries for ${lv.many} yet. The table below has every figure.`;
    }
    return { title: `${indicator.title} by ${lv.one} (map)` };
  }

  drawTable(answer, rows, levelName) {
    this.tableRows = rows;
    replace(this.view.querySelector('#map-table-wrap'), table(answer, rows, levelName));
  }

  /** Areas on the map with no row in the answer get a row too, so the table and the map list the same areas. */
  addMissingRows(rows, answer) {
    const listed = new Set(rows.map((r) => r.code));
    const missing = this.choropleth.paths.filter((p) => !listed.has(p.row.code)).map((p) => ({ ...p.row, value: null, flag: null, cls: null }));
    if (missing.length) this.drawTable(answer, rows.concat(missing), words.level(answer.level).many);
  }

  fill(selector, options, value) {
    const old = this.pickers.querySelector(selector);
    const fresh = select(old.id, old.labels[0].textContent, options, value).querySelector('select');
    old.replaceChildren(...fresh.childNodes);
    old.value = value;
  }
}

function* groupByTheme(indicators) {
  const themes = new Map();
  indicators.forEach((i) => themes.set(i.theme, [...(themes.get(i.theme) || []), i]));
  for (const [t, list] of themes) {
    yield { group: words.theme(t), options: list.map((i) => ({ value: i.id, text: i.title })) };
  }
}

// Draws one level's boundaries, coloured in five classes, with Leaflet on a plain background (no map tiles: the
// page works offline and sends no one's browsing to a tile server). Each area is an SVG path that shows its value
// on hover and on keyboard focus. Only one area is in the tab order at a time (a "roving tabindex"): Tab enters
// the map once, the arrow keys move from area to area in the table's order, Enter opens the area's page, Escape
// hides the value, and Tab leaves — so 4,994 neighbourhoods never mean 4,994 Tab presses.

import { api, ApiError } from './api.js';
import { h } from './dom.js';

const LEAFLET = '/webjars/leaflet/1.9.4/dist';
export const COLOURS = ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5', '#08306b']; // ColorBrewer Blues, light = low
export const NO_VALUE = 'url(#obs-hatch)';

let leaflet = null;

/** Leaflet is only needed for the map, so it is loaded the first time a map is drawn, not with the page. */
function loadLeaflet() {
  if (!leaflet) {
    leaflet = new Promise((resolve, reject) => {
      document.head.append(h('link', { rel: 'stylesheet', href: `${LEAFLET}/leaflet.css` }));
      document.head.append(h('script', {
        src: `${LEAFLET}/leaflet.js`, onload: () => resolve(window.L),
        onerror: () => { leaflet = null; reject(new Error('The map library could not be loaded.')); },
      }));
    });
  }
  return leaflet;
}

const boundaries = new Map();

/** A level's boundaries, once per release; rejects with ApiError 404 while the release has none. */
function loadBoundaries(level) {
  if (!boundaries.has(level)) {
    boundaries.set(level, api.boundaries(level).catch((e) => { boundaries.delete(level); throw e; }));
  }
  return boundaries.get(level);
}

/** The class 0–4 of a value: class k holds values up to breaks[k] (the API's quintile limits); null without one. */
export function classOf(value, breaks) {
  if (value === null || value === undefined || !breaks.length) return null;
  const k = breaks.findIndex((b) => value <= b);
  return k === -1 ? breaks.length : k;
}

export class Choropleth {
  constructor(container, tooltip) {
    this.container = container;
    this.tooltip = tooltip; // a function (row) → text, for hover, focus and the path's accessible name
    this.map = null;
    this.layer = null;
    this.highlight = null;
  }

  /**
   * Draws rows (in table order, each {code, name, value, flag, cls}) on level's boundaries. Resolves to the number
   * of areas drawn; rejects with ApiError 404 when the release has no boundaries for the level.
   */
  async draw(level, rows, onOpen) {
    const [L, geojson] = await Promise.all([loadLeaflet(), loadBoundaries(level)]);
    if (!this.map) this.createMap(L);
    if (this.layer) this.layer.remove();
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const order = new Map(rows.map((r, i) => [r.code, i]));
    const fine = level === 'lsoa21' || level === 'msoa21';
    this.paths = [];
    this.layer = L.geoJSON(geojson, {
      style: (feature) => {
        const row = byCode.get(code(feature));
        return {
          fillColor: row && row.cls !== null ? COLOURS[row.cls] : NO_VALUE, fillOpacity: 1,
          color: '#0b0c0c', weight: fine ? 0.4 : 1, className: 'obs-area',
        };
      },
      onEachFeature: (feature, layer) => {
        const row = byCode.get(code(feature)) || { code: code(feature), name: feature.properties.name, value: null };
        layer.on('mouseover', () => this.show(layer, row));
        layer.on('mouseout', () => this.hide());
        layer.on('click', () => onOpen(row.code));
        layer.on('add', () => this.describe(layer, row, order.get(row.code) ?? rows.length));
      },
    }).addTo(this.map);
    this.paths.sort((a, b) => a.order - b.order || a.row.name.localeCompare(b.row.name));
    this.paths.forEach((p, i) => p.element.setAttribute('tabindex', i === 0 ? '0' : '-1'));
    this.onOpen = onOpen;
    this.map.invalidateSize();
    this.map.fitBounds(this.layer.getBounds());
    return this.paths.length;
  }

  createMap(L) {
    this.L = L;
    this.map = L.map(this.container, {
      renderer: L.svg({ padding: 0.5 }), keyboard: false, scrollWheelZoom: false, zoomSnap: 0.25,
      attributionControl: true,
    });
    // a view first: Leaflet adds layers to a map without one only later, and the areas must exist as draw() ends
    this.map.setView([51.49, -0.11], 10);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution(
      'Boundaries: Office for National Statistics and Greater London Authority, Open Government Licence v3.0');
    this.map.createPane('obs-highlight').classList.add('obs-highlight-pane');
    this.container.addEventListener('keydown', (e) => this.key(e));
    this.container.addEventListener('focusin', (e) => {
      const p = this.paths && this.paths.find((x) => x.element === e.target);
      if (p) this.show(p.layer, p.row);
    });
    this.container.addEventListener('focusout', () => this.hide());
  }

  describe(layer, row, order) {
    const element = layer.getElement();
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', this.tooltip(row));
    element.dataset.code = row.code;
    this.paths.push({ element, layer, row, order });
  }

  show(layer, row) {
    if (this.highlight) this.highlight.remove();
    // an outline drawn above every area, so the chosen one's edge is never hidden under its neighbours'
    this.highlight = this.L.geoJSON(layer.feature, {
      pane: 'obs-highlight', interactive: false,
      style: { fill: false, color: '#0b0c0c', weight: 4, className: 'obs-area-highlight' },
    }).addTo(this.map);
    if (this.tipLayer && this.tipLayer !== layer) this.tipLayer.unbindTooltip();
    this.tipLayer = layer;
    layer.bindTooltip(this.tooltip(row), { sticky: true, direction: 'top', className: 'obs-tooltip' }).openTooltip(
      layer.getBounds().getCenter());
  }

  hide() {
    if (this.highlight) { this.highlight.remove(); this.highlight = null; }
    if (this.tipLayer) { this.tipLayer.unbindTooltip(); this.tipLayer = null; }
  }

  key(e) {
    const i = this.paths ? this.paths.findIndex((p) => p.element === e.target) : -1;
    if (i < 0) return;
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: this.paths.length - 1 }[e.key];
    if (next !== undefined) {
      e.preventDefault();
      const to = this.paths[Math.max(0, Math.min(this.paths.length - 1, next))];
      this.paths[i].element.setAttribute('tabindex', '-1');
      to.element.setAttribute('tabindex', '0');
      this.map.panInside(to.layer.getBounds().getCenter(), { padding: [40, 40] });
      to.element.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      this.onOpen(this.paths[i].row.code);
    } else if (e.key === 'Escape') {
      this.hide();
    }
  }

  /** How many areas are drawn (for the page's status line and the tests). */
  get size() {
    return this.paths ? this.paths.length : 0;
  }
}

function code(feature) {
  return feature.id || feature.properties.code;
}

export function isUnavailable(error) {
  return error instanceof ApiError && error.status === 404;
}

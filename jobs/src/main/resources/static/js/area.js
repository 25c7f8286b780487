// An area's page: its latest figures grouped by theme, each beside London's, said in words ("higher than 8 in 10
// London neighbourhoods"), with its period, source, flag and method explained and a small trend chart. The charts
// are fetched after the figures are on screen, a few at a time, so the page is readable at once.

import { api, extractUrl } from './api.js';
import { h, replace } from './dom.js';
import { trendChart } from './trend.js';
import * as words from './words.js';

const PARALLEL_CHARTS = 4; // the server is shared; a few requests at a time are plenty

function breadcrumbs(page) {
  const trail = [...page.parents].reverse().filter((p) => p.level === 'region' || p.level === 'lad'
    || (page.area.level === 'lsoa21' && p.level === 'msoa21'));
  return h('nav', { class: 'govuk-breadcrumbs', 'aria-label': 'Where this area is' },
    h('ol', { class: 'govuk-breadcrumbs__list' },
      h('li', { class: 'govuk-breadcrumbs__list-item' }, h('a', { class: 'govuk-breadcrumbs__link', href: '#/' }, 'Home')),
      trail.map((p) => h('li', { class: 'govuk-breadcrumbs__list-item' },
        h('a', { class: 'govuk-breadcrumbs__link', href: `#/area/${p.code}` }, p.name))),
      h('li', { class: 'govuk-breadcrumbs__list-item', 'aria-current': 'page' }, page.area.name)));
}

function intro(page) {
  const { area } = page;
  const lv = words.level(area.level);
  const inside = page.parents.filter((p) => p.level !== 'region').map((p) => `${words.level(p.level).one} ${p.name}`);
  return [
    area.level === 'region' ? null : h('span', { class: 'govuk-caption-l' }, lv.title),
    h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, area.name),
    h('p', { class: 'govuk-body-l' },
      area.population ? `${words.number(area.population, 'count')} usual residents at the Census 2021. ` : '',
      area.level === 'region' ? 'All of Greater London.' : `One of ${words.number(page.levelAreas, 'count')} London ${lv.explain}.`,
      inside.length ? ` In ${inside.join(', ')}.` : ''),
    h('p', { class: 'govuk-body obs-muted' }, `Area code ${area.code}.`),
  ];
}

function downloads(area) {
  const link = (format, label) => h('a', {
    class: 'govuk-link', href: extractUrl({ area: area.code, format }), download: '',
  }, label, h('span', { class: 'govuk-visually-hidden' }, ` of ${area.name}'s figures`));
  return h('section', { class: 'obs-downloads', 'aria-labelledby': 'area-downloads' },
    h('h2', { class: 'govuk-heading-m', id: 'area-downloads' }, 'Download every figure for this area'),
    h('p', { class: 'govuk-body' }, 'All periods, one row per figure: ',
      link('csv', 'CSV'), ', ', link('xlsx', 'Excel'), ' or ', link('parquet', 'Parquet'), '. ',
      h('a', { class: 'govuk-link', href: `#/download/${area.code}` }, 'Choose topics, or add more areas or postcodes'), '.'));
}

function figureCard(f, page, index) {
  const ind = f.indicator;
  const id = `figure-${index}`;
  const region = page.area.level === 'region'; // London itself: nothing to stand among, nor to compare with
  const standing = region ? null : words.standing(f, page.area.level);
  const note = words.scaleNote(ind);
  const chart = h('div', { class: 'obs-figure__trend', 'data-indicator': ind.id }, h('p', { class: 'govuk-body-s obs-muted' }, 'Loading the trend…'));
  const mapLevel = words.MAP_LEVELS.includes(page.area.level) ? page.area.level : 'lad';
  return h('article', { class: 'obs-figure', 'aria-labelledby': `${id}-title`, 'data-indicator': ind.id },
    h('h3', { class: 'govuk-heading-s obs-figure__title', id: `${id}-title` }, ind.title),
    h('p', { class: 'obs-figure__value' },
      h('span', { class: 'obs-figure__number' }, words.quantity(f.value, ind)),
      h('span', { class: 'obs-figure__period' }, ` in ${words.period(f.period)}`)),
    standing ? h('p', { class: 'govuk-body obs-figure__words' }, h('strong', {}, standing)) : null,
    region ? null : h('p', { class: 'govuk-body-s obs-figure__london' }, words.versusLondon(f, page.area.name)),
    note ? h('p', { class: 'govuk-body-s' }, note) : null,
    chart,
    h('dl', { class: 'obs-figure__about govuk-body-s' },
      about('Period', words.period(f.period), words.period(f.period) === f.period ? '' : ` (${f.period})`),
      about('Source',
        ind.sourceUrl ? h('a', { class: 'govuk-link', href: ind.sourceUrl, rel: 'noopener' }, ind.publisher) : ind.publisher,
        `. ${ind.licence}.`),
      about('How it was made', words.method(f.method)),
      about('Flag', words.flag(f.flag)),
      words.rankWords(f) && !region ? about('Rank', words.rankWords(f)) : null),
    h('p', { class: 'govuk-body-s' }, h('a', { class: 'govuk-link', href: `#/map/${ind.id}/${mapLevel}` },
      `${ind.title} for every London ${words.level(mapLevel).one}, on a map`)));
}

function about(term, ...description) {
  return h('div', { class: 'obs-figure__about-row' }, h('dt', {}, `${term}:`), ' ', h('dd', {}, ...description));
}

function children(page) {
  if (!page.children.length) return null;
  const byLevel = new Map();
  page.children.forEach((c) => byLevel.set(c.level, [...(byLevel.get(c.level) || []), c]));
  return h('details', { class: 'govuk-details' },
    h('summary', { class: 'govuk-details__summary' },
      h('span', { class: 'govuk-details__summary-text' }, `Areas inside ${page.area.name} (${page.children.length})`)),
    h('div', { class: 'govuk-details__text' }, [...byLevel].map(([lvl, list]) => [
      h('h3', { class: 'govuk-heading-s' }, `${words.level(lvl).many.replace(/^./, (c) => c.toUpperCase())} (${list.length})`),
      h('ul', { class: 'govuk-list obs-columns' }, list.map((c) => h('li', {}, h('a', { class: 'govuk-link', href: `#/area/${c.code}` }, c.name)))),
    ])));
}

async function loadCharts(view, code) {
  const slots = [...view.querySelectorAll('.obs-figure__trend')];
  async function worker() {
    for (let slot = slots.shift(); slot; slot = slots.shift()) {
      if (!slot.isConnected) return; // the reader has moved on to another page
      try {
        replace(slot, trendChart(await api.series(code, slot.dataset.indicator)));
      } catch (e) {
        replace(slot, h('p', { class: 'govuk-body-s obs-muted' }, `The trend could not be loaded: ${e.message}`));
      }
    }
  }
  await Promise.all(Array.from({ length: PARALLEL_CHARTS }, worker));
}

export async function renderArea(view, code) {
  const page = await api.area(code);
  const themes = new Map();
  page.figures.forEach((f) => themes.set(f.indicator.theme, [...(themes.get(f.indicator.theme) || []), f]));
  let index = 0;
  replace(view,
    breadcrumbs(page),
    ...intro(page),
    downloads(page.area),
    children(page),
    page.figures.length ? null : h('p', { class: 'govuk-body' }, 'There are no figures for this area in this release.'),
    h('nav', { class: 'obs-contents', 'aria-label': 'Topics on this page' },
      h('h2', { class: 'govuk-heading-s' }, 'Topics'),
      h('ul', { class: 'govuk-list' }, [...themes.keys()].map((t) => h('li', {},
        h('a', { class: 'govuk-link', href: `#/area/${code}`, 'data-scroll': `theme-${t}` }, `${words.theme(t)} (${themes.get(t).length})`))))),
    [...themes].map(([t, figures]) => h('section', { class: 'obs-theme', 'aria-labelledby': `theme-${t}` },
      h('h2', { class: 'govuk-heading-l', id: `theme-${t}`, tabindex: '-1' }, words.theme(t)),
      h('div', { class: 'obs-figures' }, figures.map((f) => figureCard(f, page, index++))))));
  // In-page links cannot use #id here (the hash holds the page's address): they move focus to the heading instead.
  view.querySelectorAll('[data-scroll]').forEach((a) => a.addEventListener('click', (e) => {
    e.preventDefault();
    const target = document.getElementById(a.dataset.scroll);
    target.focus();
    target.scrollIntoView();
  }));
  loadCharts(view, page.area.code);
  return { title: `${page.area.name} (${words.level(page.area.level).title})` };
}

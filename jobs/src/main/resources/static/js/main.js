// Starts the page: the sample-data banner and the release, the search box, and the router. The address's hash is
// the page's state (#/area/E09000007, #/map/claimant-count/lad), so every view can be linked to, bookmarked and
// reached again with Back. After a change of view, focus moves to its heading so screen readers announce it.

import { api, onRelease } from './api.js';
import { renderArea } from './area.js';
import { h, replace } from './dom.js';
import { renderDownload } from './download.js';
import { MapView } from './map.js';
import { renderResults, setupSearch } from './search.js';

const SITE = 'London Social Evidence Observatory';
const view = document.getElementById('view');
let mapView = null;
let first = true;

function showRelease(release, sample) {
  const banner = document.getElementById('sample-banner');
  banner.hidden = !sample;
  document.querySelectorAll('[data-release]').forEach((e) => { e.textContent = release; });
}

function home() {
  replace(view,
    h('h1', { class: 'govuk-heading-xl', tabindex: '-1' }, 'Evidence on London\'s neighbourhoods'),
    h('p', { class: 'govuk-body-l' }, 'Figures on housing, jobs and benefits, debt and mental health for every London '
      + 'neighbourhood, ward and borough, each beside London\'s and with where it comes from.'),
    h('h2', { class: 'govuk-heading-m' }, 'Start with'),
    h('ul', { class: 'govuk-list govuk-list--bullet' },
      h('li', {}, 'Type a place, a postcode or a topic in the search box above, for example ',
        h('a', { class: 'govuk-link', href: '#/search/Camden' }, 'Camden'), ', ',
        h('a', { class: 'govuk-link', href: '#/search/NW3%209MM' }, 'NW3 9MM'), ' or ',
        h('a', { class: 'govuk-link', href: '#/search/depression' }, 'depression'), '.'),
      h('li', {}, h('a', { class: 'govuk-link', href: '#/map/claimant-count/lad' }, 'See a topic on a map of London'),
        ', by neighbourhood, ward or borough, with the same figures in a table.'),
      h('li', {}, h('a', { class: 'govuk-link', href: '#/download' }, 'Download figures'),
        ' for an area, a postcode, or the list of postcodes your service covers, with their total.')),
    h('h2', { class: 'govuk-heading-m' }, 'About the figures'),
    h('p', { class: 'govuk-body' }, 'The observatory gathers public statistics (Office for National Statistics, '
      + 'Department for Work and Pensions, NHS and others) and boroughs\' own records every night, and puts them onto '
      + 'the same London neighbourhoods. Each figure says where it comes from and whether it was estimated, shared '
      + 'out or withheld. Figures from boroughs\' case records are protected so no one can be identified; ',
    h('a', { class: 'govuk-link', href: '/login' }, 'sign in'), ' if you are allowed to see exact figures.'));
  return { title: 'Home' };
}

function notFound() {
  replace(view,
    h('h1', { class: 'govuk-heading-l', tabindex: '-1' }, 'Page not found'),
    h('p', { class: 'govuk-body' }, 'Check the address, or ', h('a', { class: 'govuk-link', href: '#/' }, 'start again from the home page'), '.'));
  return { title: 'Page not found' };
}

function showProblem(error) {
  replace(view,
    h('h1', { class: 'govuk-heading-l', tabindex: '-1' }, 'Sorry, there is a problem'),
    h('p', { class: 'govuk-body', id: 'problem-detail' }, error.message.replace(/^./, (c) => c.toUpperCase())),
    h('p', { class: 'govuk-body' }, h('a', { class: 'govuk-link', href: '#/' }, 'Go to the home page'), '.'));
  return { title: 'Problem' };
}

/** Parses the hash: #/, #/search/<q>, #/area/<code>, #/map[/<indicator>[/<level>[/<period>]]], #/download[/<areas>]. */
export function parse(hash) {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const [page = '', ...rest] = parts;
  switch (page) {
    case '': return { page: 'home' };
    case 'search': return { page: 'search', q: rest.join('/') };
    case 'area': return rest[0] ? { page: 'area', code: rest[0].toUpperCase() } : { page: 'missing' };
    case 'map': return { page: 'map', indicator: rest[0], level: rest[1], period: rest[2] };
    case 'download': return { page: 'download', areas: rest.join('/') };
    default: return { page: 'missing' };
  }
}

async function route() {
  // the skip link and other plain #ids are not pages: leave the view as it is
  if (location.hash && !location.hash.startsWith('#/')) return;
  const r = parse(location.hash);
  view.setAttribute('aria-busy', 'true');
  let shown;
  try {
    if (r.page === 'map' && mapView) {
      shown = await mapView.update(r); // pickers changed: update in place, focus stays on the picker
      if (!shown) return;
    } else {
      mapView = null;
      switch (r.page) {
        case 'home': shown = home(); break;
        case 'search': shown = await renderResults(view, r.q); break;
        case 'area': shown = await renderArea(view, r.code); break;
        case 'map': mapView = new MapView(view); shown = await mapView.render(r); break;
        case 'download': shown = await renderDownload(view, r.areas.split(',').join('\n')); break;
        default: shown = notFound();
      }
      if (!first) view.querySelector('h1').focus();
    }
  } catch (error) {
    mapView = null;
    shown = showProblem(error);
    if (!first) view.querySelector('h1').focus();
  } finally {
    view.removeAttribute('aria-busy');
  }
  first = false;
  if (shown) document.title = `${shown.title} – ${SITE}`;
  view.dataset.route = location.hash || '#/'; // says the view has finished drawing this address (the tests wait on it)
  document.querySelectorAll('.obs-nav a').forEach((a) => {
    const current = a.dataset.page === r.page;
    if (current) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
}

onRelease(showRelease);
setupSearch(document.getElementById('search'));
performance.mark('search-ready'); // from here the search box answers: the page's time to interactive
document.querySelector('.govuk-skip-link').addEventListener('click', (e) => {
  e.preventDefault(); // #main would replace the page's address in the hash
  const main = document.getElementById('main');
  main.focus();
  main.scrollIntoView();
});
window.addEventListener('hashchange', route);
api.releases().then((r) => showRelease(r.release, r.sample)).catch(() => {});
route();

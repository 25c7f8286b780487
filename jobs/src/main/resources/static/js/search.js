// The one search box: a place, a postcode or a topic. Suggestions appear as you type, as an ARIA 1.2 combobox
// (the WAI-ARIA Authoring Practices' "list autocomplete" pattern): focus stays in the box, the arrow keys move
// through the suggestions (aria-activedescendant), Enter opens one, Escape closes the list. A status line says how
// many suggestions there are, for screen reader users. Enter with no suggestion chosen opens the full results page.

import { api } from './api.js';
import { h, replace } from './dom.js';
import * as words from './words.js';

const DEBOUNCE_MS = 200; // long enough not to ask on every keystroke, short enough to feel immediate
const LIMIT = 8;

/** Where a result leads: an area to its page, an indicator to its map. */
export function resultHref(result) {
  return result.kind === 'area' ? `#/area/${result.id}` : `#/map/${result.id}`;
}

/** One line saying what a result is: "Ward in Camden", "Topic". */
export function resultKind(result) {
  if (result.kind !== 'area') return 'Topic: see it on a map';
  const lv = words.level(result.level);
  const inside = (result.parents || []).find((p) => p.level === 'lad');
  return inside ? `${lv.title} in ${inside.name}` : lv.title;
}

export function setupSearch(form) {
  const input = form.querySelector('#search-input');
  const list = form.querySelector('#search-listbox');
  const status = form.querySelector('#search-status');
  const notice = form.querySelector('#search-notice');
  let results = [];
  let active = -1;
  let timer = null;
  let pending = null;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    const options = list.querySelectorAll('[role="option"]');
    options.forEach((o, i) => {
      o.setAttribute('aria-selected', i === index ? 'true' : 'false');
      o.classList.toggle('obs-search__option--active', i === index);
    });
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function go(result) {
    close();
    location.hash = resultHref(result);
  }

  function show(answer) {
    results = answer.results;
    replace(notice, ...(answer.notices || []).map((n) => h('span', {}, n.replace(/^./, (c) => c.toUpperCase()), '. ')));
    notice.hidden = !answer.notices || answer.notices.length === 0;
    replace(list, ...results.map((r, i) => h('li', {
      id: `search-option-${i}`, role: 'option', 'aria-selected': 'false', class: 'obs-search__option',
      // mousedown, not click: the box must keep focus, or the list would close before the click lands
      onmousedown: (e) => { e.preventDefault(); go(r); },
    }, h('span', { class: 'obs-search__name' }, r.name), ' ',
    h('span', { class: 'obs-search__kind' }, resultKind(r)),
    r.matched && r.matched.some((m) => m.startsWith('postcode')) ? h('span', { class: 'obs-search__kind' }, ` (${r.matched[0]})`) : null)));
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const open = results.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    status.textContent = open
      ? `${results.length} suggestion${results.length === 1 ? '' : 's'}. Use the up and down arrow keys to choose one, and Enter to open it.`
      : `No suggestions for ${answer.query}.`;
  }

  async function suggest() {
    const q = input.value.trim();
    if (pending) pending.abort();
    if (q.length < 2) {
      close();
      status.textContent = '';
      notice.hidden = true;
      return;
    }
    pending = new AbortController();
    try {
      show(await api.search(q, LIMIT, pending.signal));
    } catch (e) {
      if (e.name === 'AbortError') return;
      close();
      notice.textContent = e.message;
      notice.hidden = false;
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (e) => {
    const open = !list.hidden;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open && results.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
      if (results.length) highlight((active + 1) % results.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (open && results.length) highlight(active <= 0 ? results.length - 1 : active - 1);
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      go(results[active]);
    } else if (e.key === 'Escape') {
      if (open) { e.preventDefault(); close(); } else { input.value = ''; }
    }
  });

  input.addEventListener('blur', close);

  // Enter with no suggestion chosen, or the button: the full results page
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (!q) { input.focus(); return; }
    clearTimeout(timer);
    close();
    location.hash = `#/search/${encodeURIComponent(q)}`;
  });
}

/** The full results page, #/search/<words>. */
export async function renderResults(view, q) {
  const answer = await api.search(q, 30);
  const items = answer.results.map((r) => h('li', { class: 'obs-results__item' },
    h('a', { class: 'govuk-link govuk-!-font-weight-bold', href: resultHref(r) }, r.name),
    h('p', { class: 'govuk-body-s obs-muted' }, resultKind(r), r.matched && r.matched.length ? ` · matched ${r.matched.join('; ')}` : '')));
  replace(view,
    h('h1', { class: 'govuk-heading-l', tabindex: '-1' }, `Results for “${q}”`),
    ...(answer.notices || []).map((n) => h('p', { class: 'govuk-inset-text' }, n)),
    items.length
      ? h('ul', { class: 'govuk-list obs-results' }, items)
      : h('p', { class: 'govuk-body' }, 'Nothing matched. Try a borough, ward or neighbourhood name, a London postcode, an area code, or a topic such as "homelessness" or "depression".'));
  return { title: `Results for ${q}` };
}

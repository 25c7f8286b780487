// The download form, #/download[/<area code>]: an area, a postcode, or a pasted list of postcodes and area codes
// (a service footprint), as CSV, Excel or Parquet, with the total for the whole list as the file's last rows. It is
// an ordinary form posting to /api/extract, so it works without scripts; with them, the file is fetched here so a
// problem (an unknown postcode, say) is shown on the page beside the form instead of replacing it.

import { api } from './api.js';
import { h, replace } from './dom.js';
import * as words from './words.js';

function checkbox(name, value, label, hint, checked) {
  const id = `download-${name}-${value}`;
  return h('div', { class: 'govuk-checkboxes__item' },
    h('input', { class: 'govuk-checkboxes__input', id, name, type: 'checkbox', value, checked, 'aria-describedby': hint ? `${id}-hint` : null }),
    h('label', { class: 'govuk-label govuk-checkboxes__label', for: id }, label),
    hint ? h('div', { id: `${id}-hint`, class: 'govuk-hint govuk-checkboxes__hint' }, hint) : null);
}

function radio(value, label, hint, checked) {
  const id = `download-format-${value}`;
  return h('div', { class: 'govuk-radios__item' },
    h('input', { class: 'govuk-radios__input', id, name: 'format', type: 'radio', value, checked, 'aria-describedby': `${id}-hint` }),
    h('label', { class: 'govuk-label govuk-radios__label', for: id }, label),
    h('div', { id: `${id}-hint`, class: 'govuk-hint govuk-radios__hint' }, hint));
}

function form(themes, prefill) {
  return h('form', { id: 'download-form', method: 'post', action: '/api/extract', novalidate: true },
    h('div', { class: 'govuk-form-group', id: 'download-list-group' },
      h('h2', { class: 'govuk-label-wrapper' }, h('label', { class: 'govuk-label govuk-label--m', for: 'download-list' }, 'Areas or postcodes')),
      h('div', { id: 'download-list-hint', class: 'govuk-hint' },
        'One area code (like E09000007 for Camden) or London postcode (like NW3 9MM), or a list of them — for '
        + 'example the postcodes of the people your service works with — one on each line or separated by commas. '
        + 'Each postcode is only used to find its neighbourhood; postcodes are not kept and are not in the file.'),
      h('p', { id: 'download-list-error', class: 'govuk-error-message', hidden: true }),
      h('textarea', { class: 'govuk-textarea', id: 'download-list', name: 'list', rows: '6', spellcheck: 'false', 'aria-describedby': 'download-list-hint' }, prefill)),
    h('div', { class: 'govuk-form-group' },
      h('div', { class: 'govuk-checkboxes govuk-checkboxes--small' },
        checkbox('total', 'true', 'Add the total for all these areas together',
          'Your list becomes one custom area: its totals are the last rows of the file, with area code "custom". Counts are added up; rates are worked out again from their parts.', true))),
    h('div', { class: 'govuk-form-group' },
      h('fieldset', { class: 'govuk-fieldset', 'aria-describedby': 'download-theme-hint' },
        h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--m' }, h('h2', { class: 'govuk-fieldset__heading' }, 'Topics')),
        h('div', { id: 'download-theme-hint', class: 'govuk-hint' }, 'Leave them all unticked for every topic.'),
        h('div', { class: 'govuk-checkboxes govuk-checkboxes--small' }, themes.map((t) => checkbox('theme', t, words.theme(t)))))),
    h('div', { class: 'govuk-form-group' },
      h('fieldset', { class: 'govuk-fieldset' },
        h('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--m' }, h('h2', { class: 'govuk-fieldset__heading' }, 'File format')),
        h('div', { class: 'govuk-radios govuk-radios--small' },
          radio('csv', 'CSV', 'Opens in any spreadsheet.', true),
          radio('xlsx', 'Excel', 'An .xlsx workbook.'),
          radio('parquet', 'Parquet', 'For analysts: R, Python or DuckDB.')))),
    h('button', { class: 'govuk-button', type: 'submit', 'data-module': 'govuk-button' }, 'Download'));
}

function saveFile(file) {
  // the answer is already here: hand it to the browser as a download under the server's file name
  const url = URL.createObjectURL(file.blob);
  const link = h('a', { href: url, download: file.filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function renderDownload(view, prefill) {
  const { indicators } = await api.indicators();
  const themes = [...new Set(indicators.map((i) => i.theme))];
  const errorSummary = h('div', { class: 'govuk-error-summary', id: 'download-errors', hidden: true, tabindex: '-1' },
    h('div', { role: 'alert' },
      h('h2', { class: 'govuk-error-summary__title' }, 'There is a problem'),
      h('div', { class: 'govuk-error-summary__body' }, h('p', { class: 'govuk-body', id: 'download-error-text' }))));
  const result = h('div', { id: 'download-result', role: 'status', class: 'obs-download-result' });
  replace(view,
    h('h1', { class: 'govuk-heading-l', tabindex: '-1' }, 'Download figures'),
    h('p', { class: 'govuk-body' }, 'Every figure for the areas you choose, for every period the observatory holds, one row per '
      + 'figure, with its flag and how it was made.'),
    errorSummary, form(themes, prefill || ''), result);
  const theForm = view.querySelector('#download-form');
  const button = theForm.querySelector('button');
  const listGroup = view.querySelector('#download-list-group');
  const list = view.querySelector('#download-list');
  let busy = false;
  theForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return; // one file at a time; the button is not disabled, which would throw its focus away
    errorSummary.hidden = true;
    listGroup.classList.remove('govuk-form-group--error');
    list.classList.remove('govuk-textarea--error');
    view.querySelector('#download-list-error').hidden = true;
    replace(result);
    if (!list.value.trim()) return showError('Enter an area code or a postcode, or paste a list of them.');
    busy = true;
    button.setAttribute('aria-disabled', 'true');
    replace(result, h('p', { class: 'govuk-body' }, 'Making your file…'));
    try {
      const file = await api.extract(theForm);
      saveFile(file);
      const areas = /-(\d+)-areas\./.exec(file.filename);
      const total = theForm.querySelector('[name=total]').checked && areas && Number(areas[1]) > 1;
      replace(result, h('div', { class: 'govuk-panel obs-panel' },
        h('h2', { class: 'govuk-heading-m' }, 'Your file is downloading'),
        h('p', { class: 'govuk-body' }, h('strong', {}, file.filename), `: ${words.number(file.rows, 'count')} rows`,
          total ? ', ending with the total for all your areas (area code "custom").' : '.')));
    } catch (error) {
      replace(result);
      showError(error.message);
    } finally {
      busy = false;
      button.removeAttribute('aria-disabled');
    }
  });

  function showError(message) {
    const text = message.replace(/^./, (c) => c.toUpperCase());
    replace(view.querySelector('#download-error-text'), text);
    const inline = view.querySelector('#download-list-error');
    replace(inline, h('span', { class: 'govuk-visually-hidden' }, 'Error: '), text);
    inline.hidden = false;
    listGroup.classList.add('govuk-form-group--error');
    list.classList.add('govuk-textarea--error');
    list.setAttribute('aria-describedby', 'download-list-hint download-list-error');
    errorSummary.hidden = false;
    errorSummary.focus();
  }
  return { title: 'Download figures' };
}

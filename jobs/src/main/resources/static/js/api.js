// The only module that talks to the server. Every JSON answer names its release: listeners hear it, so the sample
// banner and the release shown in the footer follow the release actually served, even if it changes mid-visit.
// Errors come back as RFC 9457 problem details whose `detail` is written for people, so it is what we show.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

const releaseListeners = [];

/** Calls listener(release, sample) with each JSON answer's release. */
export function onRelease(listener) {
  releaseListeners.push(listener);
}

async function problem(response) {
  try {
    const body = await response.json();
    return new ApiError(response.status, body.detail || body.title || `The server answered ${response.status}.`);
  } catch {
    return new ApiError(response.status, `The server answered ${response.status}.`);
  }
}

async function getJson(path, signal, accept = 'application/json') {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: `${accept}, application/problem+json` }, signal, credentials: 'same-origin' });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The observatory server could not be reached. Check your connection and try again.');
  }
  if (!response.ok) throw await problem(response);
  const body = await response.json();
  if (body && body.release) releaseListeners.forEach((listener) => listener(body.release, body.sample === true));
  return body;
}

const enc = encodeURIComponent;

// The indicator catalogue is one small answer that several views need; it is asked for once per release.
let catalogue = null;

export const api = {
  search: (q, limit, signal) => getJson(`/api/search?q=${enc(q)}&limit=${limit}`, signal),
  area: (code) => getJson(`/api/areas/${enc(code)}`),
  series: (code, id) => getJson(`/api/areas/${enc(code)}/indicators/${enc(id)}`),
  indicator: (id) => getJson(`/api/indicators/${enc(id)}`),
  map: (id, level, period) =>
    getJson(`/api/map/${enc(id)}?level=${enc(level)}${period ? `&period=${enc(period)}` : ''}`),
  boundaries: (level) => getJson(`/api/boundaries/${enc(level)}`, undefined, 'application/geo+json'),
  releases: () => getJson('/api/releases'),
  async indicators() {
    if (!catalogue) catalogue = getJson('/api/indicators').catch((e) => { catalogue = null; throw e; });
    return catalogue;
  },
  /** Posts the download form; resolves to {blob, filename, rows} or throws ApiError with the problem's detail. */
  async extract(form) {
    let response;
    try {
      response = await fetch('/api/extract', {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError(0, 'The observatory server could not be reached. Check your connection and try again.');
    }
    if (!response.ok) throw await problem(response);
    const disposition = response.headers.get('Content-Disposition') || '';
    const match = /filename="?([^";]+)"?/.exec(disposition);
    return {
      blob: await response.blob(),
      filename: match ? match[1] : 'observatory-extract',
      rows: Number(response.headers.get('X-Observatory-Rows')),
    };
  },
};

/** The address of a GET extract, for plain download links (the browser saves the attachment itself). */
export function extractUrl(params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of [].concat(value)) query.append(name, v);
  }
  return `/api/extract?${query}`;
}

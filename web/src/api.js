// A thin client for the Dyad HTTP API. Failures keep the server's problem details so the page can show them.

/** An HTTP error from the API, with the RFC 9457 problem document when the server sent one. */
export class ApiError extends Error {
  constructor(status, problem, url) {
    super(describe(status, problem));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.url = url;
  }
}

function describe(status, problem) {
  if (!problem) return `The server answered ${status}.`;
  const parts = [problem.detail || problem.title || `The server answered ${status}.`];
  // Per-parameter messages name the offending filter; add those the detail does not already say.
  for (const [param, messages] of Object.entries(problem.errors ?? {})) {
    for (const message of [].concat(messages)) {
      if (!parts[0].includes(message)) parts.push(`${param}: ${message}`);
    }
  }
  return parts.join(' ');
}

/** GET a JSON resource; `params` values that are null or '' are left out. */
export async function getJson(path, params = {}, signal) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value != null && value !== '') query.set(key, value);
  }
  const url = query.size ? `${path}?${query}` : path;
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      // Not JSON (a proxy's page, an empty 500): the status alone has to do.
    }
    throw new ApiError(response.status, problem, url);
  }
  return response.json();
}

export const api = {
  events: (params, signal) => getJson('/api/events', params, signal),
  event: (id, signal) => getJson(`/api/events/${encodeURIComponent(id)}`, {}, signal),
  dyads: (params, signal) => getJson('/api/dyads', params, signal),
  countries: (params, signal) => getJson('/api/countries', params, signal),
  timeline: (code, params, signal) => getJson(`/api/countries/${encodeURIComponent(code)}/timeline`, params, signal),
  storeTimeline: (params, signal) => getJson('/api/timeline', params, signal),
  article: (id, signal) => getJson(`/api/articles/${encodeURIComponent(id)}`, {}, signal),
};

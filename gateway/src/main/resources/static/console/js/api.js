// Calls to the suite's API through the gateway, with the user's bearer token. Errors come back as the API's RFC 9457
// problems, so that a form can show each message next to the field it names.
import { accessToken } from './auth.js';

export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `Erreur ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The field errors, each {field, rule, message}; the problem's own field when it names one. */
  get fieldErrors() {
    const errors = Array.isArray(this.problem.errors) ? this.problem.errors : [];
    if (errors.length === 0 && this.problem.field) {
      return [{ field: this.problem.field, rule: this.problem.rule, message: this.problem.detail }];
    }
    return errors;
  }
}

const NETWORK_PROBLEM = { title: 'Service injoignable', detail: 'La plateforme ne répond pas : vérifiez la connexion puis réessayez.' };

async function send(path, { method = 'GET', body, headers = {}, raw = false } = {}) {
  const request = { method, headers: { Accept: 'application/json, application/problem+json', ...headers } };
  request.headers.Authorization = 'Bearer ' + await accessToken();
  if (body !== undefined) {
    if (typeof body === 'string') {
      request.body = body;
    } else {
      request.body = JSON.stringify(body);
      request.headers['Content-Type'] = 'application/json';
    }
  }
  if (method === 'POST' && !request.headers['Idempotency-Key']) {
    // a retry of the same click is answered once (the API keeps the first answer per key)
    request.headers['Idempotency-Key'] = crypto.randomUUID();
  }
  let response;
  try {
    response = await fetch(path, request);
  } catch (unreachable) {
    throw new ApiProblem(0, NETWORK_PROBLEM);
  }
  if (!response.ok) {
    throw new ApiProblem(response.status, await problemOf(response));
  }
  if (raw) {
    return response;
  }
  return response.status === 204 ? null : response.json();
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch (unreadable) {
      // fall through
    }
  }
  return { status: response.status, title: `Erreur ${response.status}`, detail: response.statusText };
}

export const api = {
  get: (path) => send(path),
  post: (path, body, headers) => send(path, { method: 'POST', body, headers }),
  put: (path, body) => send(path, { method: 'PUT', body }),
  delete: (path) => send(path, { method: 'DELETE' }),
  postCsv: (path, csv) => send(path, { method: 'POST', body: csv, headers: { 'Content-Type': 'text/csv' } }),
  /** Fetches a document (CSV, PDF, PNG) with the token and hands it to the browser as a download. */
  async download(path, filename) {
    const response = await send(path, { raw: true, headers: { Accept: '*/*' } });
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: filename });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

/** Builds a query string from the values that are set. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, value);
    }
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

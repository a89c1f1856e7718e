// The page's only way to the APIs: same-origin calls to the console, which adds the session's key.
// The CSRF token lives in this module's memory only (never in storage), read from GET /api/session.

import { currentLanguage, t } from './i18n.js';

let csrfToken = null;
let onSessionEnded = () => undefined;
let onServiceNotice = () => undefined;

export function setCsrfToken(token) {
  csrfToken = token;
}
export function whenSessionEnds(handler) {
  onSessionEnded = handler;
}

/** Called with the gateway's `Service-Notice` header (null when none) after every answer of the gateway. */
export function whenServiceNotice(handler) {
  onServiceNotice = handler;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** api('GET', '/api/intake/v1/me'); throws ApiError with the problem+json on a refusal. */
export async function api(method, path, body) {
  // The APIs answer their problems (title, detail) in the page's language.
  const headers = { accept: 'application/json', 'accept-language': currentLanguage() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { title: t('console.api.no-answer'), detail: t('console.api.no-answer-detail') });
  }
  if (path.startsWith('/api/gateway/')) onServiceNotice(res.headers.get('service-notice'));
  const text = await res.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { detail: text };
  }
  if (res.status === 401 && path !== '/api/session') {
    onSessionEnded(data);
    throw new ApiError(401, data);
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return { status: res.status, data };
}

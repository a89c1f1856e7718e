import { Problem, refusal } from '@passerelle/http';
import { Upstream, UPSTREAMS } from './upstream.client';

/**
 * Where a browser's `/api/<upstream>/v1/…` call goes: the URL is decoded segment by segment and
 * judged on what it means, then rebuilt from the decoded segments — never forwarded as raw text.
 * So `/api/%69ntake/v1/me` is the intake's `/v1/me` (not `…3003e/v1/me`, the raw URL cut at the
 * decoded name's length), and `/api/intake/v1/%2e%2e/metrics` is refused (it means `/metrics`,
 * outside the APIs' `/v1`). What is let through is an allow-list: one of the three APIs, `/v1/`,
 * then segments that are not `.`/`..`, empty, or hiding a `/` or `\`. The query string travels as
 * sent: it cannot change the path.
 */
export function upstreamTarget(rawUrl: string): { upstream: Upstream; pathAndQuery: string } | Problem {
  const q = rawUrl.indexOf('?');
  const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const query = q < 0 ? '' : rawUrl.slice(q);
  let segments: string[];
  try {
    segments = rawPath.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return refused(400, 'problem.http-400.detail.bad-percent-encoding');
  }
  const [api, upstream, version, ...rest] = segments;
  if (api !== 'api' || !(UPSTREAMS as readonly string[]).includes(upstream) || version !== 'v1') {
    return refused(404, 'problem.http-404.detail.no-such-api');
  }
  if (rest.length === 0 || rest.some((s) => s === '' || s === '.' || s === '..' || /[/\\]/.test(s) || hasControl(s))) {
    return refused(404, 'problem.http-404.detail.bad-segment');
  }
  return { upstream: upstream as Upstream, pathAndQuery: `/v1/${rest.map(encodeURIComponent).join('/')}${query}` };
}

/** A control character (C0 or DEL): no path segment of the APIs has one. */
const hasControl = (s: string): boolean => [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** A refusal in the browser's language (the catalogue message `key`), its code the key's last segment. */
function refused(status: 400 | 404, key: string): Problem {
  return refusal(status, key).problem;
}

/**
 * The response header policy of the test endpoint and the echo endpoint, in
 * one place: CORS for any origin, method and request field (Fetch standard,
 * "CORS protocol"), every field it sends exposed to scripts, never stored.
 */
import { apiKinds } from '../policy/kinds.ts';

/** Fields on every answer of /respond and /echo: the response policy's for the test endpoint (policy/kinds.ts). */
export const BASE_HEADERS: Readonly<Record<string, string>> = apiKinds.testEndpoint.headers;

/** How long a browser may reuse a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = '86400';

/**
 * Completes a response's fields: the base policy, then Access-Control-Expose-Headers
 * naming every field the response carries, so a script on any origin can read
 * each of them (Set-Cookie is never sent; the Fetch standard hides it anyway).
 */
export function withPolicy(headers: Record<string, string>): Record<string, string> {
  const all = { ...headers, ...BASE_HEADERS };
  const exposed = Object.keys(all).filter((name) => !name.toLowerCase().startsWith('access-control-'));
  all['Access-Control-Expose-Headers'] = exposed.join(', ');
  return all;
}

/** True for a CORS preflight: OPTIONS with Access-Control-Request-Method (Fetch standard, "CORS-preflight request"). */
export function isPreflight(method: string, headers: Headers): boolean {
  return method === 'OPTIONS' && headers.has('access-control-request-method');
}

/**
 * The answer to a preflight: whatever method and request fields the browser
 * asks for are allowed, listed back by name (a `*` would not cover
 * Authorization), with no credentials, cached for a day.
 */
export function preflightResponse(headers: Headers): Response {
  const method = headers.get('access-control-request-method') ?? 'GET';
  const requested = headers.get('access-control-request-headers');
  const fields: Record<string, string> = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(method) ? method : 'GET',
    'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
    Vary: 'Access-Control-Request-Method, Access-Control-Request-Headers',
    'Cache-Control': 'no-store',
  };
  if (requested && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:\s*,\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/.test(requested.trim()))
    fields['Access-Control-Allow-Headers'] = requested.trim();
  return new Response(null, { status: 204, headers: fields });
}

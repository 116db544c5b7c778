/**
 * Where a 3xx of the test endpoint points. Always this site: by default the
 * echo endpoint, so the method and content that arrive after the redirect can
 * be seen (RFC 9110 §15.4: 301 and 302 may turn POST into GET, 303 turns any
 * method but HEAD into GET, 307 and 308 keep both).
 */
import { API_BASE } from '../endpoints.ts';
import type { RespondOptions } from './parameters.ts';

export const ECHO_PATH = `${API_BASE}/echo`;

/** The Location of a redirect from `code` given the request's options and its own path and query. */
export function redirectTarget(code: number, options: RespondOptions, self: { path: string; search: string }): string {
  if (options.loop) return `${self.path}${self.search}`;
  if (options.chain !== undefined && options.chain > 1) {
    const next = new URLSearchParams(self.search);
    next.set('chain', String(options.chain - 1));
    return `${API_BASE}/respond/${code}?${next}`;
  }
  return options.to ?? ECHO_PATH;
}

/**
 * Mounts the test endpoint on the app: `/api/v1/respond/{code}` (also
 * `/respond/random/{list}`, httpstat.us's form) and `/api/v1/echo`, for every
 * method, with CORS preflights answered before anything is counted.
 */
import type { Context, Hono } from 'hono';
import { API_BASE } from '../endpoints.ts';
import { isPreflight, preflightResponse } from './headers.ts';
import type { FairUse } from './limits.ts';
import { createRespondHandler, type RespondRequest } from './respond.ts';
import type { Transport } from './transport.ts';

export interface RespondRouteOptions {
  /** Fair-use limits (tests lower or raise them). */
  fairUse?: FairUse;
  /** The connection beneath a request, where the runtime offers one (the Node entry). */
  transport?: (env: unknown) => Transport | undefined;
}

/** Registers the routes; they take precedence over the API's read-only handler. */
export function mountRespond(app: Hono, options: RespondRouteOptions = {}): void {
  const handler = createRespondHandler(options.fairUse);
  const request = (c: Context, url = new URL(c.req.url)): RespondRequest => ({
    method: c.req.method,
    url,
    headers: c.req.raw.headers,
    raw: c.req.raw,
    transport: options.transport?.(c.env),
  });

  app.all(`${API_BASE}/respond/random/:list`, (c) => {
    if (isPreflight(c.req.method, c.req.raw.headers)) return preflightResponse(c.req.raw.headers);
    const url = new URL(c.req.url);
    url.searchParams.set('random', decodeURIComponent(c.req.param('list')));
    return handler.respond('random', request(c, url));
  });
  app.all(`${API_BASE}/respond/:code`, (c) => {
    if (isPreflight(c.req.method, c.req.raw.headers)) return preflightResponse(c.req.raw.headers);
    return handler.respond(c.req.param('code').replace(/\.json$/, ''), request(c));
  });
  for (const path of [`${API_BASE}/echo`, `${API_BASE}/echo/*`]) {
    app.all(path, (c) => (isPreflight(c.req.method, c.req.raw.headers) ? preflightResponse(c.req.raw.headers) : handler.echo(request(c))));
  }
}

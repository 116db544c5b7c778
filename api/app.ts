/**
 * The Hono application: the JSON API under /api/v1 and, when a build is
 * loaded, the static site for every other path. Runtime-agnostic: the Node
 * entry (`server.ts`) only adds a socket.
 */
import { Hono, type Context } from 'hono';
import { API_BASE } from './endpoints.ts';
import { buildCatalog } from './catalog.ts';
import { filterCodes } from './code-filters.ts';
import { lookupComparison } from './comparison-lookup.ts';
import { resolveNumber } from '../data/numbers.ts';
import { problemResponse } from './http/problem.ts';
import type { Representation } from './http/representation.ts';
import { sendRepresentation } from './http/send.ts';
import { apiKinds, type SiteKinds } from './policy/kinds.ts';
import { mountRespond, type RespondRouteOptions } from './respond/routes.ts';
import type { StaticSite } from './static-site.ts';

export interface AppOptions {
  /** The built site; without it only the API is served. */
  site?: StaticSite;
  /** The fixed API resources, when the caller already built them (the Node entry shares them with its fast path). */
  catalog?: Map<string, Representation>;
  /** The test endpoint's limits and, on Node, its access to the connection (103, 100-continue, reset). */
  respond?: RespondRouteOptions;
}

/** The fields an API response adds to a representation or a problem document (CORS, see policy/cors.ts). */
const API_EXTRA = apiKinds.resource.extra;

/**
 * Methods this server recognizes (RFC 9110 §9 and PATCH, RFC 5789). A recognized
 * method the resource does not allow gets 405; any other method is unrecognized
 * and gets 501 (RFC 9110 §9.1, §15.6.2).
 */
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']);

/** Decodes percent-escapes; undefined when the path's encoding is broken. */
function decodePath(rawPath: string): string | undefined {
  try {
    return decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
}

function send(c: Context, representation: Representation, extra: Readonly<Record<string, string>> = {}): Response {
  return sendRepresentation({ method: c.req.method, headers: c.req.raw.headers, path: c.req.path }, representation, extra);
}

/** Creates the app. All representations are computed here, before the first request. */
export function createApp(options: AppOptions = {}): Hono {
  const catalog = options.catalog ?? buildCatalog();
  const app = new Hono();

  // The test endpoint and its echo: any method, any origin (api/respond/).
  mountRespond(app, options.respond);

  app.all(`${API_BASE}/*`, apiHandler);
  app.all(API_BASE, apiHandler);
  app.all(`${API_BASE}.json`, apiHandler);

  function apiHandler(c: Context): Response {
    const method = c.req.method;
    if (method === 'OPTIONS') return new Response(null, { status: 204, headers: apiKinds.preflight.headers });
    if (method !== 'GET' && method !== 'HEAD') {
      if (!KNOWN_METHODS.has(method)) {
        return problemResponse({
          status: 501,
          detail: `This server does not implement the method ${method.slice(0, 20)}.`,
          instance: c.req.path,
        });
      }
      return problemResponse(
        { status: 405, detail: `The API is read-only; ${method.slice(0, 20)} is not allowed. Use GET or HEAD.`, instance: c.req.path },
        { Allow: apiKinds.preflight.headers.Allow! },
      );
    }
    const decoded = decodePath(c.req.path);
    if (decoded === undefined) {
      return problemResponse({ status: 400, detail: 'The path contains a broken percent-encoding.' });
    }
    const path = decoded.endsWith('.json') ? decoded.slice(0, -'.json'.length) : decoded;
    const suffix = decoded.endsWith('.json') ? '.json' : '';

    if (path === `${API_BASE}/codes`) {
      const query = new URL(c.req.url).searchParams;
      if (query.has('class') || query.has('status') || query.has('q')) {
        const result = filterCodes(query);
        if (result.kind === 'invalid') return problemResponse({ status: 400, detail: result.detail, instance: c.req.path });
        return send(c, result.representation, API_EXTRA);
      }
    }
    const fixed = catalog.get(path);
    if (fixed) return send(c, fixed, API_EXTRA);

    const comparisonSlug = path.startsWith(`${API_BASE}/comparisons/`) ? path.slice(`${API_BASE}/comparisons/`.length) : undefined;
    if (comparisonSlug !== undefined) {
      const found = lookupComparison(comparisonSlug);
      switch (found.kind) {
        case 'found':
          return send(c, found.representation, API_EXTRA);
        case 'redirect':
          return new Response(null, {
            status: 308,
            headers: { ...apiKinds.redirect.headers, Location: `${API_BASE}/comparisons/${found.slug}${suffix}` },
          });
        case 'unknown-code':
          return problemResponse({
            status: 404,
            detail: `No status code ${found.code} in the dataset; ${API_BASE}/codes lists every code.`,
            instance: c.req.path,
          });
        case 'malformed':
          return problemResponse({
            status: 404,
            detail: `A comparison is named {a}-vs-{b} with two different three-digit codes, e.g. 304-vs-200.`,
            instance: c.req.path,
          });
      }
    }
    const codeMatch = /^\/api\/v1\/codes\/(.+)$/.exec(path);
    if (codeMatch) {
      // Every code, pseudo-code and unassigned number is in the catalog; what is left names no status code.
      const found = resolveNumber(codeMatch[1]!);
      const detail = found.kind === 'invalid' ? found.reason : `No resource for "${codeMatch[1]!.slice(0, 40)}".`;
      return problemResponse({ status: 404, detail: `${detail} ${API_BASE}/codes lists every code.`, instance: c.req.path });
    }
    return problemResponse({ status: 404, detail: `No API resource at this path; ${API_BASE} lists the resources.`, instance: c.req.path });
  }

  const site = options.site;
  if (site) {
    app.all('*', (c) => {
      const method = c.req.method;
      if (method !== 'GET' && method !== 'HEAD') {
        const known = KNOWN_METHODS.has(method);
        return new Response(
          `${method.slice(0, 20)} is ${known ? 'not allowed here; the site is read-only' : 'not implemented by this server'}.\n`,
          { status: known ? 405 : 501, headers: { ...site.kinds.error.headers, ...(known ? { Allow: 'GET, HEAD' } : {}) } },
        );
      }
      const path = decodePath(c.req.path);
      const found = path === undefined ? { kind: 'missing' as const } : site.lookup(path);
      if (found.kind === 'file') return send(c, found.representation, found.policy.extra);
      if (found.kind === 'redirect')
        return new Response(null, { status: 308, headers: { ...site.kinds.redirect.headers, Location: found.location } });
      return notFound(site.notFoundPage, site.kinds);
    });
  }
  return app;
}

/** The site's 404 page with status 404 (no validators: it stands for no resource). */
function notFound(page: Representation | undefined, kinds: SiteKinds): Response {
  if (!page) return new Response('Not Found\n', { status: 404, headers: kinds.error.headers });
  return new Response(page.identity.body as Uint8Array<ArrayBuffer>, {
    status: 404,
    headers: { 'Content-Type': page.contentType, ...kinds.notFoundPage.headers },
  });
}

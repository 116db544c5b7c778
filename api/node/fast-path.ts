/**
 * The Node entry's fast path: a GET or HEAD for a precomputed representation
 * (an API resource without query, or a file of the site) is answered straight
 * on node:http, skipping the Fetch Request/Response objects. It plans the
 * response with the same function as the Hono app (http/send.ts), so both
 * paths send identical answers; anything else falls through to Hono.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_BASE } from '../endpoints.ts';
import type { Representation } from '../http/representation.ts';
import { planRepresentation } from '../http/send.ts';
import { apiKinds } from '../policy/kinds.ts';
import type { StaticSite } from '../static-site.ts';

interface Route {
  representation: Representation;
  extraHeaders: Readonly<Record<string, string>>;
}

/** The request fields that decide a planned response (lower-case names). */
const PLANNED_FIELDS = ['accept-encoding', 'if-match', 'if-none-match', 'if-modified-since', 'if-unmodified-since'];
const PLANNED_LENGTHS = new Set(PLANNED_FIELDS.map((name) => name.length));

/**
 * The fields `planRepresentation` reads, collected in one pass over the raw
 * header lines, each as the Fetch Headers object would give it: every field
 * line joined with ", ". Node's `req.headers` keeps only the first
 * If-Modified-Since line, which would hide a list that must be ignored
 * (RFC 9110 §13.1.3), so the raw lines are read instead.
 */
function plannedFields(raw: string[]): Map<string, string> | undefined {
  let fields: Map<string, string> | undefined;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (!PLANNED_LENGTHS.has(name.length)) continue;
    const lower = name.toLowerCase();
    if (!PLANNED_FIELDS.includes(lower)) continue;
    fields ??= new Map();
    const previous = fields.get(lower);
    fields.set(lower, previous === undefined ? raw[i + 1]! : `${previous}, ${raw[i + 1]}`);
  }
  return fields;
}

/** The fields of a request that carries none of them. */
const NO_FIELDS: ReadonlyMap<string, string> = new Map();

/** Returns a listener that answers what it can and reports whether it did. */
export function createFastPath(catalog: Map<string, Representation>, site?: StaticSite) {
  const routes = new Map<string, Route>();
  for (const [path, representation] of catalog) {
    const route = { representation, extraHeaders: apiKinds.resource.extra };
    routes.set(path, route);
    routes.set(`${path}.json`, route);
  }
  const siteRoutes = new Map<Representation, Route>();

  return function fastPath(req: IncomingMessage, res: ServerResponse): boolean {
    const method = req.method;
    if (method !== 'GET' && method !== 'HEAD') return false;
    const url = req.url ?? '';
    if (url.includes('?') || url.includes('%')) return false;
    let route = routes.get(url);
    if (!route && site && !url.startsWith(`${API_BASE}/`) && url !== API_BASE) {
      const found = site.lookup(url);
      if (found.kind === 'file') {
        route = siteRoutes.get(found.representation);
        if (!route) {
          route = { representation: found.representation, extraHeaders: found.policy.extra };
          siteRoutes.set(found.representation, route);
        }
      }
    }
    if (!route) return false;
    const plan = planRepresentation(method, plannedFields(req.rawHeaders) ?? NO_FIELDS, url, route.representation, route.extraHeaders);
    res.writeHead(plan.status, plan.headers);
    res.end(method === 'HEAD' ? undefined : plan.body);
    return true;
  };
}

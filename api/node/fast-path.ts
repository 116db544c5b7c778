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

/**
 * A field's value as the Fetch Headers object would give it: every field
 * line joined with ", ". Node's `req.headers` keeps only the first
 * If-Modified-Since line, which would hide a list that must be ignored
 * (RFC 9110 §13.1.3), so the raw lines are read instead.
 */
function rawHeaderReader(raw: string[]): (name: string) => string | null {
  return (name) => {
    let value: string | null = null;
    for (let i = 0; i < raw.length; i += 2) {
      if (raw[i]!.length === name.length && raw[i]!.toLowerCase() === name)
        value = value === null ? raw[i + 1]! : `${value}, ${raw[i + 1]}`;
    }
    return value;
  };
}

/** Returns a listener that answers what it can and reports whether it did. */
export function createFastPath(catalog: Map<string, Representation>, site?: StaticSite) {
  const routes = new Map<string, Route>();
  for (const [path, representation] of catalog) {
    routes.set(path, { representation, extraHeaders: apiKinds.resource.extra });
    routes.set(`${path}.json`, { representation, extraHeaders: apiKinds.resource.extra });
  }

  return function fastPath(req: IncomingMessage, res: ServerResponse): boolean {
    const method = req.method;
    if (method !== 'GET' && method !== 'HEAD') return false;
    const url = req.url ?? '';
    if (url.includes('?') || url.includes('%')) return false;
    let route = routes.get(url);
    if (!route && site && !url.startsWith(`${API_BASE}/`) && url !== API_BASE) {
      const found = site.lookup(url);
      if (found.kind === 'file') route = { representation: found.representation, extraHeaders: found.policy.extra };
    }
    if (!route) return false;
    const plan = planRepresentation(method, rawHeaderReader(req.rawHeaders), url, route.representation, route.extraHeaders);
    res.writeHead(plan.status, plan.headers);
    res.end(method === 'HEAD' ? undefined : plan.body);
    return true;
  };
}

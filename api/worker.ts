/**
 * Entry for Cloudflare Workers (module syntax, `nodejs_compat`), deployed with
 * wrangler.jsonc and run locally in workerd by `npm run serve:edge`. The
 * platform serves dist/ as static assets; wrangler.jsonc routes the API paths
 * to this worker first. Every representation is computed once, when the
 * module is first evaluated. What differs from the Node entry, and why, is in
 * DEVELOPERS.md under "Deployment". The test endpoint runs here without access
 * to the connection: /respond/103 sends its 200 with the Link field but no
 * 103, Expect: 100-continue is left to the platform, and reset answers 501
 * (api/respond/transport.ts); the client address for its rate limit is
 * Cloudflare's CF-Connecting-IP.
 * https://developers.cloudflare.com/workers/runtime-apis/handlers/fetch/
 */
import { createApp } from './app.ts';
import { API_BASE } from './endpoints.ts';
import { weights } from './http/accept-encoding.ts';
import { formatHttpDate } from './http/http-date.ts';

/** The bindings wrangler.jsonc declares. */
export interface Env {
  /** Workers Static Assets: dist/ with the platform's own validators and `_headers`. */
  ASSETS?: { fetch(request: Request): Promise<Response> };
}

/** Cloudflare's extension of Request: `cf.clientAcceptEncoding` is the client's own Accept-Encoding. */
type EdgeRequest = Request & { cf?: { clientAcceptEncoding?: string } };

const app = createApp();

/**
 * The coding Cloudflare's edge delivers to a client with this Accept-Encoding
 * (miniflare's model of it): among the highest weights, the first of br, gzip
 * or identity the client lists. The edge passes a response in that coding
 * through untouched; any other it decodes and re-encodes, keeping the first
 * coding's entity-tag on the other's bytes.
 */
export function edgeCoding(clientAcceptEncoding: string): 'br' | 'gzip' | 'identity' {
  const ranked = [...weights(clientAcceptEncoding)].filter(([, q]) => q > 0).sort((a, b) => b[1] - a[1]);
  for (const [coding] of ranked) if (coding === 'br' || coding === 'gzip' || coding === 'identity') return coding;
  return 'identity';
}

/**
 * The runtime rewrites the Accept-Encoding a worker sees to the codings it
 * can produce; the client's own field is `request.cf.clientAcceptEncoding`.
 * Negotiating (RFC 9110 §12.5.3) on the client's field, narrowed to the
 * coding the edge will deliver, makes the variant sent and its ETag agree.
 */
function withClientAcceptEncoding(request: EdgeRequest): Request {
  const client = request.cf?.clientAcceptEncoding ?? request.headers.get('accept-encoding') ?? '';
  const coding = edgeCoding(client);
  if (request.headers.get('accept-encoding') === coding) return request;
  const headers = new Headers(request.headers);
  headers.set('accept-encoding', coding);
  return new Request(request, { headers });
}

/**
 * Sends the precomputed bytes as they are. By default the runtime encodes the
 * body according to Content-Encoding; `encodeBody: "manual"` says it already is
 * (https://developers.cloudflare.com/workers/runtime-apis/response/). Adds the
 * Date field an origin server with a clock must send (RFC 9110 §6.6.1), which
 * workerd leaves to Cloudflare's edge.
 */
function forTheEdge(response: Response): Response {
  const headers = new Headers(response.headers);
  if (!headers.has('date')) headers.set('date', formatHttpDate(Date.now()));
  const init = { status: response.status, headers, encodeBody: headers.has('content-encoding') ? 'manual' : 'automatic' };
  return new Response(response.body, init as ResponseInit);
}

export default {
  /** The module worker's fetch handler: the API through the shared Hono app, anything else from the assets. */
  async fetch(request: Request, env: Env = {}, _ctx?: unknown): Promise<Response> {
    const path = new URL(request.url).pathname;
    if (env.ASSETS && !path.startsWith(API_BASE)) return env.ASSETS.fetch(request);
    return forTheEdge(await app.fetch(withClientAcceptEncoding(request)));
  },
};

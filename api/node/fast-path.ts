/**
 * The Node entry's fast path: a GET or HEAD for a precomputed representation
 * (an API resource without query, or a file of the site) is answered straight
 * on node:http, skipping the Fetch Request/Response objects. It plans the
 * response with the same function as the Hono app (http/send.ts), so both
 * paths send identical answers; anything else falls through to Hono.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { API_BASE } from '../endpoints.ts';
import type { Representation } from '../http/representation.ts';
import { type HeaderReader, planRepresentation, type ResponsePlan } from '../http/send.ts';
import { apiKinds } from '../policy/kinds.ts';
import type { StaticSite } from '../static-site.ts';
import type { LineStart } from './request-log.ts';

/** What the fast path answered: one object per URL, kept, so a caller can keep per-URL values on it. */
export interface FastRoute {
  readonly path: string;
  readonly representation: Representation;
  readonly extraHeaders: Readonly<Record<string, string>>;
  /** The request log's encoded line starts for this URL, by method (server.ts fills them on first use). */
  readonly lineStarts: { GET?: LineStart; HEAD?: LineStart };
}

/** Site URLs whose routes are kept (a few URL forms per file); past this, routes are made per request. */
const MAX_SITE_ROUTES = 16_384;

/**
 * Request fields as the Fetch Headers object would give them to
 * `planRepresentation`: every field line joined with ", ". node:http has
 * already made `req.headers` by the time a request is handled, and it joins
 * repeated lines that way for every field the planner reads but two: of
 * If-Modified-Since and If-Unmodified-Since it keeps only the first line,
 * which would hide a list that must be ignored (RFC 9110 §13.1.3, §13.1.4).
 * Those two, when present, are read again from the raw lines. Reading the
 * object node:http made anyway, rather than scanning every raw line, saved
 * up to 0.34 µs of CPU per request (one process switching between the two
 * under load; five of six figures over two runs were savings, the sixth
 * 0.12 µs dearer). The fast path runs synchronously, one request at a time,
 * so one reader serves every request in turn.
 */
class RequestFields implements HeaderReader {
  private headers: IncomingHttpHeaders = {};
  private raw: string[] = [];

  read(req: IncomingMessage): this {
    this.headers = req.headers;
    this.raw = req.rawHeaders;
    return this;
  }

  get(name: string): string | undefined {
    const value = this.headers[name] as string | undefined;
    if (value === undefined || (name !== 'if-modified-since' && name !== 'if-unmodified-since')) return value;
    let joined: string | undefined;
    for (let i = 0; i < this.raw.length; i += 2) {
      if (this.raw[i]!.length !== name.length || this.raw[i]!.toLowerCase() !== name) continue;
      joined = joined === undefined ? this.raw[i + 1]! : `${joined}, ${this.raw[i + 1]}`;
    }
    return joined;
  }
}
const requestFields = new RequestFields();

/** A plan as node:http takes it fastest: header fields as a flat list, the content as a one-byte string. */
interface NodeAnswer {
  status: number;
  /** name, value, name, value, ...: writeHead reads a list by index, where an object costs a key list and keyed loads. */
  fields: string[];
  /**
   * `res.end(text, 'latin1')` lets node:http send the header section and the
   * content in one write of one string, where a Buffer costs a gathered write
   * of two pieces (3 to 12 % more CPU for a 200, in `npm run bench` runs).
   * Latin-1 maps every byte to one character and back: the bytes on the wire
   * are the same.
   */
  text: string | null;
}

/**
 * The 200 and 304 plans are made once and shared (http/send.ts), so their
 * Node form is made once too, on first use; a 412's plan is made per request
 * and so is its form.
 */
const nodeAnswers = new WeakMap<Readonly<ResponsePlan>, NodeAnswer>();
function nodeAnswer(plan: Readonly<ResponsePlan>): NodeAnswer {
  let answer = nodeAnswers.get(plan);
  if (!answer) {
    const body = plan.body;
    answer = {
      status: plan.status,
      fields: Object.entries(plan.headers).flat(),
      text: body && Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1'),
    };
    if (plan.status !== 412) nodeAnswers.set(plan, answer);
  }
  return answer;
}

const route = (path: string, representation: Representation, extraHeaders: Readonly<Record<string, string>>): FastRoute => ({
  path,
  representation,
  extraHeaders,
  lineStarts: { GET: undefined, HEAD: undefined },
});

/** Returns a listener that answers what it can and returns the route it answered, or undefined. */
export function createFastPath(catalog: Map<string, Representation>, site?: StaticSite) {
  const routes = new Map<string, FastRoute>();
  for (const [path, representation] of catalog) {
    routes.set(path, route(path, representation, apiKinds.resource.extra));
    routes.set(`${path}.json`, route(`${path}.json`, representation, apiKinds.resource.extra));
  }
  let siteRoutes = 0;

  return function fastPath(req: IncomingMessage, res: ServerResponse): FastRoute | undefined {
    const method = req.method;
    if (method !== 'GET' && method !== 'HEAD') return undefined;
    const url = req.url ?? '';
    if (url.includes('?') || url.includes('%')) return undefined;
    let found = routes.get(url);
    if (!found && site && !url.startsWith(`${API_BASE}/`) && url !== API_BASE) {
      const file = site.lookup(url);
      if (file.kind === 'file') {
        found = route(url, file.representation, file.policy.extra);
        if (siteRoutes < MAX_SITE_ROUTES) {
          siteRoutes++;
          routes.set(url, found);
        }
      }
    }
    if (!found) return undefined;
    const plan = planRepresentation(method, requestFields.read(req), url, found.representation, found.extraHeaders);
    const answer = nodeAnswer(plan);
    res.writeHead(answer.status, answer.fields);
    if (method === 'HEAD' || answer.text === null) res.end();
    else res.end(answer.text, 'latin1');
    return found;
  };
}

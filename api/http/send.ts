/**
 * Turns a precomputed representation into the response to one request:
 * content-coding negotiation, preconditions (RFC 9110 §13.2.2), 304 and 412.
 * Nothing here hashes or compresses; it only picks among prepared values.
 * The outcome is a plain `ResponsePlan`, which the Fetch path (Hono) turns
 * into a Response and the Node fast path writes straight to the socket.
 */
import { selectVariant } from './accept-encoding.ts';
import { evaluatePreconditions } from './preconditions.ts';
import { problemBody, PROBLEM_CONTENT_TYPE } from './problem.ts';
import { isNegotiable, type Representation, type Variant } from './representation.ts';
import { cacheControl } from '../policy/cache-control.ts';
import { nosniff } from '../policy/security.ts';

/** Reads request header fields by lower-case name (a Fetch `Headers` or a `Map`); null or undefined when absent. */
export interface HeaderReader {
  get(name: string): string | null | undefined;
}

/** Status, header fields and content of a response, ready to send. */
export interface ResponsePlan {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

/** The 200 and 304 answers for one variant, built once and shared by every request that gets them. */
interface PreparedPlans {
  ok: Readonly<ResponsePlan>;
  notModified: Readonly<ResponsePlan>;
}

const NO_EXTRA_HEADERS: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The 200 and 304 plans per representation, per set of extra fields, per
 * coding: built on first use and then shared by every response (they are
 * never mutated; node:http and the Fetch Headers constructor only read them),
 * so answering a 200 or a 304 allocates nothing here.
 */
const prepared = new WeakMap<Representation, WeakMap<Readonly<Record<string, string>>, Map<Variant, PreparedPlans>>>();

function prepare(representation: Representation, variant: Variant, extraHeaders: Readonly<Record<string, string>>): PreparedPlans {
  const negotiable = isNegotiable(representation);
  // Only the fields a 200 would carry that caches need to refresh their copy (§15.4.5); no content.
  const notModified: Record<string, string> = { ETag: variant.etag, 'Cache-Control': representation.cacheControl, ...extraHeaders };
  if (negotiable) notModified.Vary = 'Accept-Encoding';
  const ok: Record<string, string> = {
    'Content-Type': representation.contentType,
    'Content-Length': variant.contentLength,
    ETag: variant.etag,
    'Last-Modified': representation.lastModifiedHeader,
    'Cache-Control': representation.cacheControl,
    ...nosniff,
    ...extraHeaders,
  };
  if (negotiable) ok.Vary = 'Accept-Encoding';
  if (variant.coding !== 'identity') ok['Content-Encoding'] = variant.coding;
  return {
    ok: Object.freeze({ status: 200, headers: ok, body: variant.body }),
    notModified: Object.freeze({ status: 304, headers: notModified, body: null }),
  };
}

function preparedPlans(representation: Representation, variant: Variant, extraHeaders: Readonly<Record<string, string>>): PreparedPlans {
  let byExtra = prepared.get(representation);
  if (!byExtra) {
    byExtra = new WeakMap();
    prepared.set(representation, byExtra);
  }
  let byVariant = byExtra.get(extraHeaders);
  if (!byVariant) {
    byVariant = new Map();
    byExtra.set(extraHeaders, byVariant);
  }
  let headers = byVariant.get(variant);
  if (!headers) {
    headers = prepare(representation, variant, extraHeaders);
    byVariant.set(variant, headers);
  }
  return headers;
}

/**
 * Plans the answer to a GET or HEAD (for HEAD the sender drops the body but
 * keeps the Content-Length a GET would send, RFC 9110 §9.3.2). `extraHeaders`
 * should be one long-lived object per kind of route: the 200 and 304 header
 * objects are prepared once per representation and extra fields.
 */
export function planRepresentation(
  method: string,
  header: HeaderReader,
  path: string,
  representation: Representation,
  extraHeaders: Readonly<Record<string, string>> = NO_EXTRA_HEADERS,
): Readonly<ResponsePlan> {
  const variant = selectVariant(representation, header.get('accept-encoding'));
  const ifMatch = header.get('if-match');
  const ifNoneMatch = header.get('if-none-match');
  const ifModifiedSince = header.get('if-modified-since');
  const ifUnmodifiedSince = header.get('if-unmodified-since');
  // Most requests carry no condition at all: nothing to evaluate (§13.2.2 applies only to those that do).
  const outcome =
    ifMatch == null && ifNoneMatch == null && ifModifiedSince == null && ifUnmodifiedSince == null
      ? 'proceed'
      : evaluatePreconditions(
          method,
          { ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince },
          { etag: variant.etag, lastModified: representation.lastModified },
        );

  if (outcome === 304) return preparedPlans(representation, variant, extraHeaders).notModified;
  if (outcome === 412) {
    const body = Buffer.from(
      problemBody({
        status: 412,
        detail: `The request's If-Match or If-Unmodified-Since does not match the current representation (ETag ${variant.etag}).`,
        instance: path,
      }),
    );
    const headers: Record<string, string> = {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'Content-Length': String(body.byteLength),
      'Cache-Control': cacheControl.noStore,
      ...nosniff,
      ETag: variant.etag,
      ...extraHeaders,
    };
    if (isNegotiable(representation)) headers.Vary = 'Accept-Encoding';
    return { status: 412, headers, body };
  }
  return preparedPlans(representation, variant, extraHeaders).ok;
}

/** The parts of a Fetch request that decide the response. */
export interface RequestLike {
  method: string;
  headers: Headers;
  path: string;
}

/** The Fetch-API form of `planRepresentation`. */
export function sendRepresentation(
  request: RequestLike,
  representation: Representation,
  extraHeaders: Readonly<Record<string, string>> = NO_EXTRA_HEADERS,
): Response {
  const plan = planRepresentation(request.method, request.headers, request.path, representation, extraHeaders);
  return new Response(plan.body as Uint8Array<ArrayBuffer> | null, { status: plan.status, headers: plan.headers });
}

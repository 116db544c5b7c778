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
import { isNegotiable, type Representation } from './representation.ts';
import { cacheControl } from '../policy/cache-control.ts';
import { nosniff } from '../policy/security.ts';

/** Reads one request header field (lower-case name); null when absent. */
export type HeaderReader = (name: string) => string | null | undefined;

/** Status, header fields and content of a response, ready to send. */
export interface ResponsePlan {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

/**
 * Plans the answer to a GET or HEAD (for HEAD the sender drops the body but
 * keeps the Content-Length a GET would send, RFC 9110 §9.3.2).
 */
export function planRepresentation(
  method: string,
  header: HeaderReader,
  path: string,
  representation: Representation,
  extraHeaders: Readonly<Record<string, string>> = {},
): ResponsePlan {
  const variant = selectVariant(representation, header('accept-encoding'));
  const negotiable = isNegotiable(representation);
  const outcome = evaluatePreconditions(
    method,
    {
      ifMatch: header('if-match'),
      ifNoneMatch: header('if-none-match'),
      ifModifiedSince: header('if-modified-since'),
      ifUnmodifiedSince: header('if-unmodified-since'),
    },
    { etag: variant.etag, lastModified: representation.lastModified },
  );

  if (outcome === 304) {
    // Only the fields a 200 would carry that caches need to refresh their copy (§15.4.5); no content.
    const headers: Record<string, string> = { ETag: variant.etag, 'Cache-Control': representation.cacheControl, ...extraHeaders };
    if (negotiable) headers.Vary = 'Accept-Encoding';
    return { status: 304, headers, body: null };
  }
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
    if (negotiable) headers.Vary = 'Accept-Encoding';
    return { status: 412, headers, body };
  }
  const headers: Record<string, string> = {
    'Content-Type': representation.contentType,
    'Content-Length': variant.contentLength,
    ETag: variant.etag,
    'Last-Modified': representation.lastModifiedHeader,
    'Cache-Control': representation.cacheControl,
    ...nosniff,
    ...extraHeaders,
  };
  if (negotiable) headers.Vary = 'Accept-Encoding';
  if (variant.coding !== 'identity') headers['Content-Encoding'] = variant.coding;
  return { status: 200, headers, body: variant.body };
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
  extraHeaders: Readonly<Record<string, string>> = {},
): Response {
  const plan = planRepresentation(request.method, (name) => request.headers.get(name), request.path, representation, extraHeaders);
  return new Response(plan.body as Uint8Array<ArrayBuffer> | null, { status: plan.status, headers: plan.headers });
}

/**
 * Turns a precomputed representation into the response to one request:
 * content-coding negotiation, preconditions (RFC 9110 §13.2.2), 304 and 412.
 * Nothing here hashes or compresses; it only picks among prepared values.
 */
import { selectVariant } from './accept-encoding.ts';
import { evaluatePreconditions } from './preconditions.ts';
import { problemResponse } from './problem.ts';
import { isNegotiable, type Representation } from './representation.ts';

/** The parts of a request that decide the response. */
export interface RequestLike {
  method: string;
  headers: Headers;
  /** The path, for the `instance` of a 412 problem document. */
  path: string;
}

/**
 * Responds to a GET or HEAD (HEAD: the caller strips the body, keeping the
 * Content-Length a GET would send, RFC 9110 §9.3.2) or to an unsafe method
 * whose preconditions fail.
 */
export function sendRepresentation(request: RequestLike, representation: Representation, extraHeaders: Record<string, string> = {}): Response {
  const variant = selectVariant(representation, request.headers.get('accept-encoding'));
  const vary = isNegotiable(representation) ? { Vary: 'Accept-Encoding' } : undefined;
  const outcome = evaluatePreconditions(
    request.method,
    {
      ifMatch: request.headers.get('if-match'),
      ifNoneMatch: request.headers.get('if-none-match'),
      ifModifiedSince: request.headers.get('if-modified-since'),
      ifUnmodifiedSince: request.headers.get('if-unmodified-since'),
    },
    { etag: variant.etag, lastModified: representation.lastModified },
  );

  if (outcome === 304) {
    // Only the fields a 200 would carry that caches need to refresh their copy (§15.4.5); no content.
    return new Response(null, {
      status: 304,
      headers: { ETag: variant.etag, 'Cache-Control': representation.cacheControl, ...vary, ...extraHeaders },
    });
  }
  if (outcome === 412) {
    return problemResponse(
      { status: 412, detail: `The request's If-Match or If-Unmodified-Since does not match the current representation (ETag ${variant.etag}).`, instance: request.path },
      { ETag: variant.etag, ...vary, ...extraHeaders },
    );
  }
  const headers: Record<string, string> = {
    'Content-Type': representation.contentType,
    'Content-Length': variant.contentLength,
    ETag: variant.etag,
    'Last-Modified': representation.lastModifiedHeader,
    'Cache-Control': representation.cacheControl,
    'X-Content-Type-Options': 'nosniff',
    ...vary,
    ...extraHeaders,
  };
  if (variant.coding !== 'identity') headers['Content-Encoding'] = variant.coding;
  return new Response(variant.body, { status: 200, headers });
}

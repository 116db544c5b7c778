/**
 * Values for the header fields the dataset says a code calls for, used by the
 * test endpoint `/api/v1/respond/{code}`. Every field name that appears in
 * the dataset's `headers` must have an entry here: start-up fails otherwise,
 * so a new requirement in the data cannot be silently dropped.
 */
import type { StatusCode } from '../../data/dataset.ts';

/** What a value may depend on. */
export interface HeaderContext {
  status: StatusCode;
  /** Length of the full JSON representation, for Content-Range (RFC 9110 §14.4). */
  representationLength: number;
  etag: string;
}

/** `undefined`: the field is required only when a 200 would carry it, and ours does not. */
type HeaderValue = (context: HeaderContext) => string | undefined;

export const headerValues: Readonly<Record<string, HeaderValue>> = {
  // Always this site's own page for the code: never a host the caller chose (RFC 9110 §10.2.2).
  Location: ({ status }) => status.links.reference,
  'WWW-Authenticate': () => 'Bearer realm="http-status-reference"',
  'Proxy-Authenticate': () => 'Basic realm="http-status-reference proxy", charset="UTF-8"',
  Allow: () => 'GET, HEAD',
  'Retry-After': () => '60',
  // A protocol a client can really switch to over this connection (RFC 9110 §15.5.22's example,
  // HTTP/3.0, runs over QUIC and cannot be reached by Upgrade); §7.8 requires the "upgrade"
  // connection option beside it.
  Upgrade: () => 'websocket',
  Connection: () => 'upgrade',
  'Accept-Patch': () => 'application/merge-patch+json',
  Accept: () => 'application/json, text/plain',
  'Accept-Encoding': () => 'br, gzip',
  // 416: the current length; 206 gets a real range in respond.ts (RFC 9110 §14.4).
  'Content-Range': ({ representationLength }) => `bytes */${representationLength}`,
  'Content-Type': () => 'application/json',
  ETag: ({ etag }) => etag,
  'Delta-Base': ({ etag }) => etag,
  'Last-Modified': ({ status }) => new Date(`${status.updated}T00:00:00Z`).toUTCString(),
  'Cache-Control': () => 'no-store',
  Vary: () => 'Accept',
  // Sent by Node for every response (RFC 9110 §6.6.1).
  Date: () => undefined,
  Expires: () => undefined,
  'Content-Location': () => undefined,
  Link: ({ status }) => `<${status.links.reference}>; rel=preload; as=document`,
};

/** Throws when the dataset names a header field this module cannot fill. */
export function assertHeaderCoverage(codes: readonly StatusCode[]): void {
  const missing = new Set<string>();
  for (const status of codes)
    for (const field of status.headers) if (!(field.name in headerValues)) missing.add(`${field.name} (${status.code})`);
  if (missing.size)
    throw new Error(`respond endpoint: no value for header field(s) ${[...missing].join(', ')}; add them to api/respond/header-values.ts`);
}

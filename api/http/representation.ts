/**
 * A representation computed once, at start-up or build: its bytes, their
 * brotli and gzip variants, and validators derived from the content alone,
 * so every process on every machine hands out the same ETag for the same
 * bytes (RFC 9110 §8.8.3).
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { formatHttpDate } from './http-date.ts';

/** Content codings the server can send (RFC 9110 §8.4.1). */
export type Coding = 'br' | 'gzip' | 'identity';

/** One encoded variant, with the header values it is sent with. */
export interface Variant {
  coding: Coding;
  body: Uint8Array;
  /** Distinct per coding, so each variant revalidates on its own (§8.8.3.3). */
  etag: string;
  contentLength: string;
}

/** A selected representation with every variant and header value precomputed. */
export interface Representation {
  contentType: string;
  cacheControl: string;
  /** Epoch milliseconds, whole seconds. */
  lastModified: number;
  lastModifiedHeader: string;
  identity: Variant;
  br?: Variant;
  gzip?: Variant;
}

/**
 * Brotli quality 5 and gzip level 6: within about 10% of the best ratios at a
 * small fraction of the cost, so start-up stays around a second for the whole
 * site and API (quality 11 took about nine).
 */
const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 6;

/** Below this size compression costs more than it saves. */
const MIN_COMPRESSIBLE_BYTES = 256;

/** A strong entity-tag from the SHA-256 of the identity bytes (27 base64url chars ≈ 160 bits). */
export function contentTag(body: Uint8Array): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 27);
}

function variant(coding: Coding, body: Uint8Array, tag: string): Variant {
  const suffix = coding === 'identity' ? '' : `-${coding}`;
  return { coding, body, etag: `"${tag}${suffix}"`, contentLength: String(body.byteLength) };
}

export interface RepresentationOptions {
  contentType: string;
  cacheControl: string;
  /** The content's own last change, epoch milliseconds. */
  lastModified: number;
  /** Whether to precompute br and gzip (false for already-compressed media). */
  compress: boolean;
}

/** Builds a representation; all hashing and compression happens here, once. */
export function createRepresentation(body: Uint8Array, options: RepresentationOptions): Representation {
  const tag = contentTag(body);
  const lastModified = Math.floor(options.lastModified / 1000) * 1000;
  const representation: Representation = {
    contentType: options.contentType,
    cacheControl: options.cacheControl,
    lastModified,
    lastModifiedHeader: formatHttpDate(lastModified),
    identity: variant('identity', body, tag),
  };
  if (options.compress && body.byteLength >= MIN_COMPRESSIBLE_BYTES) {
    const br = brotliCompressSync(body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
    });
    const gzip = gzipSync(body, { level: GZIP_LEVEL });
    if (br.byteLength < body.byteLength) representation.br = variant('br', br, tag);
    if (gzip.byteLength < body.byteLength) representation.gzip = variant('gzip', gzip, tag);
  }
  return representation;
}

/** Whether the representation has more than one coding, so responses must carry Vary: Accept-Encoding. */
export function isNegotiable(representation: Representation): boolean {
  return representation.br !== undefined || representation.gzip !== undefined;
}

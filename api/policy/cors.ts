/**
 * CORS for the public, read-only API (Fetch standard, "CORS protocol"): any
 * origin may read it without credentials, and scripts may read the
 * validators and the Location of a redirect (`Access-Control-Expose-Headers`;
 * without it a script sees only the CORS-safelisted response fields).
 */
export const apiCors = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Location',
});

/** The methods every API resource allows (RFC 9110 §10.2.1 `Allow`). */
export const API_METHODS = 'GET, HEAD, OPTIONS';

/**
 * The answer to a CORS preflight (OPTIONS) under /api/v1: the methods, the
 * conditional request fields a script may send, and how long a browser may
 * keep this answer (one day).
 */
export const apiPreflight = Object.freeze({
  ...apiCors,
  Allow: API_METHODS,
  'Access-Control-Allow-Methods': API_METHODS,
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since, If-Match, If-Unmodified-Since',
  'Access-Control-Max-Age': '86400',
});

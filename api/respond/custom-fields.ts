/**
 * httpstat.us's `X-HttpStatus-Response-{Name}: value` request fields, which
 * add `{Name}: value` to the response. Refused (400, naming the field): fields
 * that would let one request harm others or change how the message is framed.
 */
import { RESPOND_CAPS } from './limits.ts';

export const CUSTOM_FIELD_PREFIX = 'x-httpstatus-response-';

/**
 * Names never accepted, each with the reason the problem document gives.
 * Location is accepted only as a same-origin path (see `isSameOriginPath`).
 */
export const REFUSED_FIELDS: Readonly<Record<string, string>> = {
  'set-cookie': 'it would set state in the client',
  'set-cookie2': 'it would set state in the client',
  'clear-site-data': 'it would clear state in the client',
  // Hop-by-hop fields (RFC 9110 §7.6.1) and framing (§8.6, §8.4, §6.1 of RFC 9112).
  connection: 'it is a hop-by-hop field (RFC 9110 §7.6.1)',
  'keep-alive': 'it is a hop-by-hop field (RFC 9110 §7.6.1)',
  'proxy-connection': 'it is a hop-by-hop field (RFC 9110 §7.6.1)',
  te: 'it is a hop-by-hop field (RFC 9110 §7.6.1)',
  trailer: 'it is a hop-by-hop field (RFC 9110 §7.6.1)',
  upgrade: 'it is a hop-by-hop field (RFC 9110 §7.6.1)',
  'transfer-encoding': 'it changes how the message is framed (RFC 9112 §6.1)',
  'content-length': 'it changes how the message is framed (RFC 9110 §8.6)',
  'content-encoding': 'it changes how the content is decoded (RFC 9110 §8.4)',
  'content-range': 'it changes which bytes the content stands for (RFC 9110 §14.4)',
  // Stored or origin-wide effects: one caller's answer must not be kept for others.
  'cache-control': 'every answer of this endpoint is no-store; a shared cache must never keep one',
  expires: 'every answer of this endpoint is no-store; a shared cache must never keep one',
  'surrogate-control': 'every answer of this endpoint is no-store; a shared cache must never keep one',
  'cdn-cache-control': 'every answer of this endpoint is no-store; a shared cache must never keep one',
  vary: 'every answer of this endpoint is no-store; a shared cache must never keep one',
  age: 'every answer of this endpoint is no-store; a shared cache must never keep one',
  'strict-transport-security': 'it would change how clients reach the whole site',
  'alt-svc': 'it would change how clients reach the whole site',
  refresh: 'it can redirect off the site',
  // The CORS policy is decided by the endpoint (headers.ts).
  'access-control-allow-origin': 'the endpoint decides its CORS policy',
  'access-control-allow-credentials': 'the endpoint decides its CORS policy',
  'access-control-allow-methods': 'the endpoint decides its CORS policy',
  'access-control-allow-headers': 'the endpoint decides its CORS policy',
  'access-control-expose-headers': 'the endpoint decides its CORS policy',
  'access-control-max-age': 'the endpoint decides its CORS policy',
};

/** True for a path on this site: one leading slash, no scheme, authority or backslash. */
export function isSameOriginPath(value: string): boolean {
  return /^\/(?![/\\])[\x21-\x7e]*$/.test(value) && !value.includes('\\');
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** The fields to add, or the reason the request is refused. */
export function customFields(headers: Headers): { fields: Record<string, string> } | { problem: string } {
  const fields: Record<string, string> = {};
  let count = 0;
  for (const [lowerName, value] of headers) {
    if (!lowerName.startsWith(CUSTOM_FIELD_PREFIX)) continue;
    const name = lowerName.slice(CUSTOM_FIELD_PREFIX.length);
    const shown = `X-HttpStatus-Response-${name.slice(0, RESPOND_CAPS.customNameLength)}`;
    if (++count > RESPOND_CAPS.customFields)
      return { problem: `At most ${RESPOND_CAPS.customFields} X-HttpStatus-Response-* fields may be sent; this request has more.` };
    if (!TOKEN.test(name)) return { problem: `${shown} does not name a field.` };
    if (name.length > RESPOND_CAPS.customNameLength)
      return { problem: `${shown}…: a field name may be at most ${RESPOND_CAPS.customNameLength} characters.` };
    if (value.length > RESPOND_CAPS.customValueLength)
      return { problem: `${shown}: a value may be at most ${RESPOND_CAPS.customValueLength} characters.` };
    const refused = REFUSED_FIELDS[name];
    if (refused) return { problem: `${shown} is refused: ${refused}.` };
    if (name === 'location' && !isSameOriginPath(value))
      return { problem: `${shown} must be a path on this site (starting with one "/"); a Location off the site is refused.` };
    fields[name] = value;
  }
  return { fields };
}

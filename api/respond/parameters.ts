/**
 * The options of `/api/v1/respond/{code}`, described once: the handler
 * parses requests with this table, the OpenAPI document and the /testing/
 * page are generated from it. Every value beyond its cap is a 400 problem
 * document naming the parameter and the cap, never a 5xx.
 */
import { RESPOND_CAPS } from './limits.ts';
import { isSameOriginPath } from './custom-fields.ts';

export type ResetPoint = 'headers' | 'body';

/** The parsed options of one request. */
export interface RespondOptions {
  sleepMs: number;
  dripMs: number;
  /** Pieces the content is cut into when dripped. */
  dripChunks: number;
  suppressBody: boolean;
  fail?: { count: number; key: string };
  retryAfter?: string;
  chain?: number;
  loop: boolean;
  to?: string;
  reset?: ResetPoint;
  random?: string;
}

/** One parameter as documented (OpenAPI, /testing/). */
export interface ParameterDoc {
  name: string;
  in: 'query' | 'header';
  description: string;
  schema: Record<string, unknown>;
  /** A query string or header line that shows it, for the /testing/ page. */
  example: string;
  /** The code the example is sent to. */
  exampleCode: number;
}

/** A request option that is out of range: the parameter, and what it must be. */
export interface ParameterProblem {
  parameter: string;
  detail: string;
}

const { sleepMs, dripMs, totalMs, fail, keyLength, retryAfterSeconds, chain, toLength, randomChoices } = RESPOND_CAPS;

/** Every parameter, in the order the page explains them. */
export const PARAMETERS: readonly ParameterDoc[] = [
  {
    name: 'sleep',
    in: 'query',
    description: `Milliseconds to wait before the header section, 0 to ${sleepMs} (httpstat.us's name; delay is the same). sleep + drip is at most ${totalMs}.`,
    schema: { type: 'integer', minimum: 0, maximum: sleepMs },
    example: 'sleep=2000',
    exampleCode: 200,
  },
  {
    name: 'delay',
    in: 'query',
    description: `Same as sleep (this endpoint's first name for it).`,
    schema: { type: 'integer', minimum: 0, maximum: sleepMs },
    example: 'delay=500',
    exampleCode: 503,
  },
  {
    name: 'drip',
    in: 'query',
    description: `Milliseconds over which the content is delivered after the header section, in up to 10 pieces, 0 to ${dripMs}: for testing read timeouts. sleep + drip is at most ${totalMs}.`,
    schema: { type: 'integer', minimum: 0, maximum: dripMs },
    example: 'drip=3000',
    exampleCode: 200,
  },
  {
    name: 'fail',
    in: 'query',
    description: `With key: the first fail requests (1 to ${fail}) for that key answer with the chosen code, later ones with 200. Keys are per client and forgotten after 10 minutes without use.`,
    schema: { type: 'integer', minimum: 1, maximum: fail },
    example: 'fail=2&key=my-test-1',
    exampleCode: 503,
  },
  {
    name: 'key',
    in: 'query',
    description: `Names the counter of fail: 1 to ${keyLength} letters, digits, ".", "_", "~" or "-".`,
    schema: { type: 'string', pattern: `^[A-Za-z0-9._~-]{1,${keyLength}}$` },
    example: 'fail=1&key=checkout-retry',
    exampleCode: 500,
  },
  {
    name: 'retryAfter',
    in: 'query',
    description: `Sets Retry-After (RFC 9110 §10.2.3): delay-seconds (0 to ${retryAfterSeconds}) or an HTTP-date in IMF-fixdate form.`,
    schema: { type: 'string', pattern: '^(\\d{1,5}|[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT)$' },
    example: 'retryAfter=5',
    exampleCode: 429,
  },
  {
    name: 'chain',
    in: 'query',
    description: `On a 3xx: a chain of that many redirects (1 to ${chain}) with the same code, ending at the echo endpoint.`,
    schema: { type: 'integer', minimum: 1, maximum: chain },
    example: 'chain=3',
    exampleCode: 302,
  },
  {
    name: 'loop',
    in: 'query',
    description:
      'On a 3xx: Location is this same URL, a redirect loop for testing loop detection (the rate limit ends a client that never stops).',
    schema: { type: 'boolean' },
    example: 'loop=true',
    exampleCode: 307,
  },
  {
    name: 'to',
    in: 'query',
    description: `On a 3xx: a path on this site to redirect to instead of the echo endpoint (at most ${toLength} characters). Other hosts are refused.`,
    schema: { type: 'string', pattern: '^/(?![/\\\\])', maxLength: toLength },
    example: 'to=/api/v1/codes/308',
    exampleCode: 308,
  },
  {
    name: 'suppressBody',
    in: 'query',
    description: 'true: send no content whatever the code (httpstat.us; also the X-HttpStatus-SuppressBody header).',
    schema: { type: 'boolean' },
    example: 'suppressBody=true',
    exampleCode: 500,
  },
  {
    name: 'random',
    in: 'query',
    description: `Codes and ranges to pick the status from, e.g. 200,500-504 (at most ${randomChoices} codes once expanded); the path's code is then ignored.`,
    schema: { type: 'string', pattern: '^\\d{3}(-\\d{3})?(,\\d{3}(-\\d{3})?)*$' },
    example: 'random=200,500-504',
    exampleCode: 200,
  },
  {
    name: 'reset',
    in: 'query',
    description:
      'Ends the connection with a TCP reset instead of answering: "headers" before anything is sent, "body" after the header section and part of the content. Node server only.',
    schema: { type: 'string', enum: ['headers', 'body'] },
    example: 'reset=body',
    exampleCode: 200,
  },
];

/** httpstat.us's request header fields that this endpoint honours (the query wins when both are sent). */
export const HEADER_PARAMETERS: readonly ParameterDoc[] = [
  {
    name: 'X-HttpStatus-Sleep',
    in: 'header',
    description: 'Same as sleep.',
    schema: { type: 'integer', minimum: 0, maximum: sleepMs },
    example: 'X-HttpStatus-Sleep: 1500',
    exampleCode: 200,
  },
  {
    name: 'X-HttpStatus-SuppressBody',
    in: 'header',
    description: 'Same as suppressBody.',
    schema: { type: 'boolean' },
    example: 'X-HttpStatus-SuppressBody: true',
    exampleCode: 404,
  },
  {
    name: 'X-HttpStatus-SleepAfterHeaders',
    in: 'header',
    description: 'Milliseconds to wait between the header section and the content (drip in one piece).',
    schema: { type: 'integer', minimum: 0, maximum: dripMs },
    example: 'X-HttpStatus-SleepAfterHeaders: 2000',
    exampleCode: 200,
  },
  {
    name: 'X-HttpStatus-DribbleBody',
    in: 'header',
    description: 'true: the content arrives in small pieces over 200 ms (drip=200).',
    schema: { type: 'boolean' },
    example: 'X-HttpStatus-DribbleBody: true',
    exampleCode: 200,
  },
  {
    name: 'X-HttpStatus-AbortBeforeHeaders',
    in: 'header',
    description: 'true: same as reset=headers.',
    schema: { type: 'boolean' },
    example: 'X-HttpStatus-AbortBeforeHeaders: true',
    exampleCode: 200,
  },
  {
    name: 'X-HttpStatus-AbortDuringBody',
    in: 'header',
    description: 'true: same as reset=body (X-HttpStatus-AbortAfterHeaders too).',
    schema: { type: 'boolean' },
    example: 'X-HttpStatus-AbortDuringBody: true',
    exampleCode: 200,
  },
  {
    name: 'X-HttpStatus-Response-{Name}',
    in: 'header',
    description:
      'Adds the field {Name} with this value to the response (at most 16). Refused with 400: Set-Cookie, hop-by-hop and framing fields, cache and CORS fields, and a Location off the site.',
    schema: { type: 'string', maxLength: RESPOND_CAPS.customValueLength },
    example: 'X-HttpStatus-Response-Foo: Bar',
    exampleCode: 200,
  },
];

const BOOLEAN: Record<string, boolean> = { '': true, true: true, '1': true, false: false, '0': false };

function milliseconds(parameter: string, value: string, cap: number): number | ParameterProblem {
  if (!/^\d{1,9}$/.test(value.trim()) || Number(value) > cap)
    return { parameter, detail: `${parameter} must be a whole number of milliseconds from 0 to ${cap}; got "${value.slice(0, 20)}".` };
  return Number(value);
}

function flag(parameter: string, value: string): boolean | ParameterProblem {
  const parsed = BOOLEAN[value.trim().toLowerCase()];
  return parsed ?? { parameter, detail: `${parameter} must be true or false; got "${value.slice(0, 20)}".` };
}

const isProblem = (value: unknown): value is ParameterProblem => typeof value === 'object' && value !== null && 'parameter' in value;

/** Reads the options of one request; the first out-of-range value is returned as a problem. */
export function parseOptions(query: URLSearchParams, headers: Headers): RespondOptions | ParameterProblem {
  const options: RespondOptions = { sleepMs: 0, dripMs: 0, dripChunks: 10, suppressBody: false, loop: false };
  const q = (name: string) => query.get(name);
  const h = (name: string) => headers.get(name);

  const sleepSource =
    q('sleep') !== null ? 'sleep' : q('delay') !== null ? 'delay' : h('x-httpstatus-sleep') !== null ? 'X-HttpStatus-Sleep' : undefined;
  if (sleepSource) {
    const value = sleepSource === 'X-HttpStatus-Sleep' ? h('x-httpstatus-sleep')! : q(sleepSource)!;
    const parsed = milliseconds(sleepSource, value, sleepMs);
    if (isProblem(parsed)) return parsed;
    options.sleepMs = parsed;
  }
  const drip = q('drip');
  const afterHeaders = h('x-httpstatus-sleepafterheaders');
  if (drip !== null) {
    const parsed = milliseconds('drip', drip, dripMs);
    if (isProblem(parsed)) return parsed;
    options.dripMs = parsed;
  } else if (afterHeaders !== null) {
    const parsed = milliseconds('X-HttpStatus-SleepAfterHeaders', afterHeaders, dripMs);
    if (isProblem(parsed)) return parsed;
    options.dripMs = parsed;
    options.dripChunks = 1;
  } else if (h('x-httpstatus-dribblebody') !== null) {
    const parsed = flag('X-HttpStatus-DribbleBody', h('x-httpstatus-dribblebody')!);
    if (isProblem(parsed)) return parsed;
    if (parsed) options.dripMs = 200;
  }
  if (options.sleepMs + options.dripMs > totalMs)
    return { parameter: 'drip', detail: `sleep + drip must be at most ${totalMs} ms in total; got ${options.sleepMs + options.dripMs}.` };

  const suppress = q('suppressBody') ?? h('x-httpstatus-suppressbody');
  if (suppress !== null) {
    const parsed = flag(q('suppressBody') !== null ? 'suppressBody' : 'X-HttpStatus-SuppressBody', suppress);
    if (isProblem(parsed)) return parsed;
    options.suppressBody = parsed;
  }

  const failText = q('fail');
  const key = q('key');
  if (failText !== null) {
    if (!/^\d{1,3}$/.test(failText) || Number(failText) < 1 || Number(failText) > fail)
      return { parameter: 'fail', detail: `fail must be a whole number from 1 to ${fail}; got "${failText.slice(0, 20)}".` };
    if (key === null) return { parameter: 'key', detail: 'fail needs a key naming its counter, e.g. fail=2&key=my-test.' };
  }
  if (key !== null) {
    if (!new RegExp(`^[A-Za-z0-9._~-]{1,${keyLength}}$`).test(key))
      return {
        parameter: 'key',
        detail: `key must be 1 to ${keyLength} letters, digits, ".", "_", "~" or "-"; got "${key.slice(0, 20)}".`,
      };
    if (failText === null) return { parameter: 'fail', detail: 'key is only meaningful with fail=N (1 to 20).' };
    options.fail = { count: Number(failText), key };
  }

  const retryAfter = q('retryAfter');
  if (retryAfter !== null) {
    const seconds = /^\d{1,9}$/.test(retryAfter) ? Number(retryAfter) : undefined;
    const imfFixdate =
      /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
    const validDate = imfFixdate.test(retryAfter) && new Date(retryAfter).toUTCString() === retryAfter;
    if (!(seconds !== undefined && seconds <= retryAfterSeconds) && !validDate)
      return {
        parameter: 'retryAfter',
        detail: `retryAfter must be delay-seconds from 0 to ${retryAfterSeconds} or an HTTP-date such as "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 §10.2.3); got "${retryAfter.slice(0, 40)}".`,
      };
    options.retryAfter = seconds !== undefined ? String(seconds) : retryAfter;
  }

  const chainText = q('chain');
  if (chainText !== null) {
    if (!/^\d{1,3}$/.test(chainText) || Number(chainText) < 1 || Number(chainText) > chain)
      return {
        parameter: 'chain',
        detail: `chain must be a whole number of redirects from 1 to ${chain}; got "${chainText.slice(0, 20)}".`,
      };
    options.chain = Number(chainText);
  }
  const loop = q('loop');
  if (loop !== null) {
    const parsed = flag('loop', loop);
    if (isProblem(parsed)) return parsed;
    options.loop = parsed;
  }
  const to = q('to');
  if (to !== null) {
    if (to.length > toLength) return { parameter: 'to', detail: `to may be at most ${toLength} characters.` };
    if (!isSameOriginPath(to))
      return { parameter: 'to', detail: 'to must be a path on this site, starting with one "/"; redirects off the site are refused.' };
    options.to = to;
  }

  const reset = q('reset');
  const abortBefore = h('x-httpstatus-abortbeforeheaders');
  const abortLater = h('x-httpstatus-abortduringbody') ?? h('x-httpstatus-abortafterheaders');
  if (reset !== null) {
    if (reset !== 'headers' && reset !== 'body')
      return { parameter: 'reset', detail: `reset must be "headers" or "body"; got "${reset.slice(0, 20)}".` };
    options.reset = reset;
  } else if (abortBefore !== null || abortLater !== null) {
    const name = abortBefore !== null ? 'X-HttpStatus-AbortBeforeHeaders' : 'X-HttpStatus-AbortDuringBody';
    const parsed = flag(name, (abortBefore ?? abortLater)!);
    if (isProblem(parsed)) return parsed;
    if (parsed) options.reset = abortBefore !== null ? 'headers' : 'body';
  }

  const random = q('random');
  if (random !== null) options.random = random;
  return options;
}

export { isProblem };

/**
 * `/api/v1/respond/{code}`: answers with any status code of the dataset,
 * carrying the header fields its entry lists and content only where the code
 * allows it. Query options: `delay` (ms, capped) and `random` (a list such as
 * `200,500-504` to pick from). Bodies and validators are built at start-up.
 */
import { findCode, statusCodes, type StatusCode } from '../../data/dataset.ts';
import { evaluatePreconditions } from '../http/preconditions.ts';
import { problemResponse } from '../http/problem.ts';
import { contentTag } from '../http/representation.ts';
import { assertHeaderCoverage, headerValues } from './header-values.ts';

export const MAX_DELAY_MS = 10_000;
export const MAX_DELAYED_REQUESTS = 32;
const MAX_RANDOM_CHOICES = 100;

interface Prepared {
  status: StatusCode;
  json: Uint8Array;
  text: Uint8Array;
  etag: string;
  lastModified: number;
  headers: Record<string, string>;
}

export interface RespondRequest {
  method: string;
  path: string;
  headers: Headers;
  query: URLSearchParams;
}

function prepare(status: StatusCode): Prepared {
  const json = Buffer.from(
    `${JSON.stringify({ code: status.code, phrase: status.phrase, summary: status.summary, reference: status.links.reference }, null, 2)}\n`,
  );
  const text = Buffer.from(`${status.code} ${status.phrase}\n\n${status.summary}\n`);
  const etag = `"${contentTag(json)}"`;
  const context = { status, representationLength: json.byteLength, etag };
  const headers: Record<string, string> = {};
  for (const field of status.headers) {
    const value = headerValues[field.name]!(context);
    if (value !== undefined) headers[field.name] = value;
  }
  return { status, json, text, etag, lastModified: Date.parse(`${status.updated}T00:00:00Z`), headers };
}

/** Text only when Accept names text/plain and weighs it above JSON (absent types weigh -1). */
function wantsText(accept: string | null): boolean {
  if (!accept) return false;
  const weight = (type: string) => {
    for (const part of accept.split(',')) {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      if (name === type) {
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return q ? Number(q.slice(2)) || 0 : 1;
      }
    }
    return -1;
  };
  const text = weight('text/plain');
  return text > 0 && text > weight('application/json');
}

/** "200,500-504" → the dataset's codes in it; a string when the list is invalid. */
export function parseRandom(value: string): number[] | string {
  const codes: number[] = [];
  for (const item of value.split(',')) {
    const match = /^\s*(\d{3})(?:-(\d{3}))?\s*$/.exec(item);
    if (!match) return `random must list codes or ranges such as 200,500-504; "${item.slice(0, 20)}" is neither.`;
    const [low, high] = [Number(match[1]), Number(match[2] ?? match[1])];
    if (high < low) return `random range ${low}-${high} runs backwards.`;
    for (const status of statusCodes) if (status.code >= low && status.code <= high && status.code >= 200) codes.push(status.code);
  }
  if (codes.length === 0) return 'random names no final status code that this service knows.';
  if (codes.length > MAX_RANDOM_CHOICES) return `random may name at most ${MAX_RANDOM_CHOICES} codes.`;
  return codes;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Location, Retry-After, WWW-Authenticate, Content-Range',
};

export interface RespondLimits {
  maxDelayMs: number;
  maxDelayedRequests: number;
}

/** Creates the handler; all codes are prepared now. */
export function createRespondHandler(limits: RespondLimits = { maxDelayMs: MAX_DELAY_MS, maxDelayedRequests: MAX_DELAYED_REQUESTS }) {
  assertHeaderCoverage(statusCodes);
  const prepared = new Map(statusCodes.map((status) => [status.code, prepare(status)]));
  let delayed = 0;

  function problem(status: number, detail: string, path: string, extra: Record<string, string> = {}): Response {
    return problemResponse({ status, detail, instance: path }, { ...CORS, ...extra });
  }

  function answer(entry: Prepared, request: RespondRequest): Response {
    const { status } = entry;
    const text = wantsText(request.headers.get('accept'));
    const headers: Record<string, string> = {
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept',
      ...CORS,
      ...entry.headers,
    };
    const validators = { etag: entry.etag, lastModified: entry.lastModified };
    if (status.code === 304) return new Response(null, { status: 304, headers: { ...headers, ETag: entry.etag } });
    // Preconditions apply where the response would otherwise be 2xx (RFC 9110 §13.2.1).
    if (status.class === '2xx') {
      const outcome = evaluatePreconditions(
        request.method,
        {
          ifMatch: request.headers.get('if-match'),
          ifNoneMatch: request.headers.get('if-none-match'),
          ifModifiedSince: request.headers.get('if-modified-since'),
          ifUnmodifiedSince: request.headers.get('if-unmodified-since'),
        },
        validators,
      );
      if (outcome === 304) return new Response(null, { status: 304, headers: { ...headers, ETag: entry.etag } });
      if (outcome === 412)
        return problem(412, 'If-Match or If-Unmodified-Since did not match this representation.', request.path, { ETag: entry.etag });
      headers.ETag = entry.etag;
      headers['Last-Modified'] = new Date(entry.lastModified).toUTCString();
    }
    if (!status.contentAllowed) return new Response(null, { status: status.code, headers });
    let body = text ? entry.text : entry.json;
    headers['Content-Type'] = text ? 'text/plain; charset=utf-8' : 'application/json';
    if (status.code === 206) {
      // A valid single-part range: the first half of the JSON representation (RFC 9110 §15.3.7.1).
      const end = Math.floor(entry.json.byteLength / 2);
      body = entry.json.subarray(0, end);
      headers['Content-Type'] = 'application/json';
      headers['Content-Range'] = `bytes 0-${end - 1}/${entry.json.byteLength}`;
    }
    headers['Content-Length'] = String(body.byteLength);
    return new Response(body as Uint8Array<ArrayBuffer>, { status: status.code, headers });
  }

  return async function respond(codeText: string, request: RespondRequest): Promise<Response> {
    let code = Number(codeText);
    const random = request.query.get('random');
    if (random !== null) {
      const choices = parseRandom(random);
      if (typeof choices === 'string') return problem(400, choices, request.path);
      code = choices[Math.floor(Math.random() * choices.length)]!;
    } else if (!/^\d{3}$/.test(codeText) || !findCode(code)) {
      return problem(
        404,
        `No status code "${codeText.slice(0, 20)}" in the dataset; /api/v1/codes lists the codes this endpoint can send.`,
        request.path,
      );
    }
    const entry = prepared.get(code)!;
    if (entry.status.class === '1xx') {
      return problem(
        400,
        `${code} is informational (1xx): it can only precede a final response, never be one (RFC 9110 §15.2).`,
        request.path,
      );
    }
    const delayText = request.query.get('delay');
    if (delayText !== null) {
      const delay = Number(delayText);
      if (!/^\d{1,9}$/.test(delayText))
        return problem(400, `delay must be a whole number of milliseconds (0 to ${limits.maxDelayMs}).`, request.path);
      if (delayed >= limits.maxDelayedRequests) {
        return problem(503, `At most ${limits.maxDelayedRequests} delayed requests may wait at once; try again shortly.`, request.path, {
          'Retry-After': '1',
        });
      }
      delayed++;
      try {
        await new Promise((resolve) => setTimeout(resolve, Math.min(delay, limits.maxDelayMs)));
      } finally {
        delayed--;
      }
    }
    return answer(entry, request);
  };
}

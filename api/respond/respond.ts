/**
 * `/api/v1/respond/{code}` and `/api/v1/echo`: the test endpoint. Answers
 * with any code of the dataset, the header fields its definition calls for
 * and content only where the code allows it, under the options of
 * parameters.ts, the header policy of headers.ts and the caps of limits.ts.
 * Runtime-agnostic: what needs the connection goes through a `Transport`.
 */
import { findCode, statusCodes } from '../../data/dataset.ts';
import { API_BASE } from '../endpoints.ts';
import { evaluatePreconditions } from '../http/preconditions.ts';
import { problemBody, PROBLEM_CONTENT_TYPE } from '../http/problem.ts';
import { customFields } from './custom-fields.ts';
import { createGate, dripStream, sleep } from './delivery.ts';
import { echoReport } from './echo.ts';
import { createFailCounter } from './fail-counter.ts';
import { withPolicy } from './headers.ts';
import { DEFAULT_FAIR_USE, type FairUse, RESPOND_CAPS } from './limits.ts';
import { isProblem, parseOptions, type RespondOptions } from './parameters.ts';
import { ifRangeHolds, parseRange, partialContent } from './ranges.ts';
import { clientKey, createRateLimiter } from './rate-limit.ts';
import { redirectTarget } from './redirects.ts';
import { prepareAll, type Prepared, wantsText } from './representations.ts';
import { readBounded, TOO_LARGE_DETAIL } from './request-body.ts';
import { NO_TRANSPORT_NOTE, type Transport } from './transport.ts';

/** The parts of a request the endpoint reads. */
export interface RespondRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The Fetch request, for its content. */
  raw: Request;
  transport?: Transport;
}

/** The hint a 103 carries (RFC 8297 §2): the JSON resource of the code, which a client may preload. */
export const EARLY_HINT_LINK = `<${API_BASE}/codes/103>; rel=preload; as=fetch; crossorigin`;

/** "200,500-504" → the dataset's final codes in it; a string when the list is invalid. */
export function parseRandom(value: string): number[] | string {
  const codes: number[] = [];
  for (const item of value.split(',')) {
    const match = /^\s*(\d{3})(?:-(\d{3}))?\s*$/.exec(item);
    if (!match) return `random must list codes or ranges such as 200,500-504; "${item.slice(0, 20)}" is neither.`;
    const [low, high] = [Number(match[1]), Number(match[2] ?? match[1])];
    if (high < low) return `random range ${low}-${high} runs backwards.`;
    for (const status of statusCodes) if (status.code >= low && status.code <= high && status.code >= 200) codes.push(status.code);
    if (codes.length > RESPOND_CAPS.randomChoices)
      return `random may name at most ${RESPOND_CAPS.randomChoices} codes once ranges are expanded.`;
  }
  if (codes.length === 0) return 'random names no final status code that this service knows.';
  return codes;
}

/** Creates the endpoint's two handlers; every code's answer is prepared now. */
export function createRespondHandler(fairUse: FairUse = DEFAULT_FAIR_USE) {
  const prepared = prepareAll();
  const takeToken = createRateLimiter(fairUse);
  const countFailure = createFailCounter(fairUse);
  const delayed = createGate(fairUse.maxDelayed);

  function problem(status: number, detail: string, request: RespondRequest, extra: Record<string, string> = {}, members = {}): Response {
    const headers: Record<string, string> = { 'Content-Type': PROBLEM_CONTENT_TYPE, ...extra };
    // A final status sent before the content was read: say the connection closes (RFC 9110 §10.1.1).
    if (request.transport?.awaitingContinue()) headers.Connection = 'close';
    const body = problemBody({ status, detail, instance: request.url.pathname, ...members });
    return new Response(request.method === 'HEAD' ? null : body, { status, headers: withPolicy(headers) });
  }

  /** The rate limit, shared by both handlers: a Response when the request stops here. */
  function admit(request: RespondRequest): { rate: Record<string, string> } | Response {
    const decision = takeToken(clientOf(request));
    if (!decision.allowed) {
      return problem(
        429,
        `Too many requests from this client: the test endpoint allows ${fairUse.burst} at once and ${fairUse.perSecond * 60} a minute after that. Retry after ${decision.resetSeconds} s.`,
        request,
        { ...decision.headers, 'Retry-After': String(Math.max(1, decision.resetSeconds)) },
        { 'violated-policies': ['respond'] },
      );
    }
    return { rate: decision.headers };
  }

  /** Reads the content (sending 100 first when the client waits for it), or answers 413. */
  async function readContent(request: RespondRequest, rate: Record<string, string>) {
    if (request.method === 'GET' || request.method === 'HEAD') return { kind: 'ok' as const, bytes: new Uint8Array(0) };
    if (request.transport?.awaitingContinue()) {
      const length = request.headers.get('content-length');
      if (length !== null && Number(length) > RESPOND_CAPS.bodyBytes)
        return problem(413, TOO_LARGE_DETAIL, request, rate, { limit: RESPOND_CAPS.bodyBytes });
      request.transport.sendContinue();
    }
    const body = await readBounded(request.raw);
    if (body.kind === 'too-large') return problem(413, TOO_LARGE_DETAIL, request, rate, { limit: RESPOND_CAPS.bodyBytes });
    return body;
  }

  /** The 200 of `/api/v1/echo`. */
  async function echo(request: RespondRequest): Promise<Response> {
    const admitted = admit(request);
    if (admitted instanceof Response) return admitted;
    const body = await readContent(request, admitted.rate);
    if (body instanceof Response) return body;
    const report = Buffer.from(`${JSON.stringify(echoReport(request.method, request.url, request.headers, body), null, 2)}\n`);
    const headers = withPolicy({ 'Content-Type': 'application/json', 'Content-Length': String(report.byteLength), ...admitted.rate });
    return new Response(request.method === 'HEAD' ? null : report, { status: 200, headers });
  }

  /** The answer of `/api/v1/respond/{code}`. */
  async function respond(codeText: string, request: RespondRequest): Promise<Response> {
    const admitted = admit(request);
    if (admitted instanceof Response) return admitted;
    const { rate } = admitted;
    const parsed = parseOptions(request.url.searchParams, request.headers);
    if (isProblem(parsed)) return problem(400, parsed.detail, request, rate, { parameter: parsed.parameter });
    const options = parsed;
    const custom = customFields(request.headers);
    if ('problem' in custom) return problem(400, custom.problem, request, rate, { parameter: 'X-HttpStatus-Response-*' });
    if (request.headers.get('content-length') && Number(request.headers.get('content-length')) > RESPOND_CAPS.bodyBytes)
      return problem(413, TOO_LARGE_DETAIL, request, rate, { limit: RESPOND_CAPS.bodyBytes });

    let code = Number(codeText);
    if (options.random !== undefined) {
      const choices = parseRandom(options.random);
      if (typeof choices === 'string') return problem(400, choices, request, rate, { parameter: 'random' });
      code = choices[Math.floor(Math.random() * choices.length)]!;
    } else if (!/^\d{3}$/.test(codeText) || !findCode(code)) {
      return problem(
        404,
        `No status code "${codeText.slice(0, 20)}" in the dataset; ${API_BASE}/codes lists the codes this endpoint can send.`,
        request,
        rate,
      );
    }
    if (code !== 103 && code < 200) {
      return problem(
        400,
        `${code} is informational (1xx): it can only precede a final response, never be one (RFC 9110 §15.2). /respond/103 sends a real 103 before a 200.`,
        request,
        rate,
      );
    }
    if (options.reset && !request.transport) return problem(501, `reset: ${NO_TRANSPORT_NOTE}`, request, rate);

    let attempt: number | undefined;
    if (options.fail) {
      const outcome = countFailure(clientOf(request), options.fail.key, options.fail.count);
      attempt = outcome.attempt;
      if (!outcome.fail) code = 200;
    }

    // 2xx: the content matters, so read it (after a 100 when asked); any other final status is known now (RFC 9110 §10.1.1).
    if (code < 300 && code !== 103) {
      const body = await readContent(request, rate);
      if (body instanceof Response) return body;
    }

    const waits = options.sleepMs > 0 || options.dripMs > 0;
    if (waits && !delayed.enter()) {
      return problem(503, `At most ${fairUse.maxDelayed} delayed answers may wait at once; try again shortly.`, request, {
        ...rate,
        'Retry-After': '1',
      });
    }
    let holding = waits;
    const delivery: Delivery = {
      streaming: false,
      release: () => {
        if (holding) {
          holding = false;
          delayed.leave();
        }
      },
    };
    try {
      if (options.sleepMs > 0) await sleep(options.sleepMs);
      if (options.reset === 'headers') {
        request.transport!.reset();
        // Nothing of it is ever sent: the connection is gone.
        return new Response(null, { status: 204 });
      }
      const hints: Record<string, string> = {};
      if (code === 103) {
        // RFC 8297 §2: the hints, then the final response (which repeats the Link).
        if (request.transport) await request.transport.earlyHints({ link: EARLY_HINT_LINK });
        hints.Link = EARLY_HINT_LINK;
        code = 200;
      }
      return answer(prepared.get(code)!, request, options, { ...rate, ...hints, ...custom.fields }, attempt, delivery);
    } finally {
      // A dripped answer holds its place until the last piece is out.
      if (!delivery.streaming) delivery.release();
    }
  }

  function answer(
    entry: Prepared,
    request: RespondRequest,
    options: RespondOptions,
    extra: Record<string, string>,
    attempt: number | undefined,
    delivery: Delivery,
  ): Response {
    const { status } = entry;
    const text = wantsText(request.headers.get('accept'));
    const headers: Record<string, string> = { Vary: 'Accept', ...entry.headers };
    if (headers.Location && status.class === '3xx') {
      headers.Location = redirectTarget(status.code, options, { path: request.url.pathname, search: request.url.search });
    }
    if (options.retryAfter !== undefined) headers['Retry-After'] = options.retryAfter;
    if (attempt !== undefined) headers['X-Respond-Attempt'] = String(attempt);
    Object.assign(headers, extra);

    const validators = { etag: entry.etag, lastModified: entry.lastModified };
    const finish = (code: number, body: Uint8Array | null, fields: Record<string, string>) =>
      send(code, body, withPolicy({ ...headers, ...fields }), request, options, delivery);

    if (status.code === 304) return finish(304, null, { ETag: entry.etag });
    if (status.class === '2xx') {
      // Preconditions apply where the answer would otherwise be 2xx (RFC 9110 §13.2.1).
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
      if (outcome === 304) return finish(304, null, { ETag: entry.etag });
      if (outcome === 412) {
        return problem(412, 'If-Match or If-Unmodified-Since did not match this representation.', request, { ...extra, ETag: entry.etag });
      }
      headers.ETag = entry.etag;
      headers['Last-Modified'] = entry.lastModifiedHeader;
    }
    if (!status.contentAllowed) return finish(status.code, null, {});
    const content = text ? entry.text : entry.json;
    const contentType = text ? 'text/plain; charset=utf-8' : 'application/json';
    if (options.suppressBody) return finish(status.code, null, { 'Content-Length': '0' });

    if (status.code === 206) {
      headers['Accept-Ranges'] = 'bytes';
      // Each answer below sets its own Content-Range; a multipart one has none at the top (RFC 9110 §15.3.7.2).
      delete headers['Content-Range'];
      // Range is defined for GET only (RFC 9110 §14.2); HEAD answers what GET would.
      const ranged = request.method === 'GET' || request.method === 'HEAD';
      const range =
        ranged && ifRangeHolds(request.headers.get('if-range'), entry.etag, entry.lastModifiedHeader)
          ? parseRange(request.headers.get('range'), content.byteLength)
          : ({ kind: 'none' } as const);
      if (range.kind === 'too-many') {
        return problem(
          400,
          `Range may list at most ${RESPOND_CAPS.ranges} ranges; this one lists ${range.count} (RFC 9110 §14.2).`,
          request,
          extra,
          {
            parameter: 'Range',
          },
        );
      }
      if (range.kind === 'unsatisfiable') {
        return problem(416, `No range of the Range field overlaps the ${content.byteLength} bytes of this representation.`, request, {
          ...extra,
          'Accept-Ranges': 'bytes',
          'Content-Range': `bytes */${content.byteLength}`,
        });
      }
      if (range.kind === 'none' && request.headers.get('if-range') !== null && request.headers.get('range') !== null) {
        // If-Range failed: the whole representation, with 200 (RFC 9110 §13.1.5).
        return finish(200, content, { 'Content-Type': contentType, 'Content-Length': String(content.byteLength) });
      }
      // Without a usable Range, the first half, so that a plain request still shows a 206.
      const ranges = range.kind === 'ranges' ? range.ranges : [{ first: 0, last: Math.floor(content.byteLength / 2) - 1 }];
      const partial = partialContent(content, contentType, ranges, entry.boundary);
      return finish(206, partial.body, { ...partial.headers, 'Content-Length': String(partial.body.byteLength) });
    }
    return finish(status.code, content, { 'Content-Type': contentType, 'Content-Length': String(content.byteLength) });
  }

  return { respond, echo };
}

/** The address a request is counted under (the connection's; Cloudflare's CF-Connecting-IP on Workers). */
function clientOf(request: RespondRequest): string {
  return clientKey(request.transport?.clientAddress ?? request.headers.get('cf-connecting-ip') ?? 'unknown');
}

/** A delayed answer's place in the gate: released when sent, or when its last piece is out. */
interface Delivery {
  streaming: boolean;
  release: () => void;
}

/** Sends the answer: at once, dripped over time, or cut by a reset. */
function send(
  code: number,
  body: Uint8Array | null,
  headers: Record<string, string>,
  request: RespondRequest,
  options: RespondOptions,
  delivery: Delivery,
): Response {
  if (request.transport?.awaitingContinue()) headers.Connection = 'close';
  if (body === null || request.method === 'HEAD' || body.byteLength === 0) {
    if (options.reset === 'body') request.transport!.reset();
    return new Response(null, { status: code, headers });
  }
  if (options.dripMs === 0 && options.reset !== 'body') return new Response(body as Uint8Array<ArrayBuffer>, { status: code, headers });
  // reset=body without drip: two pieces a moment apart, the reset between them.
  const pieces = options.dripMs > 0 ? options.dripChunks : 2;
  delivery.streaming = true;
  const stream = dripStream(body, options.dripMs > 0 ? options.dripMs : 40, pieces, {
    // reset=body: the header section and the first piece go out, then the connection is reset.
    beforePiece: (index) => {
      if (options.reset === 'body' && index === 1) {
        request.transport!.reset();
        return false;
      }
      return true;
    },
    done: delivery.release,
  });
  return new Response(stream, { status: code, headers });
}

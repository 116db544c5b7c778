/**
 * Answers a request node:http could not parse (its `clientError` event) the
 * way the API answers any other bad request: a status line with the
 * registry's phrase, `Date` (RFC 9110 §6.6.1), an RFC 9457 problem document
 * saying what was wrong, `Connection: close` (RFC 9112 §9.6), and a line in
 * the request log. Without a listener node:http writes a bare status line and
 * nothing reaches the log.
 *
 * The status for each parser error is node:http's own choice (lib/_http_server.js,
 * `socketOnError`): 431 when the header section is too large (RFC 6585 §5),
 * 413 when a chunk extension is (RFC 9110 §15.5.14), 408 when the request did
 * not arrive in time (§15.5.9), 400 for any other parse error (§15.5.1). A
 * connection that fails on its own (reset by the client, say) is closed
 * without an answer.
 *
 * It answers only when the socket can still be written and holds no response
 * that has not finished. With one in flight, an answer written now could
 * reach the client ahead of that response (or of one queued behind it) and
 * be read as the answer to an earlier request; the connection is dropped
 * instead, which is what node:http does once a response has begun.
 */
import type { Duplex } from 'node:stream';
import { problemBody } from '../http/problem.ts';
import { reasonPhrases } from '../http/reason-phrases.ts';
import { apiKinds } from '../policy/kinds.ts';
import type { RequestLog } from './request-log.ts';

/** What node:http passes with the event: the parser's error code and, for parse errors, its reason. */
export type ClientError = Error & { code?: string; reason?: string };

/**
 * How long a connection that was answered and half-closed may stay open for
 * the client to read the answer and close its side. Closing at once, with
 * the rest of the bad request still unread, would make the kernel reset the
 * connection, and a client can lose the answer to the reset.
 */
const CLOSE_AFTER_ANSWER_MS = 5_000;

/** The detail of each answer; `maxHeaderSize` is the largest header section the server accepts, in bytes. */
function detailFor(status: number, error: ClientError, maxHeaderSize: number): string {
  switch (status) {
    case 431:
      return `The request's header section is larger than the ${maxHeaderSize / 1024} KiB this server accepts.`;
    case 413:
      return 'A chunk extension in the request content is longer than this server accepts.';
    case 408:
      return 'The request did not arrive in full in time.';
    default:
      return `The request is not valid HTTP/1.1: ${error.reason ?? error.message}.`;
  }
}

/** The status for a parser error or node:http's request timeout; undefined for a failure of the connection itself. */
function statusFor(error: ClientError): number | undefined {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return 431;
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return 413;
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 408;
    default:
      return error.code?.startsWith('HPE_') ? 400 : undefined;
  }
}

/** A socket of node:http's server; `_httpMessage` is the response in flight on it, as node:http's own handler reads it. */
type ServerSocket = Duplex & { _httpMessage?: object | null; setTimeout?: (ms: number) => void };

/** Returns the `clientError` listener; `log` is undefined when request logs are off. */
export function createClientErrorHandler(log: RequestLog | undefined, maxHeaderSize: number) {
  return function onClientError(error: ClientError, socket: ServerSocket): void {
    const status = statusFor(error);
    // A connection that failed (reset, timed out) or is closed has no one to answer; one with a response in flight gets no second.
    if (status === undefined || !socket.writable || socket._httpMessage) {
      socket.destroy();
      return;
    }
    const body = Buffer.from(problemBody({ status, detail: detailFor(status, error, maxHeaderSize) }));
    const fields = { ...apiKinds.problem.headers, 'Content-Length': String(body.byteLength), Date: new Date().toUTCString() };
    const head = Object.entries(fields)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 ${status} ${reasonPhrases[status]}\r\n${head}Connection: close\r\n\r\n`), body]));
    socket.setTimeout?.(CLOSE_AFTER_ANSWER_MS);
    log?.unparsed(status);
  };
}

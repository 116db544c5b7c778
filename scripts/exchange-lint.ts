/**
 * Checks that a worked exchange in a guide (`<Exchange request={…} response={…}>`)
 * is valid HTTP as shown: start lines that parse, one protocol version on both
 * sides, framing that the version allows, and a Content-Length equal to the
 * bytes of the content shown.
 *
 * The content of a message is everything after the first empty line, as the
 * `<Exchange>` component renders it (trailing whitespace trimmed). A guide that
 * shows only part of a body marks the gap with an ellipsis ("…" or "..."); the
 * byte count is then not checked. Other limits are stated in `checkExchange`. MDX strips
 * leading spaces from the lines of a template literal, so guides write indentation as `\x20`.
 */

/** A message as shown in a guide: its start line, header fields and content. */
export interface ShownMessage {
  startLine: string;
  fields: Array<[name: string, value: string]>;
  content: string | null;
}

/** `GET /path HTTP/1.1`; a long target may be shortened with an ellipsis ("…8,150 more characters…"). */
const REQUEST_LINE = /^([A-Z][A-Z-]*) (\S.*) HTTP\/(\d)(?:\.\d)?$/;
/** `HTTP/1.1 404 Not Found`; HTTP/2 and HTTP/3 are shown as curl prints them (`HTTP/2 404`). */
const STATUS_LINE = /^HTTP\/(\d)(?:\.\d)? ([1-5]\d\d)(?: (.*))?$/;
/** A response told rather than shown, such as "(nothing: the client closes the connection)". */
const NO_RESPONSE = /^\(/;
/** A gap in shown content: the byte count cannot be checked. */
const ELISION = /…|\.\.\./;

/** Splits shown text into start line, fields and content (null when nothing follows the header section). */
export function parseShownMessage(text: string): ShownMessage {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const blank = lines.indexOf('');
  const head = blank === -1 ? lines : lines.slice(0, blank);
  const content = blank === -1 ? null : lines.slice(blank + 1).join('\n');
  const fields: Array<[string, string]> = [];
  for (const line of head.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return { startLine: head[0] ?? '', fields, content: content === '' ? null : content };
}

function field(message: ShownMessage, name: string): string | undefined {
  return message.fields.find(([n]) => n === name)?.[1];
}

/**
 * Lists what is wrong with one exchange. `caption` names it in messages.
 * Rules (RFC 9112 §2.3 and §6 for HTTP/1.x, RFC 9110 §8.6 for Content-Length):
 * - the request line and every status line parse; a response shown as a remark in
 *   parentheses ("(nothing: …)") stands for no response and is not checked;
 * - interim (1xx) responses carry no content: what follows one is the next response, and
 *   what follows a 101 is the new protocol;
 * - request and responses share a major version (an HTTP/1.1 request is not answered
 *   with HTTP/2), except a 505, which exists to refuse the request's version;
 * - an HTTP/1.x request that shows content declares its length (Content-Length or chunked);
 * - Content-Length equals the UTF-8 bytes of content shown in full, with lines ending in LF and
 *   no final line end, or with every line ending in CRLF, the last included (as nginx's own
 *   error pages do);
 * - 204 and 304 responses and responses to HEAD show no content.
 * `countBytes: false` skips the byte count, for an exchange quoted as printed in a source.
 */
export function checkExchange(request: string, response: string, caption: string, options = { countBytes: true }): string[] {
  const problems: string[] = [];
  const where = `<Exchange caption="${caption}">`;
  const req = parseShownMessage(request);
  const requestLine = REQUEST_LINE.exec(req.startLine);
  if (!requestLine) return [`${where}: the request line "${req.startLine}" is not "METHOD target HTTP/version"`];
  const [, method, , requestMajor] = requestLine;
  if (options.countBytes) checkLength(req, 'request', where, problems);
  if (requestMajor === '1' && req.content !== null && field(req, 'content-length') === undefined && !isChunked(req))
    problems.push(`${where}: the HTTP/1.1 request shows content but has no Content-Length or Transfer-Encoding`);

  let rest: string | null = response;
  while (rest !== null) {
    const res = parseShownMessage(rest);
    rest = null;
    if (NO_RESPONSE.test(res.startLine)) break;
    const statusLine = STATUS_LINE.exec(res.startLine);
    if (!statusLine) {
      problems.push(`${where}: the status line "${res.startLine}" is not "HTTP/version code reason"`);
      break;
    }
    const [, responseMajor, code] = statusLine;
    const status = Number(code);
    if (responseMajor !== requestMajor && status !== 505)
      problems.push(`${where}: an HTTP/${requestMajor} request is answered with HTTP/${responseMajor}; one exchange speaks one version`);
    // After 101 the connection speaks the new protocol; after another 1xx the next response follows.
    if (status === 101) break;
    if (status < 200) {
      rest = res.content;
      continue;
    }
    if (res.content !== null && (status === 204 || status === 304 || method === 'HEAD'))
      problems.push(`${where}: a ${method === 'HEAD' ? 'response to HEAD' : `${status} response`} cannot contain content`);
    if (options.countBytes) checkLength(res, 'response', where, problems);
  }
  return problems;
}

function isChunked(message: ShownMessage): boolean {
  return /\bchunked\b/i.test(field(message, 'transfer-encoding') ?? '');
}

/** Content-Length against the bytes shown, unless the content is elided or chunked. */
function checkLength(message: ShownMessage, label: string, where: string, problems: string[]): void {
  const declared = field(message, 'content-length');
  if (message.content === null || declared === undefined || isChunked(message) || ELISION.test(message.content)) return;
  const bytes = Buffer.byteLength(message.content, 'utf8');
  // nginx's built-in error pages end every line, the last included, with CRLF; the page shows them as lines.
  const crlfBytes = bytes + message.content.split('\n').length + 1;
  if (Number(declared) !== bytes && Number(declared) !== crlfBytes)
    problems.push(
      `${where}: the ${label} says Content-Length: ${declared} but shows ${bytes} bytes of content (${crlfBytes} with CRLF line ends)`,
    );
}

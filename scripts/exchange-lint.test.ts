import { describe, expect, it } from 'vitest';
import { checkExchange } from './exchange-lint.ts';

const get = 'GET /a HTTP/1.1\nHost: example.com';

describe('checkExchange', () => {
  it('accepts a Content-Length equal to the bytes shown', () => {
    expect(checkExchange(get, 'HTTP/1.1 200 OK\nContent-Length: 5\n\nhello', 'ok')).toEqual([]);
  });

  it('counts UTF-8 bytes, not characters', () => {
    // "é" is two bytes in UTF-8 (RFC 9110 §8.6 counts octets).
    expect(checkExchange(get, 'HTTP/1.1 200 OK\nContent-Length: 6\n\nhéllo', 'utf8')).toEqual([]);
    expect(checkExchange(get, 'HTTP/1.1 200 OK\nContent-Length: 5\n\nhéllo', 'utf8')).toHaveLength(1);
  });

  it('rejects a Content-Length one byte off', () => {
    const problems = checkExchange(get, 'HTTP/1.1 200 OK\nContent-Length: 6\n\nhello', 'off by one');
    expect(problems).toEqual([expect.stringContaining('says Content-Length: 6 but shows 5 bytes')]);
  });

  it("accepts the CRLF count of nginx's own error pages", () => {
    // "<html>\r\n<body>\r\n</html>\r\n" is 6 + 2 + 6 + 2 + 7 + 2 = 25 bytes.
    expect(checkExchange(get, 'HTTP/1.1 502 Bad Gateway\nContent-Length: 25\n\n<html>\n<body>\n</html>', 'nginx')).toEqual([]);
  });

  it('does not count content shown with an ellipsis', () => {
    expect(checkExchange(get, 'HTTP/1.1 200 OK\nContent-Length: 9000\n\n{"codes": […]}', 'elided')).toEqual([]);
  });

  it('flags an HTTP/1.1 POST with content and no framing, answered with HTTP/2', () => {
    const problems = checkExchange(
      'POST /p HTTP/1.1\nHost: a.example\n\n{"name":"Ada"}',
      'HTTP/2 419\ncontent-type: application/json',
      '419',
    );
    expect(problems).toEqual([
      expect.stringContaining('shows content but has no Content-Length or Transfer-Encoding'),
      expect.stringContaining('an HTTP/1 request is answered with HTTP/2'),
    ]);
  });

  it('lets an HTTP/1.0 server answer an HTTP/1.1 request (RFC 9112 §2.3) and a 505 refuse any version', () => {
    expect(checkExchange(get, 'HTTP/1.0 501 Unsupported method', 'python')).toEqual([]);
    expect(checkExchange('GET / HTTP/2.0\nHost: a', 'HTTP/1.1 505 HTTP Version Not Supported', '505')).toEqual([]);
  });

  it('reads interim responses as followed by the next response, and stops after 101', () => {
    const continued = 'HTTP/1.1 100 Continue\n\nHTTP/1.1 201 Created\nContent-Length: 2\n\nok';
    expect(checkExchange('PUT /f HTTP/1.1\nContent-Length: 3\n\nabc', continued, '100')).toEqual([]);
    expect(checkExchange(get, 'HTTP/1.1 101 Switching Protocols\nUpgrade: websocket\n\n…frames…', '101')).toEqual([]);
  });

  it('rejects content on 204, 304 and responses to HEAD (RFC 9110 §15.3.5, §15.4.5, §9.3.2)', () => {
    expect(checkExchange(get, 'HTTP/1.1 204 No Content\n\nx', '204')).toHaveLength(1);
    expect(checkExchange(get, 'HTTP/1.1 304 Not Modified\n\nx', '304')).toHaveLength(1);
    expect(checkExchange('HEAD /a HTTP/1.1\nHost: a', 'HTTP/1.1 200 OK\n\nx', 'head')).toHaveLength(1);
  });

  it('skips the byte count of an exchange quoted as printed in a source', () => {
    expect(checkExchange(get, 'HTTP/1.1 200 OK\nContent-Length: 296\n\nhello', 'quoted', { countBytes: false })).toEqual([]);
  });

  it('reports start lines that do not parse', () => {
    expect(checkExchange('fetch it please', 'HTTP/1.1 200 OK', 'bad')).toHaveLength(1);
    expect(checkExchange(get, 'OK then', 'bad')).toHaveLength(1);
  });
});

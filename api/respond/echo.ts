/**
 * `/api/v1/echo`: answers 200 to any method with what arrived, so a
 * redirect's effect can be seen: the method (303 turns POST into GET; 307 and
 * 308 keep it, RFC 9110 §15.4), the header fields and the content. Member
 * names follow httpbin's `/anything` (method, url, args, headers, data, json).
 */
import type { BodyResult } from './request-body.ts';

/** What the echo reports. */
export interface EchoReport {
  method: string;
  url: string;
  args: Record<string, string>;
  headers: Record<string, string>;
  /** The content as UTF-8 text, or a base64 data URL when it is not text. */
  data: string;
  /** The content parsed as JSON, when it is JSON. */
  json: unknown;
  /** Bytes of content received. */
  length: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Builds the report for a request whose content was read. */
export function echoReport(method: string, url: URL, headers: Headers, body: Extract<BodyResult, { kind: 'ok' }>): EchoReport {
  let data: string;
  let json: unknown = null;
  try {
    data = utf8.decode(body.bytes);
    try {
      json = data ? JSON.parse(data) : null;
    } catch {
      json = null;
    }
  } catch {
    data = `data:application/octet-stream;base64,${Buffer.from(body.bytes).toString('base64')}`;
  }
  return {
    method,
    url: `${url.pathname}${url.search}`,
    args: Object.fromEntries(url.searchParams),
    headers: Object.fromEntries(headers),
    data,
    json,
    length: body.bytes.byteLength,
  };
}

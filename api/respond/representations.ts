/**
 * The test endpoint's answer for each code of the dataset, built once at
 * start-up: JSON and text content (httpstat.us's two forms, with its
 * `description` member), a strong ETag, Last-Modified, and the header fields
 * the code's definition calls for.
 */
import { statusCodes, type StatusCode } from '../../data/dataset.ts';
import { formatHttpDate } from '../http/http-date.ts';
import { contentTag } from '../http/representation.ts';
import { assertHeaderCoverage, headerValues } from './header-values.ts';

export interface Prepared {
  status: StatusCode;
  json: Uint8Array;
  text: Uint8Array;
  etag: string;
  lastModified: number;
  lastModifiedHeader: string;
  /** The fields the dataset lists for the code, with this endpoint's values. */
  headers: Record<string, string>;
  /** multipart/byteranges boundary: derived from the content, so it never occurs in it. */
  boundary: string;
}

function prepare(status: StatusCode): Prepared {
  const document = {
    code: status.code,
    phrase: status.phrase,
    description: status.phrase,
    summary: status.summary,
    reference: status.links.reference,
  };
  const json = Buffer.from(`${JSON.stringify(document, null, 2)}\n`);
  const text = Buffer.from(`${status.code} ${status.phrase}\n\n${status.summary}\n`);
  const tag = contentTag(json);
  const etag = `"${tag}"`;
  const context = { status, representationLength: json.byteLength, etag };
  const headers: Record<string, string> = {};
  for (const field of status.headers) {
    const value = headerValues[field.name]!(context);
    if (value !== undefined) headers[field.name] = value;
  }
  const lastModified = Date.parse(`${status.updated}T00:00:00Z`);
  return {
    status,
    json,
    text,
    etag,
    lastModified,
    lastModifiedHeader: formatHttpDate(lastModified),
    headers,
    boundary: `byteranges-${tag}`,
  };
}

/** Every code's prepared answer; throws when the dataset names a field header-values.ts cannot fill. */
export function prepareAll(): Map<number, Prepared> {
  assertHeaderCoverage(statusCodes);
  return new Map(statusCodes.map((status) => [status.code, prepare(status)]));
}

/** Text only when Accept names text/plain and weighs it above JSON (absent types weigh -1); JSON otherwise. */
export function wantsText(accept: string | null): boolean {
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

/**
 * Byte ranges on the test endpoint's 206 (RFC 9110 §14): parsing the Range
 * field (§14.1.1, §14.1.2), evaluating If-Range (§13.1.5), and building the
 * single-part (§15.3.7.1) or multipart/byteranges (§14.6, §15.3.7.2) answer,
 * or the 416 whose Content-Range is the unsatisfied-range with the complete
 * length (§14.4, §15.5.17).
 */
import { parseEntityTag, strongMatch } from '../http/entity-tag.ts';
import { RESPOND_CAPS } from './limits.ts';

/** One satisfiable range, inclusive offsets into the representation. */
export interface ByteRange {
  first: number;
  last: number;
}

/** What the Range field asks for, given the representation's length. */
export type RangeRequest =
  | { kind: 'none' }
  | { kind: 'ranges'; ranges: ByteRange[] }
  | { kind: 'unsatisfiable' }
  | { kind: 'too-many'; count: number };

const SPEC = /^\s*(?:(\d+)-(\d*)|-(\d+))\s*$/;

/**
 * Parses a Range field value against a representation of `length` bytes.
 * `none` stands for a value the server ignores: another unit, or an invalid
 * ranges-specifier (§14.2 allows ignoring it).
 */
export function parseRange(value: string | null, length: number): RangeRequest {
  if (value === null) return { kind: 'none' };
  const match = /^\s*bytes\s*=(.*)$/i.exec(value);
  if (!match) return { kind: 'none' };
  const specs = match[1]!.split(',').filter((spec) => spec.trim() !== '');
  if (specs.length === 0) return { kind: 'none' };
  if (specs.length > RESPOND_CAPS.ranges) return { kind: 'too-many', count: specs.length };
  const ranges: ByteRange[] = [];
  for (const spec of specs) {
    const parts = SPEC.exec(spec);
    if (!parts) return { kind: 'none' };
    if (parts[3] !== undefined) {
      // suffix-range: the last N bytes; satisfiable when N > 0 (§14.1.2). Long numerals are clamped, never overflowed.
      const suffix = parts[3].length > 15 ? Number.MAX_SAFE_INTEGER : Number(parts[3]);
      if (suffix > 0 && length > 0) ranges.push({ first: Math.max(0, length - suffix), last: length - 1 });
      continue;
    }
    const first = parts[1]!.length > 15 ? Number.MAX_SAFE_INTEGER : Number(parts[1]);
    const last = parts[2] === '' ? undefined : parts[2]!.length > 15 ? Number.MAX_SAFE_INTEGER : Number(parts[2]);
    // An int-range whose last-pos is below its first-pos is invalid, and so is the whole field (§14.1.1).
    if (last !== undefined && last < first) return { kind: 'none' };
    if (first < length) ranges.push({ first, last: Math.min(last ?? length - 1, length - 1) });
  }
  return ranges.length ? { kind: 'ranges', ranges } : { kind: 'unsatisfiable' };
}

/**
 * If-Range (§13.1.5): true when the Range may be honoured. An entity-tag must
 * match strongly; a date must equal Last-Modified exactly (ours are strong:
 * the content never changes within the second it is dated, §8.8.2.2).
 */
export function ifRangeHolds(value: string | null, etag: string, lastModifiedHeader: string): boolean {
  if (value === null) return true;
  const text = value.trim();
  if (text.startsWith('"') || text.startsWith('W/"')) return strongMatch(parseEntityTag(text), parseEntityTag(etag));
  return text === lastModifiedHeader;
}

export interface PartialContent {
  body: Uint8Array;
  headers: Record<string, string>;
}

/** The content and fields of a 206 for `ranges` of `content` (one part, or multipart/byteranges). */
export function partialContent(content: Uint8Array, contentType: string, ranges: ByteRange[], boundary: string): PartialContent {
  const total = content.byteLength;
  if (ranges.length === 1) {
    const { first, last } = ranges[0]!;
    return {
      body: content.subarray(first, last + 1),
      headers: { 'Content-Type': contentType, 'Content-Range': `bytes ${first}-${last}/${total}` },
    };
  }
  const chunks: Uint8Array[] = [];
  for (const { first, last } of ranges) {
    chunks.push(
      Buffer.from(`\r\n--${boundary}\r\nContent-Type: ${contentType}\r\nContent-Range: bytes ${first}-${last}/${total}\r\n\r\n`),
      content.subarray(first, last + 1),
    );
  }
  chunks.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), headers: { 'Content-Type': `multipart/byteranges; boundary=${boundary}` } };
}

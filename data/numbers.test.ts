/**
 * Every number a reader brings resolves. Expected values come from RFC 9110
 * §15 (the x00 rule, 100..599), the IANA registry (last updated 2025-09-15:
 * its unassigned ranges) and the vendors' own documentation or source for the
 * symptoms, never from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { findCode } from './dataset.ts';
import {
  findPseudoCode,
  resolveNumber,
  symptoms,
  symptomsFor,
  unassignedNumbers,
  validatePseudoCodes,
  validateSymptoms,
} from './numbers.ts';
import { pseudoCodeEntries } from './pseudo-codes.ts';
import { DataValidationError } from './validate.ts';

/** The registry's unassigned ranges, copied from the IANA registry page. */
const REGISTRY_UNASSIGNED = '105-199 209-225 227-299 309-399 419-420 427 430 432-450 452-499 509 512-599';

function inRegistryUnassigned(code: number): boolean {
  return REGISTRY_UNASSIGNED.split(' ').some((range) => {
    const [low, high = low] = range.split('-').map(Number) as [number, number?];
    return code >= low && code <= high!;
  });
}

describe('numbers from 100 to 599', () => {
  it('every one resolves to a code of the dataset or to an unassigned number, never to "invalid"', () => {
    for (let code = 100; code <= 599; code++) {
      const found = resolveNumber(String(code));
      expect(found.kind === 'code' || found.kind === 'unassigned', `${code}`).toBe(true);
    }
  });

  it('a number is unassigned only where the registry lists it as unassigned and the dataset has no entry', () => {
    for (const number of unassignedNumbers) {
      expect(inRegistryUnassigned(number.code), `${number.code}`).toBe(true);
      expect(findCode(number.code)).toBeUndefined();
    }
    // Registered codes (IANA) and vendor codes of the dataset resolve as codes.
    for (const code of [100, 103, 104, 208, 226, 306, 418, 425, 451, 499, 508, 510, 511, 599]) {
      expect(resolveNumber(String(code)).kind, `${code}`).toBe('code');
    }
  });

  it.each([
    // RFC 9110 §15 gives 471 as its example: treat it as 400.
    ['471', '4xx', 400, [452, 499]],
    ['299', '2xx', 200, [227, 299]],
    ['150', '1xx', 100, [105, 199]],
    ['350', '3xx', 300, [309, 399]],
    ['427', '4xx', 400, [427, 427]],
    ['555', '5xx', 500, [512, 599]],
  ])('%s is unassigned, class %s, treated as %i (range %j)', (segment, statusClass, treatAs, range) => {
    const found = resolveNumber(segment);
    if (found.kind !== 'unassigned') throw new Error(`${segment} resolved to ${found.kind}`);
    expect(found.number.class).toBe(statusClass);
    expect(found.number.treatAs.code).toBe(treatAs);
    expect(found.number.range).toEqual(range);
  });
});

describe('what is not a status code', () => {
  it.each(['0', '000'])('%s resolves to its pseudo-code page', (segment) => {
    const found = resolveNumber(segment);
    expect(found.kind).toBe('pseudo');
  });

  it.each(['-1', '0099', '099', '00', '600', '999', '1000', '4040', 'abc', '4o4', '404.0', ' 404', ''])(
    '"%s" is invalid, with a reason that names the rule',
    (segment) => {
      const found = resolveNumber(segment);
      if (found.kind !== 'invalid') throw new Error(`"${segment}" resolved to ${found.kind}`);
      expect(found.reason).toMatch(/100 to 599/);
    },
  );
});

describe('the pseudo-codes', () => {
  it('cite the Fetch Standard for status 0 and libcurl for 000', () => {
    const zero = findPseudoCode('0')!;
    expect(zero.originSource.url).toBe('https://fetch.spec.whatwg.org/#concept-network-error');
    expect(zero.causes.map((cause) => cause.source.url)).toEqual(
      expect.arrayContaining([
        'https://fetch.spec.whatwg.org/#http-fetch',
        'https://fetch.spec.whatwg.org/#concept-filtered-response-opaque',
      ]),
    );
    const tripleZero = findPseudoCode('000')!;
    expect(tripleZero.originSource.url).toBe('https://curl.se/libcurl/c/CURLINFO_RESPONSE_CODE.html');
    // libcurl-errors: 6 COULDNT_RESOLVE_HOST, 7 COULDNT_CONNECT, 28 OPERATION_TIMEDOUT, 52 GOT_NOTHING.
    const text = tripleZero.causes.map((cause) => cause.explanation).join(' ');
    for (const name of ['CURLE_COULDNT_RESOLVE_HOST', 'CURLE_COULDNT_CONNECT', 'CURLE_OPERATION_TIMEDOUT', 'CURLE_GOT_NOTHING']) {
      expect(text).toContain(name);
    }
  });

  it('reject an entry with a bad field, naming the entry and the field', () => {
    const broken = { ...pseudoCodeEntries[0]!, related: [471] };
    expect(() => validatePseudoCodes([broken])).toThrow(DataValidationError);
    expect(() => validatePseudoCodes([broken])).toThrow(/data\/pseudo-codes\.ts \(0\): field "related" names 471/);
    expect(() => validatePseudoCodes([{ ...broken, related: [999] }])).toThrow(/field "related\[0\]" Too big/);
    expect(() => validatePseudoCodes([{ ...pseudoCodeEntries[0]!, causes: [] }])).toThrow(/field "causes"/);
  });
});

describe('symptoms', () => {
  it.each([
    // nginx documentation: client_max_body_size → 413; client_header_timeout → 408; large_client_header_buffers → 414.
    ['client_max_body_size', 413],
    ['client_header_timeout', 408],
    ['large_client_header_buffers', 414],
    // nginx source: ngx_http_upstream_next maps a timeout to 504; ngx_http_special_response.c pages.
    ['upstream timed out (110: Connection timed out) while reading response header from upstream', 504],
    ['The plain HTTP request was sent to HTTPS port', 497],
    ['Request Header Or Cookie Too Large', 494],
    // Anthropic's API errors page: 529 overloaded_error.
    ['overloaded_error', 529],
    // Laravel's exception handler: TokenMismatchException → HttpException(419).
    ['TokenMismatchException', 419],
    // Chromium net_error_list.h: the client chose to block the request.
    ['net::ERR_BLOCKED_BY_CLIENT', '0'],
  ])('"%s" leads to %s', (text, key) => {
    expect(symptomsFor(key).map((symptom) => symptom.text)).toContain(text);
  });

  it('point only to codes of the dataset or to the pseudo-codes', () => {
    for (const symptom of symptoms) {
      const known = typeof symptom.key === 'number' ? findCode(symptom.key) : findPseudoCode(symptom.key);
      expect(known, `${symptom.key} ${symptom.text}`).toBeDefined();
    }
  });

  it('reject an unknown code, a repeat and a missing source, naming the entry', () => {
    const good = { key: 413, text: 'client_max_body_size', kind: 'directive', product: 'nginx', source: 'https://nginx.org/' };
    expect(() => validateSymptoms([{ ...good, key: 471 }])).toThrow(/entry #1 \("client_max_body_size"\): field "key" names 471/);
    expect(() => validateSymptoms([good, good])).toThrow(/entry #2 .*repeats a symptom already listed for 413/);
    expect(() => validateSymptoms([{ ...good, source: 'http://nginx.org/' }])).toThrow(/field "source"/);
    expect(() => validateSymptoms([{ ...good, kind: 'rumour' }])).toThrow(/field "kind"/);
  });
});

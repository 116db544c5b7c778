/**
 * Facts checked against the primary sources. Every expected value below is
 * copied from the IANA registry (last updated 2025-09-15) or from the RFC text
 * cited beside it, never read back from the dataset.
 */
import { describe, expect, it } from 'vitest';
import { findCode, statusCodes } from './dataset.ts';

/** [code, registry description, defining document, section ('' when the registry gives none)]. */
const REGISTRY: ReadonlyArray<[number, string, string, string]> = [
  [100, 'Continue', 'RFC 9110', '15.2.1'],
  [101, 'Switching Protocols', 'RFC 9110', '15.2.2'],
  [102, 'Processing', 'RFC 2518', ''],
  [103, 'Early Hints', 'RFC 8297', ''],
  [104, 'Upload Resumption Supported', 'draft-ietf-httpbis-resumable-upload-05', ''],
  [200, 'OK', 'RFC 9110', '15.3.1'],
  [201, 'Created', 'RFC 9110', '15.3.2'],
  [202, 'Accepted', 'RFC 9110', '15.3.3'],
  [203, 'Non-Authoritative Information', 'RFC 9110', '15.3.4'],
  [204, 'No Content', 'RFC 9110', '15.3.5'],
  [205, 'Reset Content', 'RFC 9110', '15.3.6'],
  [206, 'Partial Content', 'RFC 9110', '15.3.7'],
  [207, 'Multi-Status', 'RFC 4918', ''],
  [208, 'Already Reported', 'RFC 5842', ''],
  [226, 'IM Used', 'RFC 3229', ''],
  [300, 'Multiple Choices', 'RFC 9110', '15.4.1'],
  [301, 'Moved Permanently', 'RFC 9110', '15.4.2'],
  [302, 'Found', 'RFC 9110', '15.4.3'],
  [303, 'See Other', 'RFC 9110', '15.4.4'],
  [304, 'Not Modified', 'RFC 9110', '15.4.5'],
  [305, 'Use Proxy', 'RFC 9110', '15.4.6'],
  [306, '(Unused)', 'RFC 9110', '15.4.7'],
  [307, 'Temporary Redirect', 'RFC 9110', '15.4.8'],
  [308, 'Permanent Redirect', 'RFC 9110', '15.4.9'],
  [400, 'Bad Request', 'RFC 9110', '15.5.1'],
  [401, 'Unauthorized', 'RFC 9110', '15.5.2'],
  [402, 'Payment Required', 'RFC 9110', '15.5.3'],
  [403, 'Forbidden', 'RFC 9110', '15.5.4'],
  [404, 'Not Found', 'RFC 9110', '15.5.5'],
  [405, 'Method Not Allowed', 'RFC 9110', '15.5.6'],
  [406, 'Not Acceptable', 'RFC 9110', '15.5.7'],
  [407, 'Proxy Authentication Required', 'RFC 9110', '15.5.8'],
  [408, 'Request Timeout', 'RFC 9110', '15.5.9'],
  [409, 'Conflict', 'RFC 9110', '15.5.10'],
  [410, 'Gone', 'RFC 9110', '15.5.11'],
  [411, 'Length Required', 'RFC 9110', '15.5.12'],
  [412, 'Precondition Failed', 'RFC 9110', '15.5.13'],
  [413, 'Content Too Large', 'RFC 9110', '15.5.14'],
  [414, 'URI Too Long', 'RFC 9110', '15.5.15'],
  [415, 'Unsupported Media Type', 'RFC 9110', '15.5.16'],
  [416, 'Range Not Satisfiable', 'RFC 9110', '15.5.17'],
  [417, 'Expectation Failed', 'RFC 9110', '15.5.18'],
  [418, '(Unused)', 'RFC 9110', '15.5.19'],
  [421, 'Misdirected Request', 'RFC 9110', '15.5.20'],
  [422, 'Unprocessable Content', 'RFC 9110', '15.5.21'],
  [423, 'Locked', 'RFC 4918', ''],
  [424, 'Failed Dependency', 'RFC 4918', ''],
  [425, 'Too Early', 'RFC 8470', ''],
  [426, 'Upgrade Required', 'RFC 9110', '15.5.22'],
  [428, 'Precondition Required', 'RFC 6585', ''],
  [429, 'Too Many Requests', 'RFC 6585', ''],
  [431, 'Request Header Fields Too Large', 'RFC 6585', ''],
  [451, 'Unavailable For Legal Reasons', 'RFC 7725', ''],
  [500, 'Internal Server Error', 'RFC 9110', '15.6.1'],
  [501, 'Not Implemented', 'RFC 9110', '15.6.2'],
  [502, 'Bad Gateway', 'RFC 9110', '15.6.3'],
  [503, 'Service Unavailable', 'RFC 9110', '15.6.4'],
  [504, 'Gateway Timeout', 'RFC 9110', '15.6.5'],
  [505, 'HTTP Version Not Supported', 'RFC 9110', '15.6.6'],
  [506, 'Variant Also Negotiates', 'RFC 2295', ''],
  [507, 'Insufficient Storage', 'RFC 4918', ''],
  [508, 'Loop Detected', 'RFC 5842', ''],
  [510, 'Not Extended', 'RFC 2774', ''],
  [511, 'Network Authentication Required', 'RFC 6585', ''],
];

/** Unofficial codes people meet in logs, with the vendor that sends them. */
const UNOFFICIAL: ReadonlyArray<[number, string]> = [
  [419, 'Laravel'],
  [420, 'Twitter'],
  [440, 'Microsoft'],
  [444, 'nginx'],
  [449, 'Microsoft'],
  [450, 'Microsoft'],
  [460, 'AWS'],
  [463, 'AWS'],
  [494, 'nginx'],
  [495, 'nginx'],
  [496, 'nginx'],
  [497, 'nginx'],
  [499, 'nginx'],
  [509, ''],
  [520, 'Cloudflare'],
  [521, 'Cloudflare'],
  [522, 'Cloudflare'],
  [523, 'Cloudflare'],
  [524, 'Cloudflare'],
  [525, 'Cloudflare'],
  [526, 'Cloudflare'],
  [527, 'Cloudflare'],
  [530, 'Cloudflare'],
  [561, 'AWS'],
  [598, ''],
  [599, ''],
];

const registered = (code: number) => {
  const status = findCode(code);
  if (!status) throw new Error(`code ${code} is missing from the dataset`);
  return status;
};
const codesWhere = (test: (status: ReturnType<typeof registered>) => boolean) =>
  statusCodes
    .filter(test)
    .map((status) => status.code)
    .sort((a, b) => a - b);
const registeredCodes = REGISTRY.map(([code]) => code);

describe('the IANA registry', () => {
  it('holds all 64 registered values, each once', () => {
    expect(new Set(registeredCodes).size).toBe(64);
    for (const code of registeredCodes) expect(findCode(code), `code ${code}`).toBeDefined();
  });

  it.each(REGISTRY)('%i has the registry phrase %j and cites %s %s', (code, phrase, document, section) => {
    const status = registered(code);
    expect(status.phrase).toBe(phrase);
    expect(status.spec.document).toContain(document);
    if (section) {
      expect(status.spec.section).toBe(section);
      expect(status.spec.url).toBe(`https://www.rfc-editor.org/rfc/${document.replace('RFC ', 'rfc')}#section-${section}`);
    }
  });

  it('records the registration status truthfully', () => {
    expect(registered(104).status).toBe('temporary'); // draft-ietf-httpbis-resumable-upload, temporary registration
    expect(registered(306).status).toBe('unused'); // RFC 9110 §15.4.7
    expect(registered(418).status).toBe('unused'); // RFC 9110 §15.5.19
    expect(registered(305).status).toBe('deprecated'); // RFC 9110 §15.4.6
    expect(registered(510).status).toBe('obsoleted'); // RFC 2774, moved to Historic
    expect(registered(102).status).toBe('deprecated'); // RFC 2518, dropped by RFC 4918
    const others = registeredCodes.filter((code) => ![102, 104, 305, 306, 418, 510].includes(code));
    for (const code of others) expect(registered(code).status, `code ${code}`).toBe('standard');
  });

  it('keeps the older names libraries still print', () => {
    expect(registered(413).formerPhrases).toEqual(expect.arrayContaining(['Payload Too Large', 'Request Entity Too Large']));
    expect(registered(422).formerPhrases).toContain('Unprocessable Entity');
    expect(registered(416).formerPhrases).toContain('Requested Range Not Satisfiable');
    expect(registered(414).formerPhrases).toContain('Request-URI Too Long');
  });
});

describe('unofficial codes', () => {
  it.each(UNOFFICIAL)('%i is unofficial, never standard, with its vendor (%s)', (code, vendor) => {
    const status = registered(code);
    expect(registeredCodes).not.toContain(code);
    expect(status.status).toBe('unofficial');
    expect(status.vendor).toBeTruthy();
    if (vendor) expect(status.vendor).toContain(vendor);
    expect(status.spec.url).toMatch(/^https:\/\//);
  });
  it('no code outside the registry claims a registered status', () => {
    expect(codesWhere((s) => s.status !== 'unofficial')).toEqual([...registeredCodes].sort((a, b) => a - b));
  });
});

describe('caching facts', () => {
  it('heuristically cacheable: RFC 9110 §15.1 plus 451 (RFC 7725 §3)', () => {
    expect(codesWhere((s) => s.heuristicallyCacheable)).toEqual([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]);
  });
  it('must not be stored by caches: 428, 429, 431, 511 (RFC 6585 §3, §4, §5, §6)', () => {
    expect(codesWhere((s) => s.mustNotBeStored)).toEqual([428, 429, 431, 511]);
  });
});

describe('content', () => {
  it('registered codes that never carry content: 1xx (RFC 9110 §15.2), 204 (§15.3.5), 205 (§15.3.6), 304 (§15.4.5)', () => {
    expect(codesWhere((s) => s.status !== 'unofficial' && !s.contentAllowed)).toEqual([100, 101, 102, 103, 104, 204, 205, 304]);
  });
});

describe('required header fields', () => {
  const level = (code: number, field: string) =>
    registered(code).headers.find((header) => header.name.toLowerCase() === field.toLowerCase())?.requirement;

  it.each<[number, string, string]>([
    [101, 'Upgrade', 'MUST'], // RFC 9110 §15.2.2
    [426, 'Upgrade', 'MUST'], // §15.5.22
    [401, 'WWW-Authenticate', 'MUST'], // §15.5.2
    [405, 'Allow', 'MUST'], // §15.5.6
    [407, 'Proxy-Authenticate', 'MUST'], // §15.5.8
    [206, 'Content-Range', 'MUST'], // §15.3.7.1, single part
    [301, 'Location', 'SHOULD'], // §15.4.2
    [302, 'Location', 'SHOULD'], // §15.4.3
    [307, 'Location', 'SHOULD'], // §15.4.8
    [308, 'Location', 'SHOULD'], // §15.4.9
    [416, 'Content-Range', 'SHOULD'], // §15.5.17
    [503, 'Retry-After', 'MAY'], // §15.6.4
    [304, 'ETag', 'MUST'], // §15.4.5, when the 200 would carry it
    [304, 'Cache-Control', 'MUST'],
    [304, 'Expires', 'MUST'],
    [304, 'Vary', 'MUST'],
    [304, 'Content-Location', 'MUST'],
    [304, 'Date', 'MUST'],
  ])('%i: %s is %s', (code, field, requirement) => {
    expect(level(code, field)).toBe(requirement);
  });

  it('303 names the Location its definition depends on (§15.4.4)', () => {
    expect(level(303, 'Location')).toBeDefined();
  });

  it('every header requirement cites a section of an RFC and links it', () => {
    for (const status of statusCodes) {
      for (const header of status.headers) {
        expect(header.url, `${status.code} ${header.name}`).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-[\d.]+$/);
      }
    }
  });
});

/**
 * Review findings of issue 13, checked through the API. Every expected value
 * is copied from the source named beside it (RFC text, the IANA registry, the
 * vendor's documentation), never read back from the dataset.
 */
import { describe, expect, it } from 'vitest';
import { retryAdviceProblem } from '../data/schema.ts';
import { createApp } from './app.ts';

const app = createApp();
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies are checked field by field below.
async function json(path: string): Promise<any> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.json();
}
const code = (n: number) => json(`/api/v1/codes/${n}`);
const comparison = (slug: string) => json(`/api/v1/comparisons/${slug}`);
const cell = async (slug: string, aspect: string, side: 0 | 1) =>
  // biome-ignore lint/suspicious/noExplicitAny: an aspect row of the comparison resource.
  ((await comparison(slug)).aspects as any[]).find((row) => row.aspect === aspect).cells[side] as string;

describe('retry: the rule states what the RFC says, and the advice agrees with it', () => {
  it.each<[number, string, boolean, string]>([
    // RFC 9110 §15.6.4: "The server MAY send a Retry-After header field ... to suggest an appropriate amount of time".
    [503, 'after-retry-after', true, 'RFC 9110 §15.6.4'],
    // RFC 6585 §4: "The response representations SHOULD include ... MAY include a Retry-After header".
    [429, 'after-retry-after', true, 'RFC 6585 §4'],
    // RFC 9110 §15.5.9: "If the client has an outstanding request in transit, it MAY repeat that request."
    [408, 'once-automatically', false, 'RFC 9110 §15.5.9'],
    // RFC 8470 §5.2: "A user agent that receives a 425 (Too Early) response SHOULD retry automatically".
    [425, 'once-automatically', false, 'RFC 8470 §5.2'],
    // RFC 9110 §15.5.20: "The client MAY retry the request over a different connection."
    [421, 'once-automatically', false, 'RFC 9110 §15.5.20'],
    // RFC 9110 §10.1.1: a client that gets 417 to a 100-continue request "SHOULD repeat that request without" it.
    [417, 'once-automatically', false, 'RFC 9110 §10.1.1'],
    // RFC 9110 §15.5.12: the client MAY repeat the request only "if it adds a valid Content-Length".
    [411, 'never-unchanged', false, 'RFC 9110 §15.5.12'],
    // RFC 9110 §15.5.11: the condition "is expected to be considered permanent".
    [410, 'never-unchanged', false, 'RFC 9110 §15.5.11'],
    // RFC 4918 §11.5: the request "MUST NOT be repeated until it is requested by a separate user action".
    [507, 'never-unchanged', false, 'RFC 4918 §11.5'],
    // RFC 9110 §15.5.14: "If the condition is temporary, the server SHOULD generate a Retry-After header field".
    [413, 'never-unchanged', true, 'RFC 9110 §15.5.14'],
  ])('%i: rule %s, Retry-After %s (%s)', async (n, rule, retryAfter) => {
    const { retry } = await code(n);
    expect(retry.rule).toBe(rule);
    expect(retry.retryAfter).toBe(retryAfter);
  });

  it('502 and 504 follow the same rule, idempotent requests only (RFC 9110 §9.2.2), so their flags agree', async () => {
    const [badGateway, gatewayTimeout] = await Promise.all([code(502), code(504)]);
    expect(badGateway.retry.rule).toBe('idempotent-only');
    expect(gatewayTimeout.retry.rule).toBe('idempotent-only');
    expect(badGateway.retry.safe).toBe(gatewayTimeout.retry.safe);
  });

  it("the comparison row no longer answers 411 with 'Yes' before advice that says the request fails the same way", async () => {
    const text = await cell('411-vs-400', 'Safe to retry?', 0);
    expect(text).not.toMatch(/^Yes/);
    expect(text).toMatch(/^Not unchanged/);
  });

  it('rejects advice that contradicts its rule', () => {
    expect(retryAdviceProblem({ rule: 'never-unchanged', advice: 'Yes. Sending the same request again fails the same way.' })).toMatch(
      /starts with "Yes"/,
    );
    expect(retryAdviceProblem({ rule: 'idempotent-only', advice: 'No. Retry later with backoff.' })).toMatch(/starts with "No"/);
    expect(retryAdviceProblem({ rule: 'after-retry-after', retryAfter: false, advice: 'Wait for Retry-After.' })).toMatch(/Retry-After/);
    expect(retryAdviceProblem({ rule: 'idempotent-only', advice: 'Retry GET and PUT, which are idempotent.' })).toBeNull();
  });
});

describe('former phrases are registered ones; other names are "also known as"', () => {
  it.each<[number, string]>([
    // draft-cohen-http-305-306-responses-00 (expired); RFC 9110 §15.4.7 and the registry say "(Unused)".
    [306, 'Switch Proxy'],
    // RFC 2324 §2.3.2 (HTCPCP, not HTTP); RFC 9110 §15.5.19 reserves 418 as "(Unused)".
    [418, "I'm a teapot"],
    // WebDAV ordering drafts before RFC 3648; the registry gives 425 "Too Early" (RFC 8470).
    [425, 'Unordered Collection'],
  ])('%i: "%s" is an also-known-as name with a source, not a former phrase', async (n, phrase) => {
    const body = await code(n);
    expect(body.formerPhrases).not.toContain(phrase);
    expect(body.alsoKnownAs).toContainEqual(expect.objectContaining({ phrase, source: expect.stringMatching(/^https:\/\//) }));
  });

  it('keeps phrases an RFC once registered', async () => {
    // RFC 7231 §6.5.11 "Payload Too Large", RFC 2616 §10.4.14 "Request Entity Too Large", RFC 1945 §9.3 "Moved Temporarily".
    expect((await code(413)).formerPhrases).toEqual(expect.arrayContaining(['Payload Too Large', 'Request Entity Too Large']));
    expect((await code(302)).formerPhrases).toContain('Moved Temporarily');
  });

  it('an unregistered code has no former registered phrase', async () => {
    for (const n of [444, 494, 495, 496, 497, 520, 527]) expect((await code(n)).formerPhrases, String(n)).toEqual([]);
  });

  it('the OpenAPI document describes alsoKnownAs and the retry rule', async () => {
    const document = await json('/api/v1/openapi.json');
    const properties = document.components.schemas.StatusCode.properties;
    expect(properties.alsoKnownAs.type).toBe('array');
    expect(properties.retry.properties.rule.enum).toEqual(
      expect.arrayContaining(['never-unchanged', 'idempotent-only', 'after-retry-after']),
    );
  });
});

describe('caching of 302 and 307 (RFC 9111 §3 lists a public directive among what allows storing)', () => {
  it('301-vs-302 and 307-vs-308 name the public directive', async () => {
    expect(await cell('301-vs-302', 'Stored without Cache-Control or Expires', 1)).toContain('public');
    expect((await comparison('307-vs-308')).aspects.map((row: { cells: string[] }) => row.cells[0]).join(' ')).toContain('public');
  });

  it("304-vs-412's decision rule includes the 2xx an origin MAY send for a change already applied (RFC 9110 §13.1.1)", async () => {
    expect((await comparison('304-vs-412')).decisionRule).toContain('2xx');
  });
});

describe('vendor facts checked against the vendors', () => {
  it('444-vs-499 names proxy_ignore_client_abort (nginx ngx_http_proxy_module), which decides whether 499 is logged', async () => {
    const text = JSON.stringify(await comparison('444-vs-499'));
    expect(text).toContain('proxy_ignore_client_abort');
    expect(text).not.toContain('no directive turns it on or off');
  });

  it("524-vs-504 gives Cloudflare's default Proxy Read Timeout, 120 seconds (Cloudflare docs, Error 524)", async () => {
    expect(JSON.stringify(await comparison('524-vs-504'))).toContain('120 seconds');
  });

  it('502-vs-504 keeps only the Cloudflare claim its 502/504 page makes: Early Hints cache misses logged as 504', async () => {
    const text = JSON.stringify(await comparison('502-vs-504'));
    expect(text).toContain('Early Hints');
    expect(text).not.toContain('cache.match');
  });

  it('499: Google maps CANCELLED to 499 (google/rpc/code.proto), so "never transmitted" is gone', async () => {
    const body = await code(499);
    expect(body.definition).not.toContain('never transmitted');
    expect(body.otherUses).toContainEqual(
      expect.objectContaining({
        vendor: 'Google APIs',
        source: 'https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto',
      }),
    );
  });

  it('444 no longer says no client ever receives it; 598 no longer says no vendor manual defines it', async () => {
    expect((await code(444)).summary).not.toContain('no client ever receives');
    expect((await code(598)).definition).not.toContain('vendor manual');
  });

  it('440 is Exchange Outlook Web Access; 450 says Microsoft does not document the number', async () => {
    expect((await code(440)).vendor).toMatch(/Exchange.*Outlook Web Access/);
    expect((await code(450)).vendor).toContain('does not document');
  });

  it("530: Pantheon's 530 Site Frozen and ActiveSync's 451 Redirect, each with the vendor's page", async () => {
    expect((await code(530)).otherUses).toContainEqual(
      expect.objectContaining({ vendor: 'Pantheon', source: expect.stringContaining('docs.pantheon.io') }),
    );
    expect((await code(451)).otherUses).toContainEqual(
      expect.objectContaining({ vendor: 'Microsoft Exchange ActiveSync', source: expect.stringContaining('ms-ashttp') }),
    );
  });

  it("598 and 599: no Wikipedia citation; Alibaba Cloud EdgeRoutine's use of each, with its documentation page", async () => {
    // help.aliyun.com/en/edge-security-acceleration/dcdn/user-guide/http-status-codes: "ER may return the 598 or 599 HTTP status code".
    for (const n of [598, 599]) {
      const status = await code(n);
      expect(status.spec.url, `${n}`).not.toContain('wikipedia.org');
      expect(status.otherUses, `${n}`).toContainEqual(
        expect.objectContaining({
          vendor: expect.stringContaining('Alibaba Cloud EdgeRoutine'),
          source: 'https://help.aliyun.com/en/edge-security-acceleration/dcdn/user-guide/http-status-codes',
        }),
      );
    }
  });

  it("508: CloudLinux's entry-processes 508, sourced to CloudLinux's own documentation", async () => {
    // docs.cloudlinux.com, LVEErrorCode: "Default 508", message "Resource Limit Is Reached."
    expect((await code(508)).otherUses).toContainEqual(
      expect.objectContaining({
        vendor: expect.stringContaining('CloudLinux'),
        meaning: expect.stringContaining('Resource Limit Is Reached.'),
        source: expect.stringMatching(/^https:\/\/docs\.cloudlinux\.com\//),
      }),
    );
  });

  it('530 carries the label Cloudflare documents ("Error 530"), not a name Cloudflare never gave it', async () => {
    // developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/: title "Error 530".
    const status = await code(530);
    expect(status.phrase).toBe('Error 530');
    expect(JSON.stringify(status)).not.toContain('Unable to Resolve Origin Hostname');
  });

  it('every other use of a number carries the URL of its source', async () => {
    const { codes } = await json('/api/v1/codes');
    for (const status of codes)
      for (const use of status.otherUses ?? []) expect(use.source, `${status.code} ${use.vendor}`).toMatch(/^https:\/\//);
  });
});

describe('sentences say something about their own code', () => {
  const proseFields = ['summary', 'definition', 'whenToUse', 'clientBehavior', 'cachingBehavior', 'seoImpact', 'apiImpact'] as const;
  // biome-ignore lint/suspicious/noExplicitAny: a code resource as served.
  function sentencesOf(status: any): string[] {
    const texts: string[] = [
      ...proseFields.map((field) => status[field] as string),
      status.retry.advice,
      ...status.scenarios,
      ...status.mistakes,
      ...(status.otherUses ?? []).map((use: { meaning: string }) => use.meaning),
    ];
    return texts
      .flatMap((text) => text.split(/(?<=[.!?])\s+(?=[A-Z"(])/))
      .map((sentence) => sentence.trim().toLowerCase())
      .filter((sentence) => sentence.length >= 20);
  }

  it('no sentence of a code entry appears in a second entry', async () => {
    const { codes } = await json('/api/v1/codes');
    const seen = new Map<string, number>();
    const repeated: string[] = [];
    for (const status of codes) {
      for (const sentence of new Set(sentencesOf(status))) {
        const first = seen.get(sentence);
        if (first !== undefined && first !== status.code) repeated.push(`${first} and ${status.code}: ${sentence}`);
        else seen.set(sentence, status.code);
      }
    }
    expect(repeated).toEqual([]);
  });

  it('class-wide rules are rendered from the data, not repeated in prose', async () => {
    const { codes } = await json('/api/v1/codes');
    // The RFC 9110 §15 x00 rule, Google's 4xx/5xx rule and the heuristic-cacheability flag are facts of the data.
    const classWide = [
      /like any (other )?[45]xx/i,
      /any 4xx other than 429/,
      /treats? (it|the unrecognized code|a received \d{3}) as [45]00/,
      /Only Cloudflare generates it/,
      /^not heuristically cacheable \(rfc 9110 §15\.1\)\.$/,
      /HTTP libraries treat it as a client error/i,
    ];
    for (const status of codes)
      for (const sentence of sentencesOf(status))
        for (const pattern of classWide) expect(pattern.test(sentence), `${status.code}: ${sentence}`).toBe(false);
  });
});

describe('vendor codes people meet, each sourced to the vendor (issue 12 item 5)', () => {
  it.each<[number, string, string]>([
    // Claude API errors page: "529 - overloaded_error: The API is temporarily overloaded."
    [529, 'Anthropic API', 'https://docs.claude.com/en/api/errors'],
    // AWS, Troubleshoot your Application Load Balancers: "HTTP 464".
    [
      464,
      'AWS Elastic Load Balancing',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues',
    ],
    // Esri ArcGIS REST JS: ArcGISAuthError for error codes 498 and 499.
    [498, 'Esri ArcGIS', 'https://developers.arcgis.com/arcgis-rest-js/error-handling/'],
    // Shopify API response status and error codes: "430 Shopify Security Rejection".
    [430, 'Shopify', 'https://shopify.dev/docs/api/usage/response-codes'],
  ])('%i is documented by %s', async (n, vendor, url) => {
    const body = await code(n);
    expect(body).toMatchObject({ code: n, status: 'unofficial', vendor, class: `${String(n)[0]}xx`, formerPhrases: [] });
    expect(body.spec.url).toBe(url);
    expect(body.links.guide).toMatch(new RegExp(`^/guides/${n}-`));
  });

  it('529: Qualys SSL Labs used it first ("529 - the service is overloaded", ssllabs-api-docs-v3.md)', async () => {
    expect((await code(529)).otherUses).toContainEqual(
      expect.objectContaining({
        vendor: 'Qualys SSL Labs API',
        source: 'https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md',
      }),
    );
  });

  it('429 and 529 differ: 529 is refused before any work, so repeating it cannot duplicate work', async () => {
    expect((await code(529)).retry).toMatchObject({ rule: 'after-delay', backoff: true, safe: true });
  });
});

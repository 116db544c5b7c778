/**
 * "Send it" and "handle it" snippets of a code, one template per ecosystem,
 * filled with the verified constants of the dataset (`StatusCode.constants`).
 * Where a library has no constant the snippet uses the number and says so.
 * Each template's API was checked against the library's own documentation:
 * Express `res.status()`, aiohttp `web.Response(status=)`, Go
 * `ResponseWriter.WriteHeader`, Spring `ResponseEntity.status()` and
 * `RestClient` `onStatus`, ASP.NET Core `Results.StatusCode()`, Rack's
 * `[status, headers, body]` with `Rack::Utils::SYMBOL_TO_STATUS_CODE`, Symfony
 * `new Response($content, $status)` and HttpClient `getStatusCode()`.
 */
import type { StatusCode } from '../data/dataset.ts';
import type { Ecosystem } from '../data/vocabulary.ts';

/** The ecosystems with snippets, and the dataset ecosystem whose constant each uses. */
export const snippetEcosystems = [
  { id: 'node', label: 'Node.js (Express, fetch)', constants: 'npm', library: 'http-status-codes', comment: '//' },
  { id: 'python', label: 'Python (aiohttp, requests)', constants: 'python', library: 'http.HTTPStatus', comment: '#' },
  { id: 'go', label: 'Go (net/http)', constants: 'go', library: 'net/http', comment: '//' },
  { id: 'spring', label: 'Java (Spring)', constants: 'spring', library: 'HttpStatus', comment: '//' },
  { id: 'dotnet', label: '.NET (ASP.NET Core, HttpClient)', constants: 'dotnet', library: 'System.Net.HttpStatusCode', comment: '//' },
  { id: 'rack', label: 'Ruby (Rack, Net::HTTP)', constants: 'rack', library: 'Rack::Utils::SYMBOL_TO_STATUS_CODE', comment: '#' },
  { id: 'symfony', label: 'PHP (Symfony)', constants: 'symfony', library: 'Response', comment: '//' },
] as const satisfies ReadonlyArray<{ id: string; label: string; constants: Ecosystem; library: string; comment: string }>;

type SnippetEcosystem = (typeof snippetEcosystems)[number];

/** The snippets of one ecosystem for one code. */
export interface Snippet {
  id: SnippetEcosystem['id'];
  label: string;
  /** How a server returns the code. */
  send: string;
  /** How a client sees it. */
  handle: string;
  /** False when the library has no constant and the snippet uses the number. */
  hasConstant: boolean;
}

/** Snippets of a code, or the reason it has none (1xx, unused, deprecated and vendor codes). */
export type CodeSnippets = { snippets: Snippet[]; curl: string } | { reason: string; curl: string | null };

/** Codes a client follows by default when the response carries Location (RFC 9110 §15.4). */
const FOLLOWED = new Set([301, 302, 303, 307, 308]);

/** The RFC's header fields for this code, as a comment line, or nothing. */
function headerNote(status: StatusCode, comment: string): string[] {
  if (status.headers.length === 0) return [];
  const fields = status.headers.map((header) => `${header.name} (${header.requirement})`).join(', ');
  return [`${comment} Header fields ${status.code} calls for: ${fields}`];
}

interface Names {
  /** The constant, or the number. */
  value: string;
  /** A comment line saying the library lacks a constant, or nothing. */
  missing: string[];
}

function names(status: StatusCode, ecosystem: SnippetEcosystem): Names {
  const constant = status.constants[ecosystem.constants];
  if (constant) return { value: constant, missing: [] };
  return {
    value: String(status.code),
    missing: [`${ecosystem.comment} ${ecosystem.library} has no constant for ${status.code}, so the number is used`],
  };
}

/** A template: the code, its constant or number, whether content is allowed, whether clients follow it. */
type Template = (status: StatusCode, n: Names, body: boolean, followed: boolean) => { send: string[]; handle: string[] };

const templates: Record<SnippetEcosystem['id'], Template> = {
  node: (status, n, body, followed) => ({
    send: [
      ...(n.missing.length ? [] : ["import { StatusCodes } from 'http-status-codes';"]),
      ...n.missing,
      '',
      '// Express',
      followed
        ? `res.redirect(${n.value}, '/new-location');`
        : body
          ? `res.status(${n.value}).send('${status.phrase}');`
          : `res.status(${n.value}).end();`,
      '',
      '// node:http',
      `res.statusCode = ${n.value};`,
      'res.end();',
    ],
    handle: [
      ...(n.missing.length ? [] : ["import { StatusCodes } from 'http-status-codes';", '']),
      followed
        ? "const res = await fetch(url, { redirect: 'manual' }); // Node's fetch follows redirects unless told not to"
        : 'const res = await fetch(url);',
      `if (res.status === ${n.value}) {`,
      '  // …',
      '}',
    ],
  }),
  python: (status, n, body, followed) => {
    const value = n.value.replace(/^http\./, '');
    return {
      send: [
        ...(n.missing.length ? [] : ['from http import HTTPStatus']),
        'from aiohttp import web',
        ...n.missing,
        '',
        'async def handler(request):',
        body ? `    return web.Response(status=${value}, text='${status.phrase}')` : `    return web.Response(status=${value})`,
      ],
      handle: [
        ...(n.missing.length ? [] : ['from http import HTTPStatus']),
        'import requests',
        '',
        followed ? 'r = requests.get(url, allow_redirects=False)  # requests follows redirects by default' : 'r = requests.get(url)',
        `if r.status_code == ${value}:`,
        '    ...',
      ],
    };
  },
  go: (status, n, body, followed) => ({
    send: [
      ...n.missing,
      'func handler(w http.ResponseWriter, r *http.Request) {',
      `\tw.WriteHeader(${n.value})`,
      ...(body ? [`\tfmt.Fprintln(w, "${status.phrase}")`] : []),
      '}',
    ],
    handle: [
      ...(followed
        ? [
            '// http.Client follows redirects; ErrUseLastResponse hands back the 3xx itself',
            'client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}',
            'resp, err := client.Get(url)',
          ]
        : ['resp, err := http.Get(url)']),
      'if err != nil {',
      '\treturn err',
      '}',
      'defer resp.Body.Close()',
      `if resp.StatusCode == ${n.value} {`,
      '\t// …',
      '}',
    ],
  }),
  spring: (status, n, body) => {
    const typed = n.missing.length ? `HttpStatusCode.valueOf(${n.value})` : n.value;
    return {
      send: [
        ...n.missing,
        '@GetMapping("/example")',
        'ResponseEntity<String> example() {',
        body
          ? `    return ResponseEntity.status(${n.value}).body("${status.phrase}");`
          : `    return ResponseEntity.status(${n.value}).build();`,
        '}',
      ],
      handle: [
        'ResponseEntity<Void> response = restClient.get().uri(url)',
        '    .retrieve()',
        '    .onStatus(status -> true, (request, res) -> {}) // no exception for 4xx and 5xx',
        '    .toBodilessEntity();',
        `if (response.getStatusCode().isSameCodeAs(${typed})) {`,
        '    // …',
        '}',
      ],
    };
  },
  dotnet: (_status, n, _body, followed) => {
    const number = n.missing.length ? n.value : `(int)${n.value}`;
    const typed = n.missing.length ? `(HttpStatusCode)${n.value}` : n.value;
    return {
      send: [...n.missing, '// ASP.NET Core minimal API', `app.MapGet("/example", () => Results.StatusCode(${number}));`],
      handle: [
        followed ? 'var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });' : 'var client = new HttpClient();',
        'var response = await client.GetAsync(url);',
        `if (response.StatusCode == ${typed})`,
        '{',
        '    // …',
        '}',
      ],
    };
  },
  rack: (status, n, body) => {
    const number = n.missing.length ? n.value : `Rack::Utils::SYMBOL_TO_STATUS_CODE[${n.value}]`;
    return {
      send: [
        ...n.missing,
        '# Rack',
        body ? `[${number}, { 'content-type' => 'text/plain' }, ['${status.phrase}']]` : `[${number}, {}, []]`,
        ...(n.missing.length ? [] : ['', '# Rails', `head ${n.value}`]),
      ],
      handle: [
        "require 'net/http'",
        '',
        'res = Net::HTTP.get_response(URI(url)) # Net::HTTP does not follow redirects',
        `if res.code.to_i == ${number}`,
        '  # …',
        'end',
      ],
    };
  },
  symfony: (status, n, body, followed) => ({
    send: [
      'use Symfony\\Component\\HttpFoundation\\Response;',
      ...n.missing,
      '',
      body ? `return new Response('${status.phrase}', ${n.value});` : `return new Response('', ${n.value});`,
    ],
    handle: [
      followed ? "$response = $client->request('GET', $url, ['max_redirects' => 0]);" : "$response = $client->request('GET', $url);",
      `if ($response->getStatusCode() === ${n.value}) { // getStatusCode() does not throw; getContent() would for 3xx-5xx`,
      '    // …',
      '}',
    ],
  }),
};

/** The curl line against the public test endpoint of `siteUrl`. */
export function curlLine(code: number, siteUrl: string): string {
  return `curl -i ${new URL(`/api/v1/respond/${code}`, siteUrl).href}`;
}

/** Why a code gets no send/handle snippets, or null when it gets them. */
function noSnippetReason(status: StatusCode): string | null {
  if (status.class === '1xx') {
    return `${status.code} is an interim response: the HTTP server sends it before the final one, and client libraries handle it without showing it to application code.`;
  }
  if (status.status === 'unofficial') {
    return `${status.code} is not a registered code: ${status.vendor} produces it, and application code has no reason to send it.`;
  }
  if (status.status !== 'standard') return `${status.code} is ${status.status} in the IANA registry: no application should send it.`;
  return null;
}

/** The snippets of `status`, with the curl line against the test endpoint of `siteUrl` (1xx excluded: never final). */
export function codeSnippets(status: StatusCode, siteUrl: string): CodeSnippets {
  const curl = status.class === '1xx' ? null : curlLine(status.code, siteUrl);
  const reason = noSnippetReason(status);
  if (reason) return { reason, curl };
  const followed = FOLLOWED.has(status.code);
  const snippets = snippetEcosystems.map((ecosystem) => {
    const n = names(status, ecosystem);
    const { send, handle } = templates[ecosystem.id](status, n, status.contentAllowed, followed);
    return {
      id: ecosystem.id,
      label: ecosystem.label,
      send: [...headerNote(status, ecosystem.comment), ...send].join('\n'),
      handle: handle.join('\n'),
      hasConstant: n.missing.length === 0,
    };
  });
  return { snippets, curl: curl! };
}

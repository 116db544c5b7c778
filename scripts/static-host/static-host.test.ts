/**
 * Header parity, live server vs static hosts: for every URL a static host
 * serves from dist/ (every file, every folder URL, every rewrite and redirect
 * of `_redirects`), the fields `_headers` attaches on Netlify and on
 * Cloudflare (read by the interpreter in api/testing/static-host.ts) equal
 * the policy fields the live server sends for that URL.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuildInfo } from '../../api/static-site.ts';
import { eachConcurrently } from '../../api/testing/each-concurrently.ts';
import { policyFields } from '../../api/testing/policy-fields.ts';
import { startServer, type RunningServer } from '../../api/testing/spawn-server.ts';
import { HOSTS, readStaticHost } from '../../api/testing/static-host.ts';
import { distDir } from '../../site/tests/built-site.ts';
import { builtPaths, staticTarget } from './static-target.ts';

const target = staticTarget(distDir, readBuildInfo(distDir));
const host = readStaticHost(distDir, new Set(builtPaths(distDir)));
let live: RunningServer;

beforeAll(async () => {
  live = await startServer();
});
afterAll(async () => {
  await live?.stop();
});

const get = (path: string) => fetch(`${live.origin}${path}`, { redirect: 'manual', headers: { 'Accept-Encoding': 'identity' } });

/** URL families, each with a test of its own so a failure names the family. */
const families: Array<[string, (path: string) => boolean]> = [
  ['HTML page', (path) => path.endsWith('/') || path.endsWith('.html')],
  ['hashed asset (/_astro/)', (path) => path.startsWith('/_astro/')],
  ['Pagefind hashed chunk', (path) => /^\/pagefind\/(index|fragment|filter)\/|\.pf_meta$/.test(path)],
  ['Pagefind fixed-name file', (path) => path.startsWith('/pagefind/') && !/^\/pagefind\/(index|fragment|filter)\/|\.pf_meta$/.test(path)],
  ['API resource (.json file)', (path) => path.startsWith('/api/v1') && path.endsWith('.json')],
  ['API resource (extension-less URL)', (path) => path.startsWith('/api/v1') && !path.endsWith('.json')],
  [
    'other static file',
    (path) =>
      !path.startsWith('/api/v1') &&
      !path.startsWith('/pagefind/') &&
      !path.startsWith('/_astro/') &&
      !path.endsWith('/') &&
      !path.endsWith('.html'),
  ],
];
const served = [...target.paths.keys()];

describe.each(families)('%s', (_family, belongs) => {
  const paths = served.filter(belongs);

  it('is served by both hosts the same way, with the fields and bytes the live server sends', async () => {
    expect(paths.length).toBeGreaterThan(0);
    await eachConcurrently(paths, 4, async (path) => {
      const response = await get(path);
      const body = Buffer.from(await response.arrayBuffer());
      expect(response.status, path).toBe(200);
      for (const name of HOSTS) {
        const answer = host.get(name, path);
        expect(answer.status, `${name} ${path}`).toBe(200);
        expect(policyFields(answer.headers), `${name} ${path}`).toEqual(policyFields(response.headers));
        expect(readFileSync(`${distDir}${answer.file!.slice(1)}`).equals(body), `${name} ${path}: bytes`).toBe(true);
      }
    });
  }, 120_000);
});

describe('redirects', () => {
  const redirects = target.redirects.filter((rule) => rule.status !== 200);
  it('every redirect of _redirects is the live server\u2019s, with status and Location', async () => {
    expect(redirects.length).toBeGreaterThan(0);
    for (const rule of redirects) {
      const response = await get(rule.from);
      expect(response.status, rule.from).toBe(rule.status);
      expect(response.headers.get('location'), rule.from).toBe(rule.to);
      for (const name of HOSTS)
        expect(host.get(name, rule.from), `${name} ${rule.from}`).toEqual({ status: 308, headers: { location: rule.to } });
    }
  }, 120_000);
});

describe('a path that names no file', () => {
  /**
   * A host answers with its 404 page and the fields of the rules that match
   * the path; `_headers` cannot address "no file" without also matching files,
   * so only the site-wide field (nosniff) is the live server's; Cache-Control,
   * the CSP of the 404 page and the problem documents of the API are not
   * (DEVELOPERS.md, "Deployment"). nginx does all of it (nginx.test.ts).
   */
  it.each(['/no-such-page/', '/codes/999/', '/api/v1/codes/999'])('%s: 404 on both, nosniff on both', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    for (const name of HOSTS) {
      const answer = host.get(name, path);
      expect(answer.status).toBe(404);
      expect(answer.headers['x-content-type-options']).toBe(response.headers.get('x-content-type-options'));
    }
  });
});

describe('the generated files', () => {
  it('attach no field twice to one path, so Netlify (later rule wins) and Cloudflare (values joined) agree', () => {
    for (const path of [...served, '/no-such-page/', '/api/v1/x']) {
      expect(host.fieldsFor('netlify', path), path).toEqual(host.fieldsFor('cloudflare', path));
    }
  });
});

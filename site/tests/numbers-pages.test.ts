/**
 * The built pages for numbers that are not codes of the dataset: status 0
 * and 000 (marked as not status codes, citing the Fetch Standard and curl),
 * one page per unassigned number, and the symptoms on reference pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, pageExists, readPage } from './built-site.ts';

const text = (url: string) => readPage(url).querySelector('main')!.textContent.replace(/\s+/g, ' ');
const links = (url: string) =>
  readPage(url)
    .querySelectorAll('main a[href]')
    .map((a) => a.getAttribute('href')!);

describe('status 0 and 000', () => {
  it.each([
    ['/codes/0/', 'https://fetch.spec.whatwg.org/#concept-network-error'],
    ['/codes/000/', 'https://curl.se/libcurl/c/CURLINFO_RESPONSE_CODE.html'],
  ])('%s says it is not an HTTP status code and cites %s', (url, source) => {
    const page = readPage(url);
    expect(page.querySelector('h1')!.textContent).toMatch(/is not an HTTP status code/);
    expect(page.querySelector('title')!.textContent).toMatch(/not a status code/);
    expect(text(url)).toContain('every valid status code is within the range of 100 to 599, inclusive');
    expect(links(url)).toContain(source);
    expect(links(url)).toContain('https://www.rfc-editor.org/rfc/rfc9110#section-15');
  });

  it('status 0 names what produces it and where to look, with the console messages people see', () => {
    const body = text('/codes/0/');
    for (const cause of [
      'CORS check failed',
      'Mixed content',
      'Blocked by an extension or ad blocker',
      'Aborted or timed out',
      'DNS, connection or TLS failure',
      'opaque response',
    ]) {
      expect(body).toContain(cause);
    }
    for (const where of ['Browser console', 'Network panel', 'curl -v', 'access logs']) expect(body).toContain(where);
    expect(body).toContain('has been blocked by CORS policy');
  });

  it('000 names curl\u2019s exit codes and messages', () => {
    const body = text('/codes/000/');
    for (const message of ['Could not resolve host', 'Failed to connect to', 'Operation timed out after', 'Empty reply from server']) {
      expect(body).toContain(message);
    }
  });

  it('both are in the sitemap', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toMatch(/\/codes\/0\/<\/loc>/);
    expect(sitemap).toMatch(/\/codes\/000\/<\/loc>/);
  });
});

describe('unassigned numbers', () => {
  it('every number from 100 to 599 has a page; 600 and 099 have none', () => {
    for (let code = 100; code <= 599; code++) expect(pageExists(`/codes/${code}/`), `${code}`).toBe(true);
    for (const url of ['/codes/600/', '/codes/099/', '/codes/1000/']) expect(pageExists(url), url).toBe(false);
  });

  it('/codes/471/ gives the class, the range and the x00 a client treats it as (RFC 9110 §15)', () => {
    const body = text('/codes/471/');
    expect(body).toContain('452\u2013499');
    expect(body).toContain('MUST treat it as 400 Bad Request');
    expect(links('/codes/471/')).toContain('/codes/400/');
    expect(links('/codes/471/')).toContain('/api/v1/codes/471.json');
  });
});

describe('symptoms on reference pages', () => {
  it.each([
    ['/codes/413/', 'client_max_body_size'],
    ['/codes/504/', 'proxy_read_timeout'],
    ['/codes/419/', 'TokenMismatchException'],
  ])('%s lists "%s" under "You may have seen"', (url, symptom) => {
    const section = readPage(url).querySelector('section.symptoms')!;
    expect(section.querySelector('h2')!.textContent).toBe('You may have seen');
    expect(section.querySelectorAll('code').map((code) => code.textContent)).toContain(symptom);
  });

  it('a code without symptoms has no empty section', () => {
    expect(readPage('/codes/226/').querySelector('section.symptoms')).toBeNull();
  });
});

/**
 * Facts of issue 13 as readers see them on the built pages. Expected values
 * come from the sources named beside them, not from the dataset.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from './built-site.ts';

const factsOf = (url: string) =>
  new Map(
    readPage(url)
      .querySelectorAll('dl.facts > div')
      .map((row) => [row.querySelector('dt')!.textContent.trim(), row.querySelector('dd')!.textContent.replace(/\s+/g, ' ').trim()]),
  );

describe('reference pages', () => {
  it('418 shows "I\'m a teapot" as a name never registered (RFC 2324 §2.3.2; RFC 9110 §15.5.19 says "(Unused)")', () => {
    const facts = factsOf('/codes/418/');
    expect(facts.get('Also known as (never registered)')).toContain("I'm a teapot");
    expect(facts.has('Former registered names')).toBe(false);
  });

  it('413 lists the phrases RFC 7231 and RFC 2616 registered as former names', () => {
    expect(factsOf('/codes/413/').get('Former registered names')).toBe('Payload Too Large, Request Entity Too Large');
  });

  it('411 says the unchanged request is not repeated (RFC 9110 §15.5.12: repeat only after adding Content-Length)', () => {
    expect(factsOf('/codes/411/').get('Retrying')).toMatch(/^Not unchanged/);
  });

  it('503 says Retry-After applies (RFC 9110 §15.6.4)', () => {
    expect(factsOf('/codes/503/').get('Retrying')).toContain('Retry-After');
  });

  it('an unregistered code states the RFC 9110 §15 rule: 520 is handled as 500', () => {
    expect(factsOf('/codes/520/').get('To a client that does not know it')).toMatch(/^The same as 500/);
    expect(factsOf('/codes/404/').has('To a client that does not know it')).toBe(false);
  });

  it("530 lists Pantheon's 530 Site Frozen with a link to Pantheon's documentation", () => {
    const uses = readPage('/codes/530/').querySelector('ul.other-uses')!;
    expect(uses.textContent).toContain('Pantheon');
    expect(uses.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
      'https://docs.pantheon.io/guides/platform-considerations/platform-site-info#inactive-site-freezing',
    );
  });

  it("the 504 guide gives Cloudflare's 120-second default (Cloudflare docs, Error 524)", () => {
    const text = readPage('/guides/504-gateway-timeout/').textContent;
    expect(text).toContain('after 120 seconds behind Cloudflare');
    expect(text).not.toContain('after 100 seconds behind Cloudflare');
  });

  it('the 302 and 307 guides name the public directive among what lets a cache store them (RFC 9111 §3)', () => {
    expect(readPage('/guides/302-found/').textContent).toContain('`public`'.replaceAll('`', ''));
    expect(readPage('/guides/307-temporary-redirect/').textContent).toMatch(/a\s+public\s+directive/);
  });
});

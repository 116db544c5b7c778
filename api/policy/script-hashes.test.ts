import { describe, expect, it } from 'vitest';
import { hashSource, inlineScriptHashes, siteScriptHashes } from './script-hashes.ts';

// The example of CSP Level 3 §2.3.1 (hash-source): alert('Hello, world.'); hashes to this value.
const SPEC_EXAMPLE = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";

describe('inline script hashes (CSP hash-source)', () => {
  it('hashes the script text as the CSP specification does', () => {
    expect(hashSource("alert('Hello, world.');")).toBe(SPEC_EXAMPLE);
  });

  it('hashes classic and module scripts, not external scripts or data blocks', () => {
    const html = [
      "<script>alert('Hello, world.');</script>",
      '<script type="module">x()</script>',
      '<script type="text/javascript">y()</script>',
      '<script src="/a.js"></script>',
      '<script type="module" src="/b.js"></script>',
      '<script type="application/ld+json">{"@type":"Thing"}</script>',
    ].join('\n');
    expect(inlineScriptHashes(html)).toEqual([SPEC_EXAMPLE, hashSource('x()'), hashSource('y()')]);
  });

  it('keeps whitespace: the hash covers the exact text between the tags', () => {
    expect(inlineScriptHashes("<script>\n  alert('Hello, world.');\n</script>")).not.toEqual([SPEC_EXAMPLE]);
  });

  it('lists each script once across pages, in a stable order', () => {
    const page = "<script>alert('Hello, world.');</script><script>x()</script>";
    expect(siteScriptHashes([page, page])).toEqual([SPEC_EXAMPLE, hashSource('x()')].sort());
  });
});

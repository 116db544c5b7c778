import { describe, expect, it } from 'vitest';
import { findCode } from '../data/dataset.ts';
import { codeSnippets, snippetEcosystems, type Snippet } from './code-snippets.ts';

const SITE = 'https://status.example';
function snippets(code: number): Record<string, Snippet> {
  const result = codeSnippets(findCode(code)!, SITE);
  if (!('snippets' in result)) throw new Error(`${code} has no snippets: ${result.reason}`);
  return Object.fromEntries(result.snippets.map((snippet) => [snippet.id, snippet]));
}

describe('send-it and handle-it snippets (site/code-snippets.ts)', () => {
  it('covers the seven ecosystems the issue names', () => {
    expect(snippetEcosystems.map((ecosystem) => ecosystem.id)).toEqual(['node', 'python', 'go', 'spring', 'dotnet', 'rack', 'symfony']);
    expect(Object.keys(snippets(404))).toHaveLength(7);
  });

  // Expected lines follow each library's documented API for returning and reading a status.
  it('returns 404 with each library’s own call and constant', () => {
    const s = snippets(404);
    expect(s.node!.send).toContain("res.status(StatusCodes.NOT_FOUND).send('Not Found');");
    expect(s.node!.send).toContain('res.statusCode = StatusCodes.NOT_FOUND;');
    expect(s.python!.send).toContain("return web.Response(status=HTTPStatus.NOT_FOUND, text='Not Found')");
    expect(s.go!.send).toContain('w.WriteHeader(http.StatusNotFound)');
    expect(s.spring!.send).toContain('return ResponseEntity.status(HttpStatus.NOT_FOUND).body("Not Found");');
    expect(s.dotnet!.send).toContain('Results.StatusCode((int)HttpStatusCode.NotFound)');
    expect(s.rack!.send).toContain("[Rack::Utils::SYMBOL_TO_STATUS_CODE[:not_found], { 'content-type' => 'text/plain' }, ['Not Found']]");
    expect(s.rack!.send).toContain('head :not_found');
    expect(s.symfony!.send).toContain("return new Response('Not Found', Response::HTTP_NOT_FOUND);");
  });

  it('reads 404 on the client side with the same constants', () => {
    const s = snippets(404);
    expect(s.node!.handle).toContain('if (res.status === StatusCodes.NOT_FOUND)');
    expect(s.python!.handle).toContain('if r.status_code == HTTPStatus.NOT_FOUND:');
    expect(s.go!.handle).toContain('if resp.StatusCode == http.StatusNotFound {');
    expect(s.spring!.handle).toContain('isSameCodeAs(HttpStatus.NOT_FOUND)');
    expect(s.dotnet!.handle).toContain('if (response.StatusCode == HttpStatusCode.NotFound)');
    expect(s.rack!.handle).toContain('if res.code.to_i == Rack::Utils::SYMBOL_TO_STATUS_CODE[:not_found]');
    expect(s.symfony!.handle).toContain('if ($response->getStatusCode() === Response::HTTP_NOT_FOUND)');
  });

  it('uses the number and says so where a library has no constant (http-status-codes has none for 425)', () => {
    const node = snippets(425).node!;
    expect(node.hasConstant).toBe(false);
    expect(node.send).toContain('http-status-codes has no constant for 425, so the number is used');
    expect(node.send).toContain("res.status(425).send('Too Early');");
    expect(node.send).not.toContain('StatusCodes.');
    expect(snippets(425).go!.hasConstant).toBe(true);
  });

  it('sends no content where the code allows none (204, 304)', () => {
    expect(snippets(204).node!.send).toContain('res.status(StatusCodes.NO_CONTENT).end();');
    expect(snippets(204).python!.send).toMatch(/web\.Response\(status=HTTPStatus\.NO_CONTENT\)$/m);
    expect(snippets(304).go!.send).not.toContain('Fprintln');
    expect(snippets(304).spring!.send).toContain('.build();');
  });

  it('turns redirect following off where the client would hide a 3xx', () => {
    const s = snippets(308);
    expect(s.node!.send).toContain("res.redirect(StatusCodes.PERMANENT_REDIRECT, '/new-location');");
    expect(s.node!.handle).toContain("redirect: 'manual'");
    expect(s.python!.handle).toContain('allow_redirects=False');
    expect(s.go!.handle).toContain('http.ErrUseLastResponse');
    expect(s.dotnet!.handle).toContain('AllowAutoRedirect = false');
    expect(s.symfony!.handle).toContain("'max_redirects' => 0");
    expect(snippets(404).python!.handle).not.toContain('allow_redirects');
  });

  it('names the header fields the code calls for (401: WWW-Authenticate, MUST, RFC 9110 §15.5.2)', () => {
    expect(snippets(401).go!.send).toMatch(/^\/\/ Header fields 401 calls for: WWW-Authenticate \(MUST\)/);
    expect(snippets(401).python!.send).toMatch(/^# Header fields 401 calls for: WWW-Authenticate \(MUST\)/);
  });

  it('gives a curl line against the test endpoint of the configured site', () => {
    expect(codeSnippets(findCode(404)!, SITE).curl).toBe('curl -i https://status.example/api/v1/respond/404');
  });

  it('has no snippets for codes an application does not send: 1xx (no curl either), vendor, unused', () => {
    const early = codeSnippets(findCode(103)!, SITE);
    expect('reason' in early && early.curl).toBe(null);
    const nginx = codeSnippets(findCode(444)!, SITE);
    expect('reason' in nginx && nginx.reason).toContain('nginx');
    expect(nginx.curl).toBe('curl -i https://status.example/api/v1/respond/444');
    expect('reason' in codeSnippets(findCode(306)!, SITE)).toBe(true);
  });
});

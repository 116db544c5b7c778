/**
 * A small interpreter of `_headers` and `_redirects` as Netlify and
 * Cloudflare read them, for tests: what a static host would answer for a
 * path of dist/. It reads the files the build wrote, never the policy.
 *
 * Rules it implements, from each vendor's own code and documentation:
 * - `_headers` (Cloudflare: workers-sdk asset-worker `utils/headers.ts` and
 *   `rules-engine.ts`, developers.cloudflare.com/pages/configuration/headers/;
 *   Netlify: netlify/build `headers-parser` `for_regexp.ts`, `line_parser.ts`
 *   and netlify-cli `headersForPath`): a line starting with `/` opens a rule,
 *   an indented `Name: value` line adds a field, `#` lines are comments.
 *   Cloudflare matches `^pattern$` with `*` as `.*` and `:name` as `[^/]+`,
 *   case-sensitively; every matching rule applies in file order, a field set
 *   by two rules is joined with ", ", and `! Name` detaches a field set
 *   earlier. Netlify matches `^/parts/?$` case-insensitively, a standalone
 *   `*` segment as `?(.*)` (so `/a/*` also matches `/a` and `/aX`), `*`
 *   inside a segment as `(.*)`; every matching rule applies in file order,
 *   a later rule's field replaces an earlier one, and lines without `:`
 *   (such as `! Name`) are ignored.
 * - `_redirects` (Cloudflare: …/pages/configuration/redirects/; Netlify:
 *   docs.netlify.com/routing/redirects/): `from to [status]` per line, the
 *   first matching rule applies; status 200 serves `to` at `from` (a
 *   rewrite), 3xx answers with Location. Cloudflare follows a rule even when a
 *   file exists at `from`; Netlify does not (shadowing) unless the status ends
 *   in `!`. Cloudflare applies no `_headers` field to a redirect.
 * - Files: `/x/` serves `/x/index.html`; a path that names no file gets the
 *   site's `/404.html` with status 404 and the fields of the rules that match
 *   the requested path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Host = 'netlify' | 'cloudflare';
export const HOSTS: readonly Host[] = ['netlify', 'cloudflare'];

interface HeaderRule {
  pattern: string;
  set: [string, string][];
  detach: string[];
}

interface RedirectLine {
  from: string;
  to: string;
  status: number;
  force: boolean;
}

/** What the host sends for one request: status, fields (lower-case names) and the file whose bytes it sends. */
export interface HostAnswer {
  status: number;
  headers: Record<string, string>;
  file?: string;
}

function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      rules.push({ pattern: line, set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: a field before any path: ${line}`);
    if (line.startsWith('!')) rule.detach.push(line.slice(1).trim());
    else {
      const colon = line.indexOf(':');
      if (colon <= 0) throw new Error(`_headers: not a field: ${line}`);
      rule.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function parseRedirects(text: string): RedirectLine[] {
  const rules: RedirectLine[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const [from, to, status = '302'] = line.split(/\s+/);
    if (!from || !to) throw new Error(`_redirects: needs a source and a destination: ${line}`);
    rules.push({ from, to, status: Number.parseInt(status, 10), force: status.endsWith('!') });
  }
  return rules;
}

/** Cloudflare's `escapeRegex`. */
const escapeCloudflare = (text: string) => text.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');
/** The npm package escape-string-regexp, which Netlify's parser uses (its `-` escape is valid with the `u` flag). */
const escapeNetlify = (text: string) => text.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&').replace(/-/g, '\\x2d');

/** Cloudflare's `generateRuleRegExp` (path rules). */
function cloudflarePattern(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map(escapeCloudflare)
    .join('(?<splat>.*)')
    .replace(/:([A-Za-z]\w*)/g, (_m, name: string) => `(?<${name}>[^/]+)`);
  return new RegExp(`^${source}$`);
}

/** Netlify's `getForRegExp`. */
function netlifyPattern(pattern: string): RegExp {
  const parts = pattern
    .split('/')
    .map((part) => part.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return '([^/]+)';
      if (part === '*') return '?(.*)';
      if (part.includes('*')) return part.replaceAll('*', '(.*)');
      return escapeNetlify(part);
    });
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

const matcher = (host: Host) => (host === 'cloudflare' ? cloudflarePattern : netlifyPattern);

/** A static host's reading of one build's dist/. */
export interface StaticHost {
  /** The fields `_headers` attaches to a response for `path`. */
  fieldsFor(host: Host, path: string): Record<string, string>;
  /** The host's answer to a GET of `path`. */
  get(host: Host, path: string): HostAnswer;
}

/** Reads `_headers` and `_redirects` of `distDir`; `files` are the URL paths of its files. */
export function readStaticHost(distDir: string, files: ReadonlySet<string>): StaticHost {
  const headerRules = parseHeaders(readFileSync(join(distDir, '_headers'), 'utf8'));
  const redirects = parseRedirects(readFileSync(join(distDir, '_redirects'), 'utf8'));
  const compiled = new Map<Host, RegExp[]>(HOSTS.map((host) => [host, headerRules.map((rule) => matcher(host)(rule.pattern))]));
  const redirectPatterns = new Map<Host, RegExp[]>(HOSTS.map((host) => [host, redirects.map((rule) => matcher(host)(rule.from))]));

  function fieldsFor(host: Host, path: string): Record<string, string> {
    const fields = new Map<string, string>();
    const setByRules = new Set<string>();
    headerRules.forEach((rule, index) => {
      if (!compiled.get(host)![index]!.test(path)) return;
      if (host === 'cloudflare') for (const name of rule.detach) fields.delete(name.toLowerCase());
      for (const [name, value] of rule.set) {
        const key = name.toLowerCase();
        const joined = host === 'cloudflare' && setByRules.has(key) && fields.has(key);
        fields.set(key, joined ? `${fields.get(key)}, ${value}` : value);
        setByRules.add(key);
      }
    });
    return Object.fromEntries(fields);
  }

  function fileAt(path: string): string | undefined {
    const file = path.endsWith('/') ? `${path}index.html` : path;
    return files.has(file) ? file : undefined;
  }

  function get(host: Host, path: string): HostAnswer {
    const index = redirectPatterns.get(host)!.findIndex((pattern) => pattern.test(path));
    const rule = index === -1 ? undefined : redirects[index]!;
    const shadowed = host === 'netlify' && rule !== undefined && !rule.force && fileAt(path) !== undefined;
    if (rule && !shadowed) {
      if (rule.status >= 300 && rule.status < 400) return { status: rule.status, headers: { location: rule.to } };
      const file = fileAt(rule.to);
      if (rule.status === 200 && file) return { status: 200, headers: fieldsFor(host, path), file };
    }
    const file = fileAt(path);
    if (file) return { status: 200, headers: fieldsFor(host, path), file };
    return { status: 404, headers: fieldsFor(host, path), file: '/404.html' };
  }

  return { fieldsFor, get };
}

/**
 * A small, faithful model of how a static host serves `dist/` with its
 * `_redirects` file, for tests (and the browser test's static server). Two
 * hosts' documented behaviours:
 * - `shadowing` (Netlify): a file at the requested path is served and the
 *   rules are not consulted ("shadowing"); otherwise the first matching rule,
 *   in file order, applies. A rule matches with or without a trailing slash.
 * - `rules-first` (Cloudflare Pages and Workers assets): rules apply
 *   "regardless of whether or not an asset matches"; static rules (no `*`
 *   or `:placeholder`) are looked up before dynamic ones, which apply in file
 *   order. A 200 rule rewrites the path and serves the asset found there.
 * Both: `*` captures the rest as `:splat`, `:name` one path segment; a path
 * naming a folder with an index.html is redirected to its slashed form; an
 * unknown path gets `/404.html` with status 404.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type HostMode = 'shadowing' | 'rules-first';

export interface Rule {
  from: string;
  to: string;
  status: number;
}

/** What the host answers: a file with its status, or a redirect. */
export type HostAnswer = { status: number; file: string } | { status: number; location: string };

/** Parses `_redirects`: one `from to [status]` rule a line, `#` comments, status 302 by default. */
export function parseRedirects(text: string): Rule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from, to, status] = line.split(/\s+/);
      return { from: from!, to: to!, status: status ? Number.parseInt(status, 10) : 302 };
    });
}

const isDynamic = (rule: Rule) => rule.from.includes('*') || rule.from.includes(':');

function matcher(rule: Rule, optionalSlash: boolean): RegExp {
  let source = rule.from
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '(?<splat>.*)')
    .replace(/:([A-Za-z]\w*)/g, '(?<$1>[^/]+)');
  if (optionalSlash) source = `${source.replace(/\/$/, '')}/?`;
  return new RegExp(`^${source}$`);
}

function destination(rule: Rule, groups: Record<string, string>): string {
  return Object.entries(groups).reduce((to, [name, value]) => to.replaceAll(`:${name}`, value), rule.to);
}

/** A host serving `root` with the rules of `root/_redirects`, as `mode` describes. */
export function createStaticHost(
  root: string,
  mode: HostMode,
  rules: Rule[] = parseRedirects(readFileSync(join(root, '_redirects'), 'utf8')),
) {
  // The host's file list, read once (a host knows its assets; it does not touch the disk per request).
  const files = new Set(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')}`),
  );
  const isFile = (path: string) => files.has(path);
  const ordered = (mode === 'rules-first' ? [...rules.filter((r) => !isDynamic(r)), ...rules.filter(isDynamic)] : rules).map((rule) => ({
    rule,
    pattern: matcher(rule, mode === 'shadowing'),
  }));

  /** The asset at `path`, a redirect to its slashed form, or nothing. */
  function asset(path: string): HostAnswer | undefined {
    if (path.endsWith('/') ? isFile(`${path}index.html`) : isFile(path)) {
      return { status: 200, file: join(root, path.endsWith('/') ? `${path}index.html` : path) };
    }
    if (!path.endsWith('/') && isFile(`${path}/index.html`)) return { status: 308, location: `${path}/` };
    return undefined;
  }

  function applyRules(path: string): HostAnswer | undefined {
    for (const { rule, pattern } of ordered) {
      const match = pattern.exec(path);
      if (!match) continue;
      const to = destination(rule, match.groups ?? {});
      if (rule.status === 200) return asset(to) ?? { status: 404, file: join(root, '404.html') };
      return { status: rule.status, location: to };
    }
    return undefined;
  }

  /** The host's answer to a GET of `path`. */
  return function answer(path: string): HostAnswer {
    const notFound = { status: 404, file: join(root, '404.html') };
    if (mode === 'shadowing') return asset(path) ?? applyRules(path) ?? notFound;
    return applyRules(path) ?? asset(path) ?? notFound;
  };
}

/** Follows same-site redirects (at most five), as a browser would. */
export function follow(answer: (path: string) => HostAnswer, path: string): { status: number; file?: string; hops: string[] } {
  const hops: string[] = [];
  let current = answer(path);
  while ('location' in current && hops.length < 5) {
    hops.push(`${current.status} ${current.location}`);
    current = answer(current.location);
  }
  return 'file' in current ? { status: current.status, file: current.file, hops } : { status: current.status, hops };
}

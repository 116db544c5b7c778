/**
 * The redirects and rewrites a static target needs to answer like the live
 * server: one list, written out as `dist/_redirects` (Netlify, Cloudflare)
 * and as nginx `location` blocks. Every rule is static (an exact path), so
 * the hosts' different readings of splats and of "a file exists at the
 * source" (Netlify serves the file, Cloudflare follows the rule) never apply:
 * no source is a file of the build.
 */

/** One rule: a 200 rewrite serves `to` at `from`; a 308 redirects there (RFC 9110 §15.4.9). */
export interface RedirectRule {
  from: string;
  to: string;
  status: 200 | 308;
}

/** The file of the static export that holds the API resource at `path`: /api/v1/codes/304 → /api/v1/codes/304.json. */
export function exportedFile(path: string): string {
  return `${path}.json`;
}

export interface RedirectInputs {
  /** Paths of the API's fixed resources, without `.json`. */
  resources: Iterable<string>;
  /** Permanent redirects [from, to] without `.json`, such as a reversed comparison slug to the curated one. */
  permanent: Iterable<readonly [string, string]>;
}

/** The rules: each extension-less resource URL rewritten to its file; each permanent redirect with and without `.json`. */
export function redirectRules(inputs: RedirectInputs): RedirectRule[] {
  const rules: RedirectRule[] = [];
  for (const [from, to] of inputs.permanent) {
    rules.push({ from, to, status: 308 });
    rules.push({ from: exportedFile(from), to: exportedFile(to), status: 308 });
  }
  for (const path of inputs.resources) rules.push({ from: path, to: exportedFile(path), status: 200 });
  return rules;
}

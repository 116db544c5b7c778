/**
 * What a static target (a host serving dist/ as files) must be told to answer
 * like the live server: for every URL it serves, the fields the response
 * policy gives it, folded into path rules; and the redirect rules. Computed
 * from the build and the policy alone, once, by `npm run build`.
 */
import { relative, sep } from 'node:path';
import { comparisons } from '../../data/dataset.ts';
import { API_BASE } from '../../api/endpoints.ts';
import { type HeaderRule, headerRules } from '../../api/policy/header-rules.ts';
import { apiKinds, siteKinds, staticFileKind } from '../../api/policy/kinds.ts';
import { type RedirectRule, redirectRules } from '../../api/policy/redirect-rules.ts';
import { type BuildInfo, walk } from '../../api/static-site.ts';
import { PAIR_TEMPLATE_FILE } from '../../site/pair/page.ts';
import { pairRedirectRules } from '../../site/pair/routes.ts';

/** Files of dist/ that configure a host instead of being served. */
export const HOST_FILES = new Set(['/_headers', '/_redirects', '/nginx.conf', `/${PAIR_TEMPLATE_FILE}`]);

export interface StaticTarget {
  /** Every URL served from a file, with the fields the policy gives it. */
  paths: Map<string, Readonly<Record<string, string>>>;
  headerRules: HeaderRule[];
  /** Exact-path rules (the API's extension-less URLs, reversed API comparisons). */
  redirects: RedirectRule[];
  /** The pair pages' rules (site/pair/routes.ts), to come after `redirects`: the last ones have a `:pair` placeholder. */
  pairRules: RedirectRule[];
}

/** Whether a URL path belongs to the static export of the API. */
export function isApiPath(path: string): boolean {
  return path === API_BASE || path.startsWith(`${API_BASE}/`) || path.startsWith(`${API_BASE}.`);
}

/** The URL paths of the files of a build, without the host's own files. */
export function builtPaths(distDir: string): string[] {
  const paths: string[] = [];
  for (const file of walk(distDir)) {
    const path = `/${relative(distDir, file).split(sep).join('/')}`;
    if (!HOST_FILES.has(path)) paths.push(path);
  }
  return paths.sort();
}

/** The rules for the build in `distDir`, whose build info is `info`. */
export function staticTarget(distDir: string, info: BuildInfo): StaticTarget {
  const kinds = siteKinds(info.scriptHashes);
  const paths = new Map<string, Readonly<Record<string, string>>>();
  const built = builtPaths(distDir);
  for (const path of built) {
    const headers = isApiPath(path) ? apiKinds.resource.headers : kinds[staticFileKind(path)].headers;
    paths.set(path, headers);
    // A folder's index.html is also served at the folder's URL.
    if (path.endsWith('/index.html')) paths.set(path.slice(0, -'index.html'.length), headers);
  }
  const apiRedirects = redirectRules({
    // Each exported API file (scripts/export-api.ts) is also served at its URL without `.json`.
    resources: built.filter((path) => isApiPath(path) && path.endsWith('.json')).map((path) => path.slice(0, -'.json'.length)),
    permanent: comparisons.map((comparison) => {
      const [a, b] = comparison.codes;
      return [`${API_BASE}/comparisons/${b}-vs-${a}`, `${API_BASE}/comparisons/${comparison.slug}`] as const;
    }),
  });
  const redirects = apiRedirects;
  for (const rule of apiRedirects) {
    const target = paths.get(rule.to);
    if (rule.status === 200 && target) paths.set(rule.from, target);
  }
  return { paths, headerRules: headerRules(paths), redirects, pairRules: pairRedirectRules() };
}

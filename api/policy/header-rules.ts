/**
 * The header policy as path rules for hosts that attach fields by URL
 * pattern (`_headers` on Netlify and Cloudflare, nginx `location` blocks).
 *
 * The two hosts disagree when two rules that match one path set the same
 * field (Cloudflare joins the values with ", ", Netlify lets the later rule
 * win), and Netlify's `/dir/*` also matches `/dir` and `/dirX`. So the rules
 * are generated to be safe under both: patterns are exact paths or a prefix
 * followed by `*` (which both hosts read as "any path starting with the
 * prefix"), and no path of the build is matched by two rules that set the same
 * field. Fields that every path carries with one value go to a `/*` rule.
 */

/** One rule: the paths it matches and the fields it sets. */
export interface HeaderRule {
  /** An exact path, or a prefix followed by `*`. */
  pattern: string;
  headers: Readonly<Record<string, string>>;
}

/** Whether a rule's pattern matches `path` (both hosts' reading of the patterns generated here). */
export function patternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

const keyOf = (headers: Readonly<Record<string, string>>) => JSON.stringify(Object.entries(headers).sort(([a], [b]) => a.localeCompare(b)));

/** The fields present with the same value for every path. */
function sharedFields(paths: ReadonlyMap<string, Readonly<Record<string, string>>>): Record<string, string> {
  const [first, ...rest] = [...paths.values()];
  const shared: Record<string, string> = { ...first };
  for (const headers of rest) for (const name of Object.keys(shared)) if (headers[name] !== shared[name]) delete shared[name];
  return shared;
}

/**
 * Rules covering every path of `paths` (each URL a static target serves,
 * with the fields the policy gives it) with as few patterns as it can: a
 * folder whose paths, and those of any sibling that starts with the folder's
 * name, all carry the same fields becomes one `prefix*` rule; otherwise the
 * folder is split, down to exact paths.
 */
export function headerRules(paths: ReadonlyMap<string, Readonly<Record<string, string>>>): HeaderRule[] {
  const shared = sharedFields(paths);
  const own = new Map<string, string>();
  const fields = new Map<string, Readonly<Record<string, string>>>();
  for (const [path, headers] of paths) {
    const rest = Object.fromEntries(Object.entries(headers).filter(([name]) => !(name in shared)));
    fields.set(path, rest);
    own.set(path, keyOf(rest));
  }
  const all = [...paths.keys()].sort();
  const rules: HeaderRule[] = Object.keys(shared).length > 0 ? [{ pattern: '/*', headers: shared }] : [];

  const covered = new Set<string>();
  function cover(folder: string): void {
    const inside = all.filter((path) => path.startsWith(folder) && !covered.has(path));
    const subfolders = new Set<string>();
    for (const path of inside) {
      const slash = path.indexOf('/', folder.length);
      if (slash !== -1) subfolders.add(path.slice(folder.length, slash));
    }
    for (const name of [...subfolders].sort()) {
      const prefix = `${folder}${name}`;
      const matched = inside.filter((path) => path.startsWith(prefix));
      const keys = new Set(matched.map((path) => own.get(path)));
      if (keys.size === 1 && matched.every((path) => !covered.has(path))) {
        const headers = fields.get(matched[0]!)!;
        if (Object.keys(headers).length > 0) rules.push({ pattern: `${prefix}*`, headers });
        for (const path of matched) covered.add(path);
      } else {
        cover(`${prefix}/`);
      }
    }
    for (const path of inside) {
      if (covered.has(path) || path.slice(folder.length).includes('/')) continue;
      const headers = fields.get(path)!;
      if (Object.keys(headers).length > 0) rules.push({ pattern: path, headers });
      covered.add(path);
    }
  }
  cover('/');
  return rules;
}

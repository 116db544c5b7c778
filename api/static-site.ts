/**
 * The built site (`dist/`), read into memory once at start-up with its
 * validators and compressed variants. Only files found under `dist/` at
 * start-up can ever be served: requests are looked up in that map, never
 * joined to a file-system path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { contentTypeFor, precompressedExtensions } from './policy/content-types.ts';
import { type KindPolicy, type SiteKinds, siteKinds, staticFileKind } from './policy/kinds.ts';
import { createRepresentation, type Representation } from './http/representation.ts';

/** Where the build records the data's last change (see scripts/build-info.ts). */
export const BUILD_INFO_FILE = 'build-info.json';

/** What a lookup of a site path finds. */
export type SiteLookup =
  | { kind: 'file'; representation: Representation; policy: KindPolicy }
  | { kind: 'redirect'; location: string }
  | { kind: 'missing' };

/** What the build recorded about itself (scripts/build-info.ts). */
export interface BuildInfo {
  /** The content's last change, ISO 8601. */
  lastModified: string;
  /** CSP hash sources of the pages' inline scripts (policy/script-hashes.ts). */
  scriptHashes: string[];
}

export interface StaticSite {
  lookup(path: string): SiteLookup;
  /** The 404 page, sent with status 404 for unknown paths. */
  notFoundPage: Representation | undefined;
  /** The header policy of each kind of site response, for this build. */
  kinds: SiteKinds;
  fileCount: number;
  /** The build's Last-Modified (epoch ms), for representations made from it at run time. */
  lastModified: number;
}

/** Every file below `directory`, recursively. */
export function* walk(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Reads what the build recorded; throws naming the field when it is not what the build writes. */
export function readBuildInfo(root: string): BuildInfo {
  const info = JSON.parse(readFileSync(join(root, BUILD_INFO_FILE), 'utf8')) as Partial<BuildInfo>;
  if (typeof info.lastModified !== 'string' || Number.isNaN(Date.parse(info.lastModified)))
    throw new Error(`${BUILD_INFO_FILE}: lastModified is not a date`);
  if (!Array.isArray(info.scriptHashes) || !info.scriptHashes.every((hash) => typeof hash === 'string'))
    throw new Error(`${BUILD_INFO_FILE}: scriptHashes is not a list of hash sources; rebuild with \`npm run build\``);
  return { lastModified: info.lastModified, scriptHashes: info.scriptHashes };
}

/**
 * Loads `root` (the build output). `skip` excludes a sub-path that another
 * handler serves (the static API export). Throws when `root` has no build.
 */
export function loadStaticSite(root: string, skip: (urlPath: string) => boolean = () => false): StaticSite {
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory() || !statSync(join(root, 'index.html'), { throwIfNoEntry: false })) {
    throw new Error(`No built site in ${root}. Run \`npm run build\` first (or \`npm start\`, which builds, then serves).`);
  }
  const info = readBuildInfo(root);
  const lastModified = Date.parse(info.lastModified);
  const kinds = siteKinds(info.scriptHashes);
  const files = new Map<string, { representation: Representation; policy: KindPolicy }>();
  for (const file of walk(root)) {
    const urlPath = `/${relative(root, file).split(sep).join('/')}`;
    if (skip(urlPath)) continue;
    const extension = extname(file).toLowerCase();
    const policy = kinds[staticFileKind(urlPath)];
    const representation = createRepresentation(readFileSync(file), {
      contentType: contentTypeFor(extension),
      cacheControl: policy.headers['Cache-Control']!,
      lastModified,
      compress: !precompressedExtensions.has(extension),
    });
    files.set(urlPath, { representation, policy });
  }

  return {
    fileCount: files.size,
    lastModified,
    notFoundPage: files.get('/404.html')?.representation,
    kinds,
    lookup(path) {
      const direct = files.get(path.endsWith('/') ? `${path}index.html` : path);
      if (direct) return { kind: 'file', ...direct };
      // "/codes/304" names a folder: send clients to the one URL with the slash.
      if (!path.endsWith('/') && files.has(`${path}/index.html`)) return { kind: 'redirect', location: `${path}/` };
      return { kind: 'missing' };
    },
  };
}

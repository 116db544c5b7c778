/**
 * The built site (`dist/`), read into memory once at start-up with its
 * validators and compressed variants. Only files found under `dist/` at
 * start-up can ever be served: requests are looked up in that map, never
 * joined to a file-system path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { staticFilePolicy } from './cache-policy.ts';
import { createRepresentation, type Representation } from './http/representation.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};
/** Pagefind's own files are already gzip-compressed inside; compressing again gains nothing. */
const PRECOMPRESSED = new Set(['.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter', '.pagefind', '.png', '.ico', '.wasm']);

/** Where the build records the data's last change (see scripts/build-info.ts). */
export const BUILD_INFO_FILE = 'build-info.json';

/** What a lookup of a site path finds. */
export type SiteLookup = { kind: 'file'; representation: Representation } | { kind: 'redirect'; location: string } | { kind: 'missing' };

export interface StaticSite {
  lookup(path: string): SiteLookup;
  /** The 404 page, sent with status 404 for unknown paths. */
  notFoundPage: Representation | undefined;
  fileCount: number;
}

function* walk(directory: string): Generator<string> {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Reads the build's recorded last-modified time (epoch ms). */
function readLastModified(root: string): number {
  const info = JSON.parse(readFileSync(join(root, BUILD_INFO_FILE), 'utf8')) as { lastModified: string };
  const millis = Date.parse(info.lastModified);
  if (Number.isNaN(millis)) throw new Error(`${BUILD_INFO_FILE}: lastModified is not a date`);
  return millis;
}

/**
 * Loads `root` (the build output). `skip` excludes a sub-path that another
 * handler serves (the static API export). Throws when `root` has no build.
 */
export function loadStaticSite(root: string, skip: (urlPath: string) => boolean = () => false): StaticSite {
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory() || !statSync(join(root, 'index.html'), { throwIfNoEntry: false })) {
    throw new Error(`No built site in ${root}. Run \`npm run build\` first (or \`npm start\`, which builds, then serves).`);
  }
  const lastModified = readLastModified(root);
  const files = new Map<string, Representation>();
  for (const file of walk(root)) {
    const urlPath = `/${relative(root, file).split(sep).join('/')}`;
    if (skip(urlPath) || urlPath === `/${BUILD_INFO_FILE}`) continue;
    const extension = extname(file).toLowerCase();
    files.set(
      urlPath,
      createRepresentation(readFileSync(file), {
        contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
        cacheControl: staticFilePolicy(urlPath),
        lastModified,
        compress: !PRECOMPRESSED.has(extension),
      }),
    );
  }

  return {
    fileCount: files.size,
    notFoundPage: files.get('/404.html'),
    lookup(path) {
      const direct = files.get(path.endsWith('/') ? `${path}index.html` : path);
      if (direct) return { kind: 'file', representation: direct };
      // "/codes/304" names a folder: send clients to the one URL with the slash.
      if (!path.endsWith('/') && files.has(`${path}/index.html`)) return { kind: 'redirect', location: `${path}/` };
      return { kind: 'missing' };
    },
  };
}

/**
 * An nginx `server` block that serves a build's dist/ as the live server
 * would, generated from the same policy and rules as `_headers` and
 * `_redirects` (static-target.ts): the fields of every header rule, the
 * extension-less API URLs and the permanent redirects as exact `location`
 * blocks, a 308 from a folder's name to its URL with the slash, the site's 404
 * page with its own fields, CORS preflights for the API, gzip, and nginx's own
 * validators (ETag, Last-Modified) for revalidation.
 *
 * nginx notes (https://nginx.org/en/docs/http/ngx_http_headers_module.html):
 * a location with any `add_header` inherits none from the server level, so
 * each block lists every field; `always` attaches them to 404s too.
 */
import { contentTypes, DEFAULT_CONTENT_TYPE } from '../../api/policy/content-types.ts';
import { apiKinds, siteKinds } from '../../api/policy/kinds.ts';
import type { BuildInfo } from '../../api/static-site.ts';
import type { RedirectRule } from '../../api/policy/redirect-rules.ts';
import { PAIR_SHELL_PATH } from '../../site/pair/page.ts';
import type { StaticTarget } from './static-target.ts';

export interface NginxOptions {
  /** Absolute path of the dist/ folder to serve. */
  root: string;
  /** nginx `listen` parameter, such as `80` or `127.0.0.1:8080`. */
  listen: string;
}

/** The internal URI of the 404 page. */
const NOT_FOUND_URI = '/__not-found.html';

/** A path or `listen` value, written unquoted: only characters that cannot end or split a directive. */
function bare(text: string): string {
  if (!/^[\w./~:-]+$/.test(text)) throw new Error(`nginx: cannot write ${JSON.stringify(text)} unquoted`);
  return text;
}

/** A field value, written in double quotes: nothing that could end the string. */
function quoted(text: string): string {
  if (/["\\\n\r$]/.test(text)) throw new Error(`nginx: cannot write the field value ${JSON.stringify(text)}`);
  return `"${text}"`;
}

function addHeaders(headers: Readonly<Record<string, string>>, indent: string): string[] {
  return Object.entries(headers).map(([name, value]) => `${indent}add_header ${bare(name)} ${quoted(value)} always;`);
}

const sameFields = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** `types { … }` from the policy's table; the charset goes on through `charset_types`. */
function typesBlock(): string[] {
  const byType = new Map<string, string[]>();
  const charsetTypes = new Set<string>();
  for (const [extension, value] of Object.entries(contentTypes)) {
    const [type, parameter] = value.split(';').map((part) => part.trim());
    byType.set(type!, [...(byType.get(type!) ?? []), extension.slice(1)]);
    if (parameter === 'charset=utf-8' && type !== 'text/html') charsetTypes.add(type!);
  }
  return [
    '    types {',
    ...[...byType].map(([type, extensions]) => `        ${type} ${extensions.join(' ')};`),
    '    }',
    `    default_type ${DEFAULT_CONTENT_TYPE};`,
    '    charset utf-8;',
    `    charset_types ${[...charsetTypes].join(' ')};`,
  ];
}

/** What a pair's name looks like: nginx can say so, where `_redirects` matches any name with `:pair`. */
const PAIR_NAME = '[0-9]+-vs-[0-9]+';

/**
 * The pair pages' rules as nginx locations: each exact 308 (a reversed curated
 * pair) as an exact location; `/compare/:pair/` as a regular expression that
 * serves the pair's file when it has one and the shell page otherwise (the
 * live server's answer, 200); `/compare/:pair` as a 308 to it. A name that is
 * not a pair is left to the prefix locations: the 404 page, as live. The
 * 200 rules of files exist to shadow `:pair` on hosts that try rules first;
 * nginx serves files anyway, so they need no location.
 */
function pairLocations(target: StaticTarget, redirectHeaders: Readonly<Record<string, string>>): string[] {
  const shellHeaders = target.paths.get(PAIR_SHELL_PATH);
  if (!shellHeaders) throw new Error(`nginx: the build has no ${PAIR_SHELL_PATH}`);
  const lines: string[] = [];
  const dynamic = (rule: RedirectRule) => rule.from.includes(':pair');
  for (const rule of target.pairRules) {
    if (dynamic(rule) || rule.status !== 308) continue;
    lines.push(
      `    location = ${bare(rule.from)} {`,
      ...addHeaders(redirectHeaders, '        '),
      `        return 308 ${bare(rule.to)};`,
      '    }',
    );
  }
  const known = new Set(target.pairRules.filter(dynamic).map((rule) => `${rule.from} ${rule.to} ${rule.status}`));
  for (const expected of [`/compare/:pair/ ${PAIR_SHELL_PATH} 200`, '/compare/:pair /compare/:pair/ 308']) {
    if (!known.has(expected)) throw new Error(`nginx: site/pair/routes.ts no longer has the rule "${expected}"`);
  }
  lines.push(
    `    location ~ "^/compare/${PAIR_NAME}/$" {`,
    ...addHeaders(shellHeaders, '        '),
    `        try_files $uri $uri/index.html ${bare(PAIR_SHELL_PATH)}index.html;`,
    '    }',
    `    location ~ "^/compare/(${PAIR_NAME})$" {`,
    ...addHeaders(redirectHeaders, '        '),
    '        return 308 /compare/$1/;',
    '    }',
  );
  return lines;
}

/** The text of the server block. */
export function nginxServer(target: StaticTarget, info: BuildInfo, options: NginxOptions): string {
  const root = bare(options.root.replace(/\/$/, ''));
  const kinds = siteKinds(info.scriptHashes);
  const [shared, ...rules] = target.headerRules[0]?.pattern === '/*' ? target.headerRules : [undefined, ...target.headerRules];
  const sharedFields = shared?.headers ?? {};
  const preflight = [
    '        if ($request_method = OPTIONS) {',
    ...addHeaders(apiKinds.preflight.headers, '            '),
    '            return 204;',
    '        }',
  ];
  const isApi = (headers: Readonly<Record<string, string>>) => sameFields({ ...sharedFields, ...headers }, apiKinds.resource.headers);

  const lines = [
    '# Generated by `npm run nginx-conf` from api/policy/ (scripts/static-host/nginx.ts); do not edit.',
    'server {',
    `    listen ${bare(options.listen)};`,
    `    root ${root};`,
    '    server_tokens off;',
    '    absolute_redirect off;',
    '    index index.html;',
    ...typesBlock(),
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_min_length 256;',
    `    gzip_types ${[...new Set(Object.values(contentTypes).map((type) => type.split(';')[0]))].filter((type) => !/^image\/(png|x-icon)$|wasm/.test(type!)).join(' ')};`,
    `    error_page 404 ${NOT_FOUND_URI};`,
    ...addHeaders(sharedFields, '    '),
    '',
    '    # A folder named without its slash: 308 to its URL, like the live server (only where index.html exists).',
    '    set $folder "";',
    '    if (-f $request_filename/index.html) { set $folder "index"; }',
    '    if ($uri ~ "[^/]$") { set $folder "$folder-noslash"; }',
    '    if ($folder = "index-noslash") { return 308 $uri/; }',
    '',
    `    location = ${NOT_FOUND_URI} {`,
    '        internal;',
    `        alias ${root}/404.html;`,
    ...addHeaders(kinds.notFoundPage.headers, '        '),
    '    }',
    '',
    '    # _redirects: permanent redirects and the extension-less API URLs.',
  ];
  for (const rule of target.redirects) {
    const headers = rule.status === 200 ? (target.paths.get(rule.from) ?? {}) : { ...sharedFields, ...apiKinds.redirect.headers };
    lines.push(`    location = ${bare(rule.from)} {`);
    lines.push(...addHeaders(headers, '        '));
    if (rule.status === 200) {
      if (isApi(headers)) lines.push(...preflight);
      lines.push(`        try_files ${bare(rule.to)} =404;`);
    } else lines.push(`        return ${rule.status} ${bare(rule.to)};`);
    lines.push('    }');
  }
  lines.push('', '    # The pair pages (site/pair/routes.ts): reversed curated pairs, then any other pair.');
  lines.push(...pairLocations(target, { ...sharedFields, ...apiKinds.redirect.headers }));
  lines.push('', '    # _headers: one block per rule (plain prefixes, so that the pair locations above are tried first).');
  for (const rule of rules) {
    const prefix = rule!.pattern.endsWith('*');
    const path = bare(prefix ? rule!.pattern.slice(0, -1) : rule!.pattern);
    lines.push(`    location ${prefix ? '' : '= '}${path} {`);
    lines.push(...addHeaders({ ...sharedFields, ...rule!.headers }, '        '));
    if (isApi(rule!.headers)) lines.push(...preflight);
    lines.push('    }');
  }
  lines.push('}', '');
  return lines.join('\n');
}

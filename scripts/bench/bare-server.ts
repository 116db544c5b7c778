/**
 * The practical ceiling for the benchmark: a bare node:http server that sends
 * the same precomputed bytes, validators and header fields as the API for one
 * resource (identity coding), with an exact If-None-Match comparison and
 * nothing else: no negotiation, no date parsing, no logs. The bench checks
 * that both answer with the same fields before it measures.
 */
import { createServer } from 'node:http';
import { apiKinds } from '../../api/policy/kinds.ts';
import { buildCatalog } from '../../api/catalog.ts';

const path = process.argv[2] ?? '/api/v1/codes/304';
const representation = buildCatalog().get(path);
if (!representation) throw new Error(`no resource at ${path}`);
const { identity } = representation;
const headers200 = {
  'Content-Type': representation.contentType,
  'Content-Length': identity.contentLength,
  ETag: identity.etag,
  'Last-Modified': representation.lastModifiedHeader,
  'Cache-Control': representation.cacheControl,
  'X-Content-Type-Options': 'nosniff',
  ...apiKinds.resource.extra,
  Vary: 'Accept-Encoding',
};
const headers304 = {
  ETag: identity.etag,
  'Cache-Control': representation.cacheControl,
  ...apiKinds.resource.extra,
  Vary: 'Accept-Encoding',
};

const server = createServer((req, res) => {
  if (req.headers['if-none-match'] === identity.etag) {
    res.writeHead(304, headers304).end();
  } else {
    res.writeHead(200, headers200).end(identity.body);
  }
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`Listening on http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

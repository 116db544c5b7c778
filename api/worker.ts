/**
 * Entry for Workers-style runtimes (Cloudflare Workers with nodejs_compat,
 * Deno, Bun): exports `fetch`. The static site is served by the platform's
 * asset hosting from dist/; this entry answers the API. Every representation
 * is computed once, when the module is first evaluated. The test endpoint
 * runs here without access to the connection: /respond/103 sends its 200 with
 * the Link field but no 103, Expect: 100-continue is left to the platform, and
 * reset answers 501 (api/respond/transport.ts); the client address for its
 * rate limit is Cloudflare's CF-Connecting-IP.
 */
import { createApp } from './app.ts';

const app = createApp();

export default { fetch: app.fetch };

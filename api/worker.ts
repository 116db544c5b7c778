/**
 * Entry for Workers-style runtimes (Cloudflare Workers with nodejs_compat,
 * Deno, Bun): exports `fetch`. The static site is served by the platform's
 * asset hosting from dist/; this entry answers the API. Every representation
 * is computed once, when the module is first evaluated.
 */
import { createApp } from './app.ts';

const app = createApp();

export default { fetch: app.fetch };

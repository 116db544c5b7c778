/**
 * How long a server entry (`api/server.ts`, `api/edge/serve.ts`) lets the
 * requests in flight finish after SIGTERM before it exits anyway: the longest
 * answer the API takes on purpose (a delayed `/respond` answer, sleep + drip)
 * and a second more, so that no such answer is ever cut off by a shutdown.
 */
import { RESPOND_CAPS } from './respond/limits.ts';

export const DRAIN_LIMIT_MS = RESPOND_CAPS.totalMs + 1_000;

/**
 * Codes whose long-form guide (`site/content/guides/NNN.mdx`) is written.
 * The API and the reference pages link a guide only when it exists; a test
 * checks this list against the MDX files so the two cannot drift apart.
 */
export const codesWithGuides: ReadonlySet<number> = new Set([
  100, 101, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 301, 302, 303, 304, 307, 308, 400, 401,
  403, 404, 405, 406, 407, 408, 409, 410, 412, 413, 415, 416, 422, 428, 429, 444, 451, 494, 495, 500, 502,
  503, 504, 520, 521, 522, 523, 524, 525,
]);

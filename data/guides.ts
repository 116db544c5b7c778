/**
 * Codes whose long-form guide (`site/content/guides/NNN.mdx`) is written.
 * The API and the reference pages link a guide only when it exists; a test
 * checks this list against the MDX files so the two cannot drift apart.
 */
export const codesWithGuides: ReadonlySet<number> = new Set([200, 304]);

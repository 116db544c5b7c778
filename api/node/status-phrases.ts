/**
 * The reason phrases Node writes in status lines, replaced once at start-up by
 * the dataset's (the IANA registry's for registered codes, RFC 9110 §15; the
 * vendor's for vendor codes). Node still prints phrases RFC 9110 retired
 * (413 "Payload Too Large", 422 "Unprocessable Entity") and "unknown" for
 * codes it does not know. A client ignores the phrase (RFC 9112 §4), but a
 * reference for status codes should not send the wrong one on its own wire.
 * Node's `writeHead` reads this very object, so no response pays for it.
 */
import { STATUS_CODES } from 'node:http';

/** Sets the status-line phrase of every code in `codes` (once, before listening). */
export function useRegistryPhrases(codes: readonly { code: number; phrase: string }[]): void {
  for (const { code, phrase } of codes) STATUS_CODES[code] = phrase;
}

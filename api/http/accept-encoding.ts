/**
 * Content-coding negotiation from Accept-Encoding (RFC 9110 §12.5.3):
 * the highest-weighted coding the representation has; identity unless it is
 * explicitly refused, and even then (a 406 for a JSON document would help nobody).
 */
import type { Coding, Representation, Variant } from './representation.ts';

/** The weight (0–1) the header gives each coding name, in the header's order; "*" covers the rest. */
export function weights(header: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const element of header.split(',')) {
    const [rawName, ...params] = element.split(';');
    const name = rawName!.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=');
      if (key?.trim().toLowerCase() === 'q') {
        const parsed = Number(value?.trim());
        q = Number.isFinite(parsed) && parsed >= 0 && parsed <= 1 ? parsed : 0;
      }
    }
    // "x-gzip" is an alias a recipient SHOULD treat as gzip (RFC 9110 §8.4.1.3).
    result.set(name === 'x-gzip' ? 'gzip' : name, q);
  }
  return result;
}

/** The coding `accepted` picks among identity and the compressed variants a representation has. */
function chooseCoding(accepted: Map<string, number>, hasBr: boolean, hasGzip: boolean): Coding {
  const wildcard = accepted.get('*');
  const identityWeight = accepted.get('identity') ?? (wildcard === 0 ? 0 : 1);
  let best: Coding = 'identity';
  let bestWeight = identityWeight;
  // On equal weights prefer the smaller encodings, br first.
  for (const [coding, present] of [
    ['gzip', hasGzip],
    ['br', hasBr],
  ] as const) {
    if (!present) continue;
    const weight = accepted.get(coding) ?? wildcard ?? 0;
    if (weight > 0 && weight >= bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}

/** The choice for each set of compressed variants a representation can have. */
interface Choices {
  both: Coding;
  br: Coding;
  gzip: Coding;
}

/**
 * Choices per Accept-Encoding value, so that a value met again (browsers send
 * a handful) is not parsed again. Bounded: beyond this many distinct values,
 * a value is parsed on each request and not remembered.
 */
const remembered = new Map<string, Choices>();
export const MAX_REMEMBERED_ACCEPT_ENCODINGS = 256;

/** Picks the variant to send for `acceptEncoding` (null/absent: identity). */
export function selectVariant(representation: Representation, acceptEncoding: string | null | undefined): Variant {
  const { br, gzip } = representation;
  if (!acceptEncoding || (!br && !gzip)) return representation.identity;
  let choices = remembered.get(acceptEncoding);
  if (!choices) {
    const accepted = weights(acceptEncoding);
    choices = {
      both: chooseCoding(accepted, true, true),
      br: chooseCoding(accepted, true, false),
      gzip: chooseCoding(accepted, false, true),
    };
    if (remembered.size < MAX_REMEMBERED_ACCEPT_ENCODINGS) remembered.set(acceptEncoding, choices);
  }
  const coding = choices[br && gzip ? 'both' : br ? 'br' : 'gzip'];
  return coding === 'br' ? br! : coding === 'gzip' ? gzip! : representation.identity;
}

/**
 * Content-coding negotiation from Accept-Encoding (RFC 9110 §12.5.3):
 * the highest-weighted coding the representation has; identity unless it is
 * explicitly refused, and even then (a 406 for a JSON document would help nobody).
 */
import type { Representation, Variant } from './representation.ts';

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

/** Picks the variant to send for `acceptEncoding` (null/absent: identity). */
export function selectVariant(representation: Representation, acceptEncoding: string | null | undefined): Variant {
  if (!acceptEncoding || (!representation.br && !representation.gzip)) return representation.identity;
  const accepted = weights(acceptEncoding);
  const wildcard = accepted.get('*');
  const weightOf = (coding: string) => accepted.get(coding) ?? wildcard ?? 0;
  const identityWeight = accepted.get('identity') ?? (wildcard === 0 ? 0 : 1);
  let best = representation.identity;
  let bestWeight = identityWeight;
  // On equal weights prefer the smaller encodings, br first.
  for (const candidate of [representation.gzip, representation.br]) {
    if (!candidate) continue;
    const weight = weightOf(candidate.coding);
    if (weight > 0 && weight >= bestWeight) {
      best = candidate;
      bestWeight = weight;
    }
  }
  return best;
}

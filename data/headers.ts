/** Helper that writes a header-field requirement with a citation derived from `rfc()`. */
import type { RequirementLevel } from './vocabulary.ts';
import type { SpecCitation } from './sources.ts';
import type { HeaderRequirement } from './schema.ts';

/**
 * `header('Allow', 'MUST', rfc(9110, '15.5.6'), '…')` — a response header
 * field the code calls for, at the level its defining section states.
 */
export function header(name: string, requirement: RequirementLevel, source: SpecCitation, note: string): HeaderRequirement {
  return { name, requirement, section: `${source.document} §${source.section}`, url: source.url, note };
}

/**
 * Entity-tag lists and comparison (RFC 9110 §8.8.3). Lists come from
 * If-Match and If-None-Match, possibly over several field lines, which the
 * Fetch Headers object joins with ", ".
 */

/** One parsed member of an entity-tag list. */
export interface EntityTag {
  weak: boolean;
  /** The opaque-tag including its double quotes. */
  opaque: string;
}

/** `*`, or the entity-tags of the list (possibly empty). */
export type EntityTagList = '*' | EntityTag[];

// entity-tag = [ weak ] opaque-tag; etagc excludes DQUOTE, SP, DEL and controls (§8.8.3).
const MEMBER = /\s*(W\/)?("[\x21\x23-\x7e\x80-\xff]*")\s*(?:,|$)|\s*,/gy;

/**
 * Parses an If-Match / If-None-Match field value. Empty list elements and
 * surrounding whitespace are skipped (§5.6.1); parsing stops at the first
 * malformed member, keeping the members read so far.
 */
export function parseEntityTagList(value: string): EntityTagList {
  if (value.trim() === '*') return '*';
  const tags: EntityTag[] = [];
  MEMBER.lastIndex = 0;
  while (MEMBER.lastIndex < value.length) {
    const match = MEMBER.exec(value);
    if (!match) break;
    if (match[2]) tags.push({ weak: match[1] !== undefined, opaque: match[2] });
  }
  return tags;
}

/** Parses one entity-tag as sent in an ETag field. */
export function parseEntityTag(value: string): EntityTag {
  const weak = value.startsWith('W/');
  return { weak, opaque: weak ? value.slice(2) : value };
}

/** Strong comparison: both tags strong and their opaque-tags identical (§8.8.3.2). */
export function strongMatch(a: EntityTag, b: EntityTag): boolean {
  return !a.weak && !b.weak && a.opaque === b.opaque;
}

/** Weak comparison: opaque-tags identical, whatever their weakness (§8.8.3.2). */
export function weakMatch(a: EntityTag, b: EntityTag): boolean {
  return a.opaque === b.opaque;
}

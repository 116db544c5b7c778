/**
 * Query filters of `/api/v1/codes`: class, status and q (free text over the
 * phrase, former phrases, summary and constants). Each distinct, valid query
 * is computed once and kept, up to a bound.
 */
import { statusCodes, type StatusCode } from '../data/dataset.ts';
import { registrationStatuses, statusClasses } from '../data/vocabulary.ts';
import { jsonRepresentation } from './catalog.ts';
import type { Representation } from './http/representation.ts';
import { codesResource } from './resources.ts';

export type FilterResult = { kind: 'ok'; representation: Representation } | { kind: 'invalid'; detail: string };

const MAX_CACHED_QUERIES = 512;
const MAX_QUERY_LENGTH = 200;
const cache = new Map<string, Representation>();

function searchableText(status: StatusCode): string {
  return [
    String(status.code),
    status.phrase,
    ...status.formerPhrases,
    ...status.alsoKnownAs.map((alias) => alias.phrase),
    status.summary,
    ...Object.values(status.constants),
  ]
    .join(' ')
    .toLowerCase();
}
const allDates = statusCodes.map((entry) => entry.updated);
const texts = new Map(statusCodes.map((status) => [status.code, searchableText(status)]));

/** Applies `params` (only class, status and q are read). */
export function filterCodes(params: URLSearchParams): FilterResult {
  const statusClass = params.get('class');
  const status = params.get('status');
  const q = params.get('q');
  if (statusClass !== null && !(statusClasses as readonly string[]).includes(statusClass)) {
    return { kind: 'invalid', detail: `class must be one of ${statusClasses.join(', ')}; got "${statusClass.slice(0, 40)}".` };
  }
  if (status !== null && !(registrationStatuses as readonly string[]).includes(status)) {
    return { kind: 'invalid', detail: `status must be one of ${registrationStatuses.join(', ')}; got "${status.slice(0, 40)}".` };
  }
  if (q !== null && q.length > MAX_QUERY_LENGTH) {
    return { kind: 'invalid', detail: `q is limited to ${MAX_QUERY_LENGTH} characters.` };
  }
  const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const key = JSON.stringify([statusClass, status, words]);
  let representation = cache.get(key);
  if (!representation) {
    const matches = statusCodes.filter(
      (entry) =>
        (statusClass === null || entry.class === statusClass) &&
        (status === null || entry.status === status) &&
        words.every((word) => texts.get(entry.code)!.includes(word)),
    );
    // Which codes match can change with any entry, so the list dates from the latest change of all of them.
    representation = jsonRepresentation(codesResource(matches), allDates);
    if (cache.size >= MAX_CACHED_QUERIES) cache.delete(cache.keys().next().value!);
    cache.set(key, representation);
  }
  return { kind: 'ok', representation };
}

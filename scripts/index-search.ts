/**
 * Builds the Pagefind index with Pagefind's Node API. Guides, comparisons and
 * the other pages are indexed from their HTML. Reference pages are indexed as
 * custom records built from the dataset (number, phrase, former phrases,
 * summary, definition, constants): short, focused records, so that a search
 * for "304" or "NOT_MODIFIED" ranks the reference page first instead of a long
 * guide that mentions the number fifty times. Pagefind reports problems in
 * `errors` arrays instead of throwing; any error fails the build.
 */
import * as pagefind from 'pagefind';
import { join } from 'node:path';
import { statusCodes, type StatusCode } from '../data/dataset.ts';

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/** The searchable text of a code's reference page. */
export function referenceRecord(status: StatusCode) {
  const constants = [...Object.values(status.constants), ...status.formerConstants.map((former) => former.name)];
  // Constants are also indexed without their namespace ("NOT_MODIFIED", "StatusNotModified", ":not_modified").
  const bareConstants = constants.map((name) => name.split(/::|\.|(?<=^):/).at(-1)!);
  return {
    url: status.links.reference,
    language: 'en',
    content: [
      `HTTP ${status.code} ${status.phrase}.`,
      ...status.formerPhrases.map((phrase) => `Also called ${phrase}.`),
      ...status.alsoKnownAs.map((alias) => `Also known as ${alias.phrase}.`),
      status.vendor ? `Unofficial, sent by ${status.vendor}.` : '',
      status.summary,
      status.definition,
      [...constants, ...bareConstants].join(' '),
    ].join(' '),
    meta: { title: `${status.code} ${status.phrase}`, code: String(status.code) },
    filters: { kind: ['reference'], class: [status.class] },
    sort: { code: String(status.code) },
  };
}

/** Indexes `distDir` and writes the bundle to `distDir/pagefind`; returns the number of records. */
export async function indexSearch(distDir: string): Promise<number> {
  try {
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const { page_count } = check('addDirectory', await index.addDirectory({ path: distDir, glob: '**/*.html' }));
    for (const status of statusCodes) check(`addCustomRecord ${status.code}`, await index.addCustomRecord(referenceRecord(status)));
    check('writeFiles', await index.writeFiles({ outputPath: join(distDir, 'pagefind') }));
    return page_count + statusCodes.length;
  } finally {
    await pagefind.close();
  }
}

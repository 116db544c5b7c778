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
import { pseudoCodes, symptomsFor } from '../data/numbers.ts';
import type { PseudoCode, Symptom } from '../data/schema.ts';

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/**
 * The symptoms of a record as one meta value. Meta fields are searched, and the
 * search UI weights this one (site/components/Search.astro, `metaWeights`), so a
 * search for "client_max_body_size" or "ERR_TOO_MANY_REDIRECTS" ranks the code
 * the text leads to above pages that only mention it.
 */
function symptomMeta(symptoms: readonly Symptom[]): Record<string, string> {
  return symptoms.length > 0 ? { symptoms: symptoms.map((symptom) => symptom.text).join(' \u00b7 ') } : {};
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
      ...symptomsFor(status.code).map((symptom) => `${symptom.text}.`),
    ].join(' '),
    meta: { title: `${status.code} ${status.phrase}`, code: String(status.code), ...symptomMeta(symptomsFor(status.code)) },
    filters: { kind: ['reference'], class: [status.class] },
    sort: { code: String(status.code) },
  };
}

/** The searchable text of `/codes/0/` or `/codes/000/`: what produces the number, its causes and symptoms. */
export function pseudoCodeRecord(pseudo: PseudoCode) {
  const symptoms = symptomsFor(pseudo.id);
  return {
    url: `/codes/${pseudo.id}/`,
    language: 'en',
    content: [
      `${pseudo.title}. HTTP status code ${pseudo.id}.`,
      pseudo.summary,
      pseudo.origin,
      ...pseudo.causes.map((cause) => `${cause.cause}: ${cause.explanation}`),
      ...symptoms.map((symptom) => `${symptom.text}.`),
    ].join(' '),
    meta: { title: `${pseudo.id}: ${pseudo.title}`, code: pseudo.id, ...symptomMeta(symptoms) },
    filters: { kind: ['reference'] },
  };
}

/** Indexes `distDir` and writes the bundle to `distDir/pagefind`; returns the number of records. */
export async function indexSearch(distDir: string): Promise<number> {
  try {
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const { page_count } = check('addDirectory', await index.addDirectory({ path: distDir, glob: '**/*.html' }));
    for (const status of statusCodes) check(`addCustomRecord ${status.code}`, await index.addCustomRecord(referenceRecord(status)));
    for (const pseudo of pseudoCodes) check(`addCustomRecord ${pseudo.id}`, await index.addCustomRecord(pseudoCodeRecord(pseudo)));
    check('writeFiles', await index.writeFiles({ outputPath: join(distDir, 'pagefind') }));
    return page_count + statusCodes.length + pseudoCodes.length;
  } finally {
    await pagefind.close();
  }
}

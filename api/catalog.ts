/**
 * Every fixed API resource, serialized, compressed and tagged once at
 * start-up, keyed by its canonical path (without `.json`).
 */
import { comparisons, statusCodes, type StatusCode } from '../data/dataset.ts';
import { pseudoCodes, unassignedNumbers } from '../data/numbers.ts';
import { UNASSIGNED_PROSE_UPDATED } from '../data/unassigned-prose.ts';
import { statusClasses } from '../data/vocabulary.ts';
import { DATASET_PATH, DATASET_SCHEMA_PATH, datasetJsonSchema, datasetResource } from './dataset-bundle.ts';
import { API_BASE } from './endpoints.ts';
import { createRepresentation, type Representation } from './http/representation.ts';
import { openApiDocument } from './openapi.ts';
import { JSON_CONTENT_TYPE } from './policy/content-types.ts';
import { apiKinds } from './policy/kinds.ts';
import {
  classResource,
  classesResource,
  codeResource,
  codesResource,
  comparisonResource,
  comparisonsResource,
  indexResource,
  pseudoCodeResource,
  serialize,
  unassignedResource,
} from './resources.ts';

/** Epoch milliseconds of the latest `updated` date among `dates` ("YYYY-MM-DD"). */
export function latest(dates: readonly string[]): number {
  return Math.max(...dates.map((date) => Date.parse(`${date}T00:00:00Z`)));
}

/** A JSON representation of `resource`, last modified at the latest of `dates`. */
export function jsonRepresentation(resource: unknown, dates: readonly string[]): Representation {
  return createRepresentation(serialize(resource), {
    contentType: JSON_CONTENT_TYPE,
    cacheControl: apiKinds.resource.headers['Cache-Control']!,
    lastModified: latest(dates),
    compress: true,
  });
}

const updatedOf = (codes: readonly StatusCode[]) => codes.map((status) => status.updated);

/** Builds the catalog of fixed resources. */
export function buildCatalog(): Map<string, Representation> {
  const allDates = [...updatedOf(statusCodes), ...comparisons.map((c) => c.updated)];
  const catalog = new Map<string, Representation>();
  catalog.set(API_BASE, jsonRepresentation(indexResource(), allDates));
  catalog.set(`${API_BASE}/openapi`, jsonRepresentation(openApiDocument(), allDates));
  catalog.set(DATASET_PATH, jsonRepresentation(datasetResource(), allDates));
  catalog.set(DATASET_SCHEMA_PATH, jsonRepresentation(datasetJsonSchema(), allDates));
  catalog.set(`${API_BASE}/codes`, jsonRepresentation(codesResource(statusCodes), updatedOf(statusCodes)));
  for (const status of statusCodes) {
    catalog.set(`${API_BASE}/codes/${status.code}`, jsonRepresentation(codeResource(status), [status.updated]));
  }
  for (const pseudo of pseudoCodes) {
    catalog.set(`${API_BASE}/codes/${pseudo.id}`, jsonRepresentation(pseudoCodeResource(pseudo), [pseudo.updated]));
  }
  // An unassigned number's resource is derived from its class's x00 entry and the prose rules.
  for (const number of unassignedNumbers) {
    catalog.set(
      `${API_BASE}/codes/${number.code}`,
      jsonRepresentation(unassignedResource(number), [number.treatAs.updated, UNASSIGNED_PROSE_UPDATED]),
    );
  }
  catalog.set(`${API_BASE}/classes`, jsonRepresentation(classesResource(statusCodes), updatedOf(statusCodes)));
  for (const statusClass of statusClasses) {
    const members = statusCodes.filter((status) => status.class === statusClass);
    catalog.set(`${API_BASE}/classes/${statusClass}`, jsonRepresentation(classResource(statusClass, statusCodes), updatedOf(members)));
  }
  catalog.set(
    `${API_BASE}/comparisons`,
    jsonRepresentation(
      comparisonsResource(comparisons),
      comparisons.map((c) => c.updated),
    ),
  );
  for (const comparison of comparisons) {
    catalog.set(`${API_BASE}/comparisons/${comparison.slug}`, jsonRepresentation(comparisonResource(comparison), [comparison.updated]));
  }
  return catalog;
}

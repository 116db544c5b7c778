/**
 * The dataset bundle for other builds: the exported file is what the live
 * API serves, it validates against its generated JSON Schema with a real
 * validator (Ajv, draft 2020-12, formats checked), and every entry equals the
 * API's own resource for it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';

const app = createApp();
const dist = fileURLToPath(new URL('../dist/api/v1/', import.meta.url));
const exported = readFileSync(`${dist}dataset.json`);
const exportedSchema = readFileSync(`${dist}dataset.schema.json`);
const bundle = JSON.parse(exported.toString('utf8'));
const schema = JSON.parse(exportedSchema.toString('utf8'));
const live = async (path: string) => (await app.request(path, { headers: { 'Accept-Encoding': 'identity' } })).json();

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('dist/api/v1/dataset.json and its schema', () => {
  it('are the bytes the live API serves, with and without .json, with an ETag that revalidates', async () => {
    for (const [path, bytes] of [
      ['/api/v1/dataset', exported],
      ['/api/v1/dataset.schema', exportedSchema],
    ] as const) {
      for (const url of [path, `${path}.json`]) {
        const res = await app.request(url, { headers: { 'Accept-Encoding': 'identity' } });
        expect(res.status, url).toBe(200);
        expect(Buffer.from(await res.arrayBuffer()).equals(bytes), url).toBe(true);
        const again = await app.request(url, { headers: { 'If-None-Match': res.headers.get('etag')! } });
        expect(again.status, url).toBe(304);
      }
    }
  });

  it('is a JSON Schema 2020-12 document that Ajv compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validator()).toBe('function');
  });

  it('validates the bundle, and rejects a bundle with a wrong or missing member', () => {
    const validate = validator();
    expect(validate(bundle), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const wrongType = structuredClone(bundle);
    wrongType.codes[0].code = String(wrongType.codes[0].code);
    expect(validate(wrongType)).toBe(false);
    const missing = structuredClone(bundle);
    delete missing.codes[0].phrase;
    expect(validate(missing)).toBe(false);
    const newerFormat = { ...structuredClone(bundle), formatVersion: 2 };
    expect(validate(newerFormat)).toBe(false);
  });

  it('says its format version and what it was generated from', () => {
    expect(bundle.formatVersion).toBe(1);
    expect(bundle.generated.counts).toEqual({ codes: bundle.codes.length, classes: 5, comparisons: bundle.comparisons.length });
    expect(bundle.generated.dataUpdated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The IANA registry's phrase for 304, as a spot check of the content.
    expect(bundle.codes.find((entry: { code: number }) => entry.code === 304)).toMatchObject({ phrase: 'Not Modified' });
  });

  it('holds exactly the codes of /api/v1/codes, each equal to /api/v1/codes/{n}', async () => {
    const listed = (await live('/api/v1/codes')).codes.map((entry: { code: number }) => entry.code);
    expect(bundle.codes.map((entry: { code: number }) => entry.code)).toEqual(listed);
    for (const entry of bundle.codes) expect(entry, String(entry.code)).toEqual(await live(`/api/v1/codes/${entry.code}`));
  });

  it('holds the classes and the curated comparisons as the API serves them', async () => {
    expect(bundle.classes).toEqual((await live('/api/v1/classes')).classes);
    for (const comparison of bundle.comparisons) {
      expect(comparison, comparison.slug).toEqual(await live(`/api/v1/comparisons/${comparison.slug}`));
    }
    expect(bundle.comparisons.map((c: { slug: string }) => c.slug)).toEqual(
      (await live('/api/v1/comparisons')).comparisons.map((c: { slug: string }) => c.slug),
    );
  });

  it('is linked from the API index and described by the OpenAPI document', async () => {
    const index = await live('/api/v1');
    expect(index.resources.map((resource: { href: string }) => resource.href)).toEqual(
      expect.arrayContaining(['/api/v1/dataset', '/api/v1/dataset.schema.json']),
    );
    const openapi = await live('/api/v1/openapi.json');
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/v1/dataset', '/api/v1/dataset.schema.json']));
    expect(openapi.components.schemas.Dataset.properties.formatVersion.const).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import {
  classListSchema,
  codeListSchema,
  codeResourceSchema,
  comparisonListSchema,
  comparisonResourceSchema,
  indexSchema,
} from './resource-schemas.ts';

const app = createApp();
const body = async (path: string) => (await app.request(path)).json();

describe('live resources match the schemas the OpenAPI document publishes', () => {
  it('codes, classes, comparisons and the index', async () => {
    codeListSchema.parse(await body('/api/v1/codes'));
    codeResourceSchema.parse(await body('/api/v1/codes/304'));
    classListSchema.parse(await body('/api/v1/classes'));
    comparisonListSchema.parse(await body('/api/v1/comparisons'));
    comparisonResourceSchema.parse(await body('/api/v1/comparisons/404-vs-500'));
    indexSchema.parse(await body('/api/v1'));
  });
  it('the OpenAPI document is 3.1 and describes every path of the contract', async () => {
    const document = await body('/api/v1/openapi.json');
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1',
        '/api/v1/codes',
        '/api/v1/codes/{code}',
        '/api/v1/classes',
        '/api/v1/classes/{class}',
        '/api/v1/comparisons',
        '/api/v1/comparisons/{pair}',
      ]),
    );
    expect(document.components.schemas.StatusCode.properties.heuristicallyCacheable.type).toBe('boolean');
    // /codes/{code} answers one of three kinds of resource, told apart by "kind".
    const answer = document.paths['/api/v1/codes/{code}'].get.responses['200'].content['application/json'].schema;
    expect(answer.oneOf.map((schema: { $ref: string }) => schema.$ref)).toEqual([
      '#/components/schemas/StatusCode',
      '#/components/schemas/UnassignedCode',
      '#/components/schemas/NotAStatusCode',
    ]);
    expect(answer.discriminator.propertyName).toBe('kind');
    expect(document.components.schemas.UnassignedCode.properties.treatAs.type).toBe('integer');
  });
});

/** The API's resources, described once for the index resource, the /api/ page and the OpenAPI document. */
export const API_BASE = '/api/v1';

export interface Endpoint {
  path: string;
  summary: string;
}

export const endpoints: readonly Endpoint[] = [
  { path: `${API_BASE}`, summary: 'This index of the resources, with links.' },
  {
    path: `${API_BASE}/codes`,
    summary: 'Every status code. Filters: class=4xx, status=standard, q=free text over phrase, summary and constants.',
  },
  {
    path: `${API_BASE}/codes/{code}`,
    summary:
      'One status code with every field: definition, headers, caching, retry advice, symptoms, constants, links ("kind": "status-code"). Any other number from 100 to 599 answers with its class and how a client treats it ("kind": "unassigned"); 0 and 000 answer with what produces them ("kind": "not-a-status-code").',
  },
  { path: `${API_BASE}/classes`, summary: 'The five classes, each with its codes.' },
  { path: `${API_BASE}/classes/{class}`, summary: 'One class (1xx to 5xx) with its codes.' },
  { path: `${API_BASE}/comparisons`, summary: 'Every curated comparison.' },
  {
    path: `${API_BASE}/comparisons/{a}-vs-{b}`,
    summary:
      'A curated comparison, or one derived from the two codes\u2019 data ("curated": false) for any other pair. The reversed slug of a curated pair answers 308 to it.',
  },
  {
    path: `${API_BASE}/dataset`,
    summary:
      'The whole dataset in one file (every code, class and curated comparison) with formatVersion and generation info, for another project\u2019s build to fetch or vendor.',
  },
  {
    path: `${API_BASE}/dataset.schema.json`,
    summary: 'The JSON Schema (draft 2020-12) of the dataset file, generated from the same Zod schemas as the OpenAPI document.',
  },
  { path: `${API_BASE}/openapi.json`, summary: 'The OpenAPI 3.1 document of this API, generated from the dataset\u2019s schemas.' },
  {
    path: `${API_BASE}/respond/{code}`,
    summary:
      'A test endpoint: any method, any origin. Answers with that status, the header fields its definition calls for and content only where allowed; ranges on 206, a real 103 before a 200, redirects to the echo, fail-then-succeed, delays and resets, httpstat.us\u2019s options. Rate-limited per client. See /testing/.',
  },
  {
    path: `${API_BASE}/echo`,
    summary:
      'Answers 200 to any method with the method, URL, header fields and content that arrived: where the test endpoint\u2019s redirects lead.',
  },
];

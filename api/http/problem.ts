/**
 * RFC 9457 problem details. Every error under /api/ is one of these, with a
 * detail that says what was wrong with this particular request.
 */
import { findCode } from '../../data/dataset.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The members of a problem document (RFC 9457 §3.1). */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status: number;
  detail: string;
  instance?: string;
  [extension: string]: unknown;
}

/** The JSON text of a problem document; `type` defaults to about:blank with the registry phrase of the status, from the dataset, as title (§4.2.1). */
export function problemBody(problem: ProblemDetails): string {
  const document = {
    type: problem.type ?? 'about:blank',
    title: problem.title ?? findCode(problem.status)?.phrase ?? 'Error',
    ...problem,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A problem-document Response. `headers` adds fields such as Allow or Location. */
export function problemResponse(problem: ProblemDetails, headers: Record<string, string> = {}): Response {
  return new Response(problemBody(problem), {
    status: problem.status,
    headers: {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  });
}

/**
 * RFC 9457 problem details. Every error under /api/ is one of these, with a
 * detail that says what was wrong with this particular request; the header
 * fields are the policy's for an API problem (policy/kinds.ts).
 */
import { PROBLEM_CONTENT_TYPE } from '../policy/content-types.ts';
import { apiKinds } from '../policy/kinds.ts';
import { reasonPhrases } from './reason-phrases.ts';

export { PROBLEM_CONTENT_TYPE };

/** The members of a problem document (RFC 9457 §3.1). */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status: number;
  detail: string;
  instance?: string;
  [extension: string]: unknown;
}

/** The JSON text of a problem document; `type` defaults to about:blank with the status phrase as title (§4.2.1). */
export function problemBody(problem: ProblemDetails): string {
  const document = {
    type: problem.type ?? 'about:blank',
    title: problem.title ?? reasonPhrases[problem.status] ?? 'Error',
    ...problem,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A problem-document Response with the policy's fields; `headers` adds fields such as Allow or Location. */
export function problemResponse(problem: ProblemDetails, headers: Record<string, string> = {}): Response {
  return new Response(problemBody(problem), { status: problem.status, headers: { ...apiKinds.problem.headers, ...headers } });
}

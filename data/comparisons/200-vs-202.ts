import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [200, 202],
  theme: 'success responses',
  intro:
    "Both are successes, but they report different moments. A 200 is sent after the request's action is done; a 202 is sent when the server has only accepted the work and the outcome is still open, so the client needs another way to learn it.",
  pairAspects: [
    {
      aspect: 'State of the action',
      cells: [
        'Finished: "the request has succeeded", and for POST the content describes "the status of, or results obtained from, the action" (RFC 9110 §15.3.1).',
        'Pending: "accepted for processing, but the processing has not been completed", and it "might or might not eventually be acted upon" (RFC 9110 §15.3.3).',
      ],
    },
    {
      aspect: 'What the content should hold',
      cells: [
        'The result: the resource for GET, the outcome for POST, PUT and DELETE (RFC 9110 §15.3.1, Table 6).',
        "The request's current status and a pointer to, or an embedded, status monitor with an estimate of when it will be fulfilled (RFC 9110 §15.3.3).",
      ],
    },
    {
      aspect: 'Learning the final outcome',
      cells: [
        'Already known from this response.',
        'Only by asking again: "There is no facility in HTTP for re-sending a status code from an asynchronous operation" (RFC 9110 §15.3.3), so the client polls the status monitor or waits for a callback the API defines.',
      ],
    },
  ],
  keyDifference:
    'A 200 reports a completed action and its result; a 202 reports only that the work was accepted, promises nothing about its outcome, and should say where the outcome will appear.',
  decisionRule:
    "If the response can wait for the result within the client's and the gateways' timeouts, do the work and send 200 (or 201 when it created a resource). If the work is queued, batched or slower than that, send 202 with the URL of a status resource and let that resource report progress and the final result.",
  commonMistake:
    'Returning 200 for work that has only been queued: clients and tests assume the change is visible and read it back at once, then find stale data or a missing record, and a job that fails later has no channel through which to report the failure.',
  faq: [
    {
      question: 'What should the status monitor return once the job has finished?',
      answer:
        "HTTP leaves that to the API. One workable design: the monitor answers 200 with the job's state while it runs and, when the job is done, 303 See Other pointing at the result, which RFC 9110 §15.4.4 allows for any method; a failed job is described in the monitor's representation, not with a 5xx, because the monitor itself worked.",
    },
    {
      question: 'Is 202 a way to avoid gateway timeouts?',
      answer:
        'Yes, and it is what RFC 9110 §15.3.3 intends: accepting work "without requiring that the user agent\'s connection to the server persist until the process is completed". Moving a two-minute export behind a 202 frees the connection and avoids the 504 that a proxy with a 60-second read timeout would otherwise produce.',
    },
    {
      question: 'Can a client stop resending once it gets a 202?',
      answer:
        'It can stop resending, because the server has taken the request, but it must not report the operation as done until the status monitor says so. If the first 202 was lost in transit and the client resends, an idempotency key lets the server recognise the repeat and return the existing job instead of queuing a second one.',
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;

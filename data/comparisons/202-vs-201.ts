import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [202, 201],
  theme: 'success responses',
  intro:
    'Both typically answer a POST that asks the server to make something, and both often come with a Location header pointing at a fresh URL. Time is what tells them apart: the URL in a 201 names a resource that exists already, while a 202 hands over, at best, the address of a job whose outcome is still open. A client that fetches the Location of a 202 straight away and gets a 404 is the classic symptom of the two being confused.',
  pairAspects: [
    {
      aspect: 'What a Location field points to',
      cells: [
        'Nothing standard: RFC 9110 §10.2.2 defines Location only for 201 and 3xx, so using it for a status monitor is an API convention that each client has to be taught.',
        'The primary resource created, which can be fetched at once (RFC 9110 §10.2.2, §15.3.2).',
      ],
    },
    {
      aspect: 'Validators in the response',
      cells: [
        'Nothing to validate yet: an ETag here could only describe the status report, never the resource that may exist later.',
        'Any ETag or Last-Modified belongs to the newly created representation (RFC 9110 §15.3.2), so the first update can already use If-Match.',
      ],
    },
    {
      aspect: 'Prefer header that leads to it',
      cells: [
        'Prefer: respond-async (RFC 7240 §4.1) tells the server the client would rather get an early 202 than wait for slow processing.',
        'None needed: the client waits for the ordinary synchronous exchange until the resource exists.',
      ],
    },
  ],
  keyDifference:
    'A 201 reports a creation that has already happened; a 202 reports only that the request was taken on, with success or failure still to come.',
  decisionRule:
    'If the resource exists and can be fetched by the moment you write the response, send 201 with its Location. If creation finishes after the response (a queue, a nightly batch, minutes of provisioning), send 202 with a status URL, and let that status resource link to the created resource once it exists.',
  commonMistake:
    'Answering 201 as soon as an order or upload is queued, with Location naming a record the worker has not written yet: clients that follow it get 404, retry logic may submit the order again, and if the worker later rejects the job the user has already been told it was created. At that moment only a 202 with a status URL is honest.',
  faq: [
    {
      question: 'Should the status monitor answer 201 once the job is done?',
      answer:
        'No: the poll is a GET on the status resource, and a GET creates nothing, so a 201 there misstates what happened. The usual designs answer 200 with a terminal state and a link to the result, or redirect with 303 See Other to the finished resource, a code RFC 9110 §15.4.4 defines for pointing at a different resource that answers the original request.',
    },
    {
      question: 'What does a webhook receiver return, 202 or 201?',
      answer:
        'Usually 202 or 200: the receiver queues the event and creates nothing the sender will ever address. Senders such as GitHub only check for a 2xx within their timeout, which GitHub documents as 10 seconds, so the choice mostly matters for your own logs; answering before processing keeps you inside that window.',
    },
    {
      question: 'How does the client learn that a queued creation failed?',
      answer:
        'Only through the status resource: HTTP has no way to send a second status code for a request already answered (RFC 9110 §15.3.3). A terminal state with an error object, for instance in the problem details format of RFC 9457, closes the loop. A 201 never needs this, because its creation had succeeded before the response was sent.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;

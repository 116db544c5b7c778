import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [204, 205],
  theme: 'success responses',
  intro:
    'Neither code carries a body, both leave the user on the page that sent the request, and RFC 9110 describes each in terms of the user agent\'s "document view", so they read like synonyms. The one thing 205 adds is an instruction to clear the form or editor for the next entry, and no browser carries it out on its own. Most developers discover 205 by trying it on a form and watching nothing happen.',
  pairAspects: [
    {
      aspect: 'What the user agent is asked to do with its view',
      cells: [
        'Keep it: stay on the current document and apply any new metadata from the header fields to it, as an editor does after a save (RFC 9110 §15.3.5).',
        'Reset it to its original state as received from the origin server, so the next entry starts blank (RFC 9110 §15.3.6); in browsers only page scripts do this.',
      ],
    },
    {
      aspect: 'How the empty message is delimited',
      cells: [
        'By the status code itself: HTTP/1.1 ends a 204 at the blank line after the header section (RFC 9112 §6.3), and Content-Length is forbidden (RFC 9110 §8.6).',
        'By explicit framing: RFC 9112 §6.3 does not list 205 among the bodiless responses, so it needs Content-Length: 0 or an empty chunked body to avoid reading until the connection closes.',
      ],
    },
    {
      aspect: 'Typical request it answers',
      cells: [
        'Any successful action whose result needs no display: autosaves with PUT, DELETE, CORS preflights, analytics beacons.',
        'A submission from a data-entry interface that will be used again right away: the next inventory item, the next note, a new sketch (RFC 9110 §15.3.6).',
      ],
    },
  ],
  keyDifference:
    'Both send no content; a 204 tells the client to leave what the user sees untouched, a 205 tells it to clear that input for the next entry.',
  decisionRule:
    'Send 205 only when your own script submits the form and will clear it on seeing that status. For plain HTML forms, generic API clients and everything else, send 204, or a 303 redirect to a fresh form page, and clear fields in script where needed.',
  commonMistake:
    'Switching a form endpoint from 204 to 205 in the belief that the browser will empty the form: the page looks unchanged, users assume the submission failed and press the button again, and the server stores duplicates. Sending that 205 without Content-Length: 0 adds a second fault on keep-alive connections, where the client waits for a body that never arrives.',
  faq: [
    {
      question: 'Does any browser clear a form when it gets a 205?',
      answer:
        'No. The HTML standard handles a navigation response of 204 or 205 the same way, by ending the navigation and keeping the current document, and MDN notes that browsers do not reset content natively. Scripts have to act on it, for instance by calling form.reset() when fetch() reports status 205.',
    },
    {
      question: 'Why does my HTTP/1.1 client hang after a 205?',
      answer:
        'Nothing in the message says where it ends. RFC 9112 §6.3 treats responses to HEAD and those with 1xx, 204 or 304 status as complete at the end of the header section, and 205 is not on that list, so without Content-Length: 0 or chunked framing the client reads until the server closes the connection.',
    },
    {
      question: 'What should a classic HTML form endpoint use for repeated entry?',
      answer:
        'Post/Redirect/Get: answer the POST with 303 See Other pointing at a URL that serves a blank form. The browser follows it with a GET (RFC 9110 §15.4.4), the fields arrive empty, and a reload no longer resubmits the last entry. A 204 would keep the typed values, which suits autosave but not a stream of new records.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;

import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [200, 201],
  theme: 'success responses',
  intro:
    "After a POST that inserts a record, many handlers answer 200 simply because it is the default: Express's res.json() and a Spring controller that returns an object both send it unless told otherwise. Nothing visibly breaks, since fetch() reports ok for both and most SDKs only test for 2xx. The gap appears later, when a client needs the URL of what it just made or has to tell a creation from an update.",
  pairAspects: [
    {
      aspect: 'Meaning of a Location field',
      cells: [
        'None defined: RFC 9110 §10.2.2 gives Location a meaning only for 201 and the 3xx codes, so a Location on a 200 is a private convention that generic clients ignore.',
        'The primary resource the request created (RFC 9110 §10.2.2); if Location is missing, the client can only assume that the target URI itself was created (RFC 9110 §15.3.2).',
      ],
    },
    {
      aspect: 'Meaning of Content-Location after POST',
      cells: [
        'A URI different from the target marks the body as a report on the action that can be fetched again later, like a receipt for a purchase (RFC 9110 §8.7).',
        'A value identical to Location marks the body as the current representation of the new resource, so the client can skip the follow-up GET (RFC 9110 §8.7).',
      ],
    },
    {
      aspect: 'Required answer to PUT',
      cells: [
        'One of the two permitted answers, with 204, when the PUT modified a representation that already existed (RFC 9110 §9.3.4).',
        'Mandatory when the PUT gave the target URI its first representation: the origin server MUST send 201 (RFC 9110 §9.3.4).',
      ],
    },
  ],
  keyDifference:
    'A 201 states that a new resource exists as of this response and says where it lives; a 200 reports a successful outcome without claiming that anything was created.',
  decisionRule:
    'If the request brought a resource into existence before you answer (a POST that inserted a row, a PUT to a URI that had no representation), send 201 with Location pointing at it. If it read, changed or replaced something that already existed, or a POST only computed a result such as a search or a price quote, send 200.',
  commonMistake:
    'Answering a creating POST with 200 and the new ID somewhere in the JSON: with no Location to follow, every client builds the resource URL from the ID by hand, and all of them break when the URL layout changes. The reverse habit, 201 on every POST including searches and actions that create nothing, sends clients looking for a Location that does not exist.',
  faq: [
    {
      question: 'My POST sometimes creates a record and sometimes finds an existing one. Which code fits?',
      answer:
        "Split by outcome: 201 with Location when a row was inserted, 200 with the existing record when it was found. RFC 9110 §9.3.3 also lets the server answer the second case with 303 See Other and the existing resource's URI in Location. Keeping the outcomes distinct tells the client whether it now owns something it may have to clean up.",
    },
    {
      question: 'Is 200 right for POST /search and other POSTs that create nothing?',
      answer:
        'Yes. RFC 9110 Table 6 (§15.3.1) defines the content of a 200 to POST as the status of, or results obtained from, the action, which describes a result set exactly. A 201 there would claim a new resource and leave the client without a URI to fetch it from.',
    },
    {
      question: 'How do common frameworks send a 201 with Location?',
      answer:
        "Spring's ResponseEntity.created(uri) sets the status and Location together, and ASP.NET Core's CreatedAtAction builds Location from a route. Express needs res.status(201).location(url) by hand. Django REST framework's CreateModelMixin answers 201 but copies Location from the serializer's url field only when that field exists, so a plain ModelSerializer yields a 201 without Location.",
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;

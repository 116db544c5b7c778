import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [422, 409],
  theme: 'client errors',
  intro:
    'Each rejects a well-formed request for a reason only the application understands, which is why API style guides disagree about them: GitHub answers a repository name that is already taken with 422, while many other APIs use 409 for the same kind of clash. The RFC wording still gives a workable line. A 422 is about the instructions in the content, a 409 about the current state of the resource the request targets.',
  pairAspects: [
    {
      aspect: 'Same request, sent later',
      cells: [
        'Fails again: the content is wrong whatever the resource looks like, so only changing the content helps.',
        'May succeed once the state changes: after the other edit is merged, the duplicate removed, or the resource is back in a state that allows the transition.',
      ],
    },
    {
      aspect: 'Can two clients cause it together?',
      cells: [
        'No: a single request is invalid on its own, regardless of what anyone else did.',
        'Yes, and that is its textbook case: RFC 9110 §15.5.10 illustrates it with a PUT whose changes collide with an earlier third-party request.',
      ],
    },
    {
      aspect: 'Where a user interface shows it',
      cells: [
        'Next to the form fields that failed, as validation messages.',
        'As a conflict to resolve: "this name is taken", a merge view of both versions, or a reload prompt.',
      ],
    },
  ],
  keyDifference:
    'A 422 says the content is wrong no matter what state the resource is in; a 409 says the content is acceptable but clashes with the state the resource is in now.',
  decisionRule:
    'Ask whether the request would pass against a fresh, empty resource: if it would still fail (bad values, missing fields, an end date before the start date), send 422; if it fails only because of what is stored now (a taken name, a newer version, a transition that already happened), send 409.',
  commonMistake:
    'Listing uniqueness and state conflicts in the same 422 error array as "email is invalid". The user sees "name already taken" presented as if they had typed something malformed, and client code that could resolve a conflict automatically, by refetching, merging or picking another slug, has no status code to branch on.',
  faq: [
    {
      question: 'GitHub returns 422 when a repository name is taken. Is that a mistake?',
      answer:
        'It is a documented convention rather than an RFC violation: GitHub reports failed checks on submitted content with 422 and an errors array whose code member says "already_exists" for this case. By the definition in RFC 9110 §15.5.10 the clash is with existing state, so 409 fits at least as well; GitHub clients have to read the error code, not just the status.',
    },
    {
      question: 'If a request has invalid fields and would also conflict, which code goes back?',
      answer:
        'Validate first and send 422. Content checks need no lock and no database read, and resolving a conflict for content that is invalid anyway would be wasted work: the user would merge changes only to be told afterwards that the values are wrong.',
    },
    {
      question: 'How does Rails split the two?',
      answer:
        'Active Record registers its own mapping: ActiveRecord::RecordInvalid, a failed validation, becomes 422, and ActiveRecord::StaleObjectError, raised by optimistic locking when lock_version has moved on, becomes 409. A uniqueness validation is a validation, so Rails reports it as 422; if two inserts race past it, the database index raises ActiveRecord::RecordNotUnique, which has no mapping and surfaces as a 500 unless you rescue it, ideally as 409.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;

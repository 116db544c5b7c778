import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [403, 404],
  theme: 'authentication and access',
  intro:
    'When a caller asks for something it may not see, HTTP lets the server answer either way: RFC 9110 explicitly allows a 404 in place of a 403 to hide that the resource exists. Public APIs split on the choice, and penetration testers routinely report an endpoint that answers 403 for existing IDs and 404 for the rest as an enumeration leak. The same pair also meets on plain web servers, where nginx and Apache return 403 for things that are merely misconfigured.',
  pairAspects: [
    {
      aspect: 'What the caller learns',
      cells: [
        'That the server understood the request and will not fulfil it, which usually confirms the resource is there (RFC 9110 §15.5.4).',
        'Nothing it can act on: the same code covers a missing resource and one the server is "not willing to disclose" (RFC 9110 §15.5.5).',
      ],
    },
    {
      aspect: 'Reuse by caches without explicit headers',
      cells: [
        'Outside the heuristically cacheable list (RFC 9110 §15.1), so without explicit freshness a refusal is not replayed to users who do have access.',
        'Stored heuristically when no lifetime is given (RFC 9110 §15.5.5). A 404 that hides a resource from one session can be stored and replayed to a session that may see it when access depends on a cookie; shared caches do not reuse responses to requests with Authorization unless allowed (RFC 9111 §3.5), but cookies get no such protection, so mark those 404s private or no-store.',
      ],
    },
    {
      aspect: 'Typical web-server origin',
      cells: [
        'nginx with no index file and autoindex off ("directory index of … is forbidden"), a file the worker cannot read ("13: Permission denied"), a deny rule, or a WAF block.',
        'A path with no file or route, or an nginx location marked internal that is requested from outside.',
      ],
    },
  ],
  keyDifference: 'A 403 admits that the resource is there and refuses this caller; a 404 declines to say whether anything is there at all.',
  decisionRule:
    "If the caller may legitimately know the resource exists (an admin page, a feature outside their plan, a document they could request access to), send 403 and name the missing permission. If existence is itself sensitive (another tenant's record, a private repository, an unpublished document), send 404 and make it indistinguishable from a real miss.",
  commonMistake:
    'Hiding resources with 404 on one path but not the others: the record endpoint answers 404 while its comments or export endpoint answers 403, the error bodies differ, or the hidden case takes measurably longer because the record is loaded before the permission check. Any of these lets an attacker enumerate which IDs exist, which the 404 was supposed to prevent.',
  faq: [
    {
      question: 'What makes a hiding 404 indistinguishable from a real one?',
      answer:
        'Send the same body, the same headers and roughly the same timing for both cases. The simplest way is to scope the lookup to what the caller may see, e.g. WHERE tenant_id = ? or current_user.projects.find(id) in Rails, which raises RecordNotFound and therefore 404 for missing and forbidden records alike, through one code path.',
    },
    {
      question: 'Why does nginx return 403 for a file I can see on disk?',
      answer:
        'Usually the nginx worker user lacks read permission on the file or execute permission on a parent directory, and the error log shows "(13: Permission denied)". The other frequent case is a request for a directory with no index file while autoindex is off. Neither is an access-control decision in the application, so fix the filesystem or the configuration rather than the code.',
    },
    {
      question: 'Is answering 404 for forbidden resources security through obscurity?',
      answer:
        'Only if it replaces the permission check. RFC 9110 §15.5.4 presents it as an option ("MAY") for an origin that wants to hide a resource\'s existence; the authorization decision still has to run on every request. It removes one signal an attacker can use to map IDs, and costs honest users a vaguer error.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;

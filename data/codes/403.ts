import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 403,
  phrase: 'Forbidden',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.4'),
  summary:
    'The server understood the request and refuses it, and authenticating again will not change that. It covers both "your credentials are not enough" and refusals unrelated to credentials, such as IP blocks or disabled directory listings.',
  definition:
    'The server understood the request but refuses to fulfill it, and may explain why in the content (RFC 9110 §15.5.4). If the request carried credentials, the server considers them insufficient: the client SHOULD NOT automatically repeat the request with the same credentials and MAY try new or different ones, although the refusal may have nothing to do with credentials (RFC 9110 §15.5.4).',
  whenToUse:
    'When the caller is identified but not permitted, such as a valid token without the required role (RFC 9110 §11.4 says a server ought to answer valid but inadequate credentials with 403), or when access is refused for reasons credentials cannot fix: an IP deny list, a failed CSRF check, a directory whose listing is disabled. Send 401 when credentials are missing or invalid. To hide that a forbidden resource exists at all, an origin server MAY answer 404 instead (RFC 9110 §15.5.4).',
  clientBehavior:
    'Browsers show the error page from the body; unlike 401, a 403 carries no challenge and never opens a login dialog. A client SHOULD NOT automatically repeat the request with the same credentials (RFC 9110 §15.5.4). Some services blur the line with 404: Amazon S3 answers 403 AccessDenied for a missing object when the caller lacks s3:ListBucket permission, so an S3 client cannot read a 403 as "the object exists".',
  cachingBehavior:
    "Not heuristically cacheable (RFC 9110 §15.1): a 403 is stored only with explicit Cache-Control or Expires. CDN defaults follow: Cloudflare documents that without cache headers it caches 404 and 410 for 3 minutes but does not cache 403. When the refusal depends on who asks (an IP rule, a cookie, a role), mark it Cache-Control: private or no-store so a shared cache does not replay one client's refusal to everyone.",
  seoImpact:
    'Google documents that every 4xx except 429 removes the URL from its index, and has asked site owners and CDNs not to use 403 or 404 to slow Googlebot down, because the pages get dropped instead; 429, 500 or 503 slow crawling. A bot-protection rule that answers Googlebot with 403 therefore de-indexes what it protects. Google treats a robots.txt that returns 403 as if no robots.txt existed, so crawling proceeds without restrictions.',
  apiImpact:
    'Treat 403 as final for the current identity: refreshing the token does not change it, and OAuth resource servers SHOULD use 403 with error="insufficient_scope" when the token lacks scope (RFC 6750 §3.1). Name the missing permission in the body so the caller knows what to request. GitHub\'s REST API reports exhausted rate limits with 403 or 429 and x-ratelimit-remaining: 0, so a GitHub client must check those headers before deciding a 403 is a permission error.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Do not repeat the request automatically with the same credentials (RFC 9110 §15.5.4). Retry only after something changes: other credentials, a newly granted permission, or a fresh CSRF token in the form.',
  },
  scenarios: [
    'A Django form is posted without a valid CSRF token and the response is "Forbidden (403) CSRF verification failed. Request aborted."',
    'Apache with Options -Indexes answers a request for a directory that has no index file with 403.',
    'An S3 client asks for a key that does not exist in a bucket where it has s3:GetObject but not s3:ListBucket and gets 403 AccessDenied instead of 404 NoSuchKey.',
    'A WAF rule blocks a request from a flagged IP range and returns its own 403 page before the origin sees the request.',
  ],
  mistakes: [
    'Returning 403 when no credentials were sent: a 403 carries no WWW-Authenticate, so the client is not told how to authenticate; that case is 401.',
    'Using 403 to throttle crawlers or API clients: Google removes the URLs instead of crawling more slowly, and clients do not back off; use 429 or 503.',
    'Revealing which private resources exist by answering 403 for existing ones and 404 for the rest; RFC 9110 §15.5.4 allows answering 404 for both.',
  ],
  related: [401, 404, 451, 429, 407],
  updated: '2026-11-25',
} satisfies StatusCodeInput;

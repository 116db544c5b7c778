import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 498,
  phrase: 'Invalid Token',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Esri ArcGIS',
  spec: documentSource('ArcGIS REST JS: error handling (ArcGISAuthError)', 'https://developers.arcgis.com/arcgis-rest-js/error-handling/'),
  summary:
    'ArcGIS services answer 498 when the request carries a token that is not accepted: expired, revoked, or issued for another referer, IP address or server. It usually arrives as error.code in a JSON body, not as the HTTP status.',
  definition:
    'ArcGIS Server, ArcGIS Enterprise and ArcGIS Online report errors as a JSON object {"error": {"code": …, "message": …, "details": […]}}, and code 498 means the token sent with the request is invalid; its neighbour 499 means a secured resource was requested without a token. Esri\'s own client library, ArcGIS REST JS, checks that body field and raises ArcGISAuthError ("an invalid token") for error codes 498 and 499, and ArcGISRequestError for the others (check-for-errors.ts). The HTTP status line of such a response is frequently 200, so clients that look only at the status miss the error. The number is not in the IANA registry (452-499 are unassigned).',
  whenToUse:
    'Only ArcGIS services use it in this meaning. An API of your own that rejects an expired or invalid bearer token answers 401 with WWW-Authenticate: Bearer error="invalid_token" (RFC 6750 §3.1), which every OAuth client library understands.',
  clientBehavior:
    'ArcGIS REST JS turns 498 and 499 into ArcGISAuthError, and its authentication managers (ArcGISIdentityManager, ApplicationCredentialsManager) can refresh the token and repeat the request; when refreshing fails they raise ArcGISTokenRequestError. Generic HTTP clients see a 200 with an error body, or, where the service does put 498 in the status line, an unknown 4xx.',
  cachingBehavior:
    'Token errors depend on the token in the request, not on the resource, so a shared cache in front of an ArcGIS service must not store them under the resource URL. Tokens usually travel in the query string (token=…), which also makes every token a different cache key.',
  seoImpact:
    'Secured map and feature services are not meant for crawlers; a public page whose map fails with 498 still loads, but its map stays empty for every visitor until the embedded token is renewed.',
  apiImpact:
    'Tokens from generateToken expire (the expiration parameter sets how long), and tokens bound to a referer or IP address fail when a proxy changes the referer or client address. Check the JSON body of every response for error.code, not only the HTTP status, and renew the token before it expires rather than after the first 498.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'The same token fails again. Generate a new token (generateToken, or an OAuth refresh) and repeat the request with it; if a fresh token fails at once, check that its referer or IP binding matches the way requests reach the server.',
  },
  scenarios: [
    'A web map embeds a token generated with a one-hour expiration; an hour later every feature query returns {"error":{"code":498,"message":"Invalid token."}} and the layers disappear.',
    'A script requests a token with client=requestip, then runs its queries through a corporate proxy whose address differs, and every query answers 498.',
    'A backend polls a secured feature service and checks only response.ok: the service answers HTTP 200 with error code 498 in the body, and the script stores the error object as data.',
  ],
  mistakes: [
    'Branching on the HTTP status only: ArcGIS puts 498 in the JSON body of a response whose status line often says 200.',
    'Regenerating a token in a loop on every 498 without checking its binding: a referer- or IP-bound token keeps failing for the same reason.',
    'Copying 498 into your own API for expired tokens: send 401 with a Bearer challenge instead.',
  ],
  related: [401, 499, 403, 440],
  updated: '2026-12-06',
} satisfies StatusCodeInput;

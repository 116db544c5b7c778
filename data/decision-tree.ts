/**
 * "Which status code should I return?": a decision tree whose every answer is
 * a code of the dataset, justified by the section that defines it. Close calls
 * name the curated comparison that separates the two codes. `decision-check.ts`
 * validates the tree (codes, comparisons, cited sections, option ids) at build.
 * Each option's `id` becomes one segment of the shareable path
 * (`/which-code/?path=client,auth,missing-credentials`), so ids are stable.
 */

/** A section of an RFC the data already knows (`rfc-sections.ts`). */
export interface DecisionCitation {
  rfc: number;
  section: string;
}

/** Another code a reader might pick instead, and the comparison that separates them. */
export interface CloseCall {
  code: number;
  /** Slug of a curated comparison of the answer's code and `code`, e.g. "400-vs-422". */
  comparison: string;
}

/** A leaf: the code to return, and why, in the words of the cited section. */
export interface DecisionAnswer {
  code: number;
  because: string;
  cite: DecisionCitation;
  closeCalls: CloseCall[];
}

/** An inner node: one question and its options. */
export interface DecisionQuestion {
  question: string;
  options: DecisionOption[];
}

/** One choice under a question, leading to the next question or to an answer. */
export interface DecisionOption {
  /** Path segment: lowercase words joined by hyphens, unique among its siblings. */
  id: string;
  label: string;
  next: DecisionQuestion | DecisionAnswer;
}

/** Whether a node is an answer (a leaf). */
export function isAnswer(node: DecisionQuestion | DecisionAnswer): node is DecisionAnswer {
  return 'code' in node;
}

const rfc9110 = (section: string): DecisionCitation => ({ rfc: 9110, section });
const rfc6585 = (section: string): DecisionCitation => ({ rfc: 6585, section });

/** The whole tree, from the first question. */
export const decisionTree: DecisionQuestion = {
  question: 'What happened to the request?',
  options: [
    {
      id: 'success',
      label: 'It succeeded',
      next: {
        question: 'What does the response carry?',
        options: [
          {
            id: 'result',
            label: 'The result: the resource for a GET, or the outcome of the action for a POST',
            next: {
              code: 200,
              because:
                '200 means the request has succeeded; its content depends on the method: a representation of the target resource for GET, the status of or results obtained from the action for POST.',
              cite: rfc9110('15.3.1'),
              closeCalls: [{ code: 204, comparison: '200-vs-204' }],
            },
          },
          {
            id: 'created',
            label: 'A resource the request created (a POST to a collection, a PUT to a new URI)',
            next: {
              code: 201,
              because:
                '201 means the request resulted in one or more new resources being created; the Location header field, or else the target URI, identifies the primary one.',
              cite: rfc9110('15.3.2'),
              closeCalls: [
                { code: 200, comparison: '200-vs-201' },
                { code: 202, comparison: '202-vs-201' },
              ],
            },
          },
          {
            id: 'queued',
            label: 'Nothing final yet: the work was queued and finishes later',
            next: {
              code: 202,
              because:
                '202 means the request was accepted for processing but the processing has not been completed; its content ought to describe the current status and point to a status monitor.',
              cite: rfc9110('15.3.3'),
              closeCalls: [
                { code: 201, comparison: '202-vs-201' },
                { code: 200, comparison: '200-vs-202' },
              ],
            },
          },
          {
            id: 'no-content',
            label: 'Nothing: the action was applied and there is nothing to add (a save, a DELETE)',
            next: {
              code: 204,
              because:
                '204 means the server fulfilled the request and there is no additional content to send; the response ends with its header section.',
              cite: rfc9110('15.3.5'),
              closeCalls: [
                { code: 200, comparison: '200-vs-204' },
                { code: 205, comparison: '204-vs-205' },
              ],
            },
          },
          {
            id: 'reset-form',
            label: 'Nothing, and the client should clear the form it submitted',
            next: {
              code: 205,
              because:
                '205 asks the user agent to reset the document view that sent the request to its original state; a server MUST NOT generate content in a 205 response.',
              cite: rfc9110('15.3.6'),
              closeCalls: [{ code: 204, comparison: '204-vs-205' }],
            },
          },
          {
            id: 'range',
            label: 'Only the ranges the client asked for in its Range header field',
            next: {
              code: 206,
              because:
                '206 means the server is fulfilling a range request by transferring one or more parts of the selected representation, each described by a Content-Range field.',
              cite: rfc9110('15.3.7'),
              closeCalls: [
                { code: 200, comparison: '200-vs-206' },
                { code: 416, comparison: '206-vs-416' },
              ],
            },
          },
        ],
      },
    },
    {
      id: 'redirect',
      label: 'The resource is at another URI: send the client there',
      next: {
        question: 'Is the move permanent?',
        options: [
          {
            id: 'permanent',
            label: 'Yes: links to the old URI should be replaced for good',
            next: {
              question: 'Must the client repeat the same method and content at the new URI?',
              options: [
                {
                  id: 'method-may-change',
                  label: 'No: a page or site moved, and a POST turning into a GET does no harm',
                  next: {
                    code: 301,
                    because:
                      '301 gives the resource a new permanent URI; for historical reasons a user agent MAY change the request method from POST to GET when it follows it.',
                    cite: rfc9110('15.4.2'),
                    closeCalls: [
                      { code: 308, comparison: '301-vs-308' },
                      { code: 302, comparison: '301-vs-302' },
                    ],
                  },
                },
                {
                  id: 'method-kept',
                  label: 'Yes: an API endpoint moved, and a POST must stay a POST',
                  next: {
                    code: 308,
                    because:
                      '307 and 308 were added to unambiguously indicate method-preserving redirects; 308 is the permanent one, named in the definition of 301 for when changing POST to GET is undesired.',
                    cite: rfc9110('15.4'),
                    closeCalls: [
                      { code: 301, comparison: '301-vs-308' },
                      { code: 307, comparison: '307-vs-308' },
                    ],
                  },
                },
              ],
            },
          },
          {
            id: 'temporary',
            label: 'No: it is elsewhere for now, and the old URI stays the one to use',
            next: {
              question: 'What should the client do at the other URI?',
              options: [
                {
                  id: 'method-may-change',
                  label: 'Repeat the request; a POST turning into a GET does no harm',
                  next: {
                    code: 302,
                    because:
                      '302 means the target resource resides temporarily under a different URI; for historical reasons a user agent MAY change the request method from POST to GET.',
                    cite: rfc9110('15.4.3'),
                    closeCalls: [
                      { code: 307, comparison: '302-vs-307' },
                      { code: 301, comparison: '301-vs-302' },
                    ],
                  },
                },
                {
                  id: 'method-kept',
                  label: 'Repeat the same method with the same content',
                  next: {
                    code: 307,
                    because:
                      '307 means the resource resides temporarily under a different URI, and the user agent MUST NOT change the request method if it follows the redirect automatically.',
                    cite: rfc9110('15.4.8'),
                    closeCalls: [
                      { code: 302, comparison: '302-vs-307' },
                      { code: 308, comparison: '307-vs-308' },
                    ],
                  },
                },
                {
                  id: 'see-other',
                  label: 'Fetch a different resource with GET, such as the result page after a form POST',
                  next: {
                    code: 303,
                    because:
                      '303 redirects to a different resource, retrieved with GET or HEAD, that gives an indirect response to the original request; it is primarily used to send the client from a POST to its result.',
                    cite: rfc9110('15.4.4'),
                    closeCalls: [
                      { code: 302, comparison: '302-vs-303' },
                      { code: 307, comparison: '303-vs-307' },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      id: 'conditional',
      label: 'It is conditional (If-None-Match, If-Modified-Since, If-Match, If-Unmodified-Since), or should have been',
      next: {
        question: 'How did the condition turn out?',
        options: [
          {
            id: 'not-modified',
            label: "A GET or HEAD whose If-None-Match or If-Modified-Since is false: the client's copy is current",
            next: {
              code: 304,
              because:
                '304 answers a conditional GET or HEAD whose condition evaluated to false: the client already has a valid representation, so none is transferred.',
              cite: rfc9110('15.4.5'),
              closeCalls: [
                { code: 200, comparison: '304-vs-200' },
                { code: 412, comparison: '304-vs-412' },
              ],
            },
          },
          {
            id: 'failed',
            label: 'An update whose If-Match or If-Unmodified-Since is false: someone changed the resource first',
            next: {
              code: 412,
              because:
                '412 means one or more conditions in the request header fields evaluated to false on the server, so the method was not applied to a resource in an unexpected state.',
              cite: rfc9110('15.5.13'),
              closeCalls: [
                { code: 409, comparison: '409-vs-412' },
                { code: 304, comparison: '304-vs-412' },
              ],
            },
          },
          {
            id: 'required',
            label: 'An update with no condition at all, where you require one to prevent lost updates',
            next: {
              code: 428,
              because:
                '428 means the origin server requires the request to be conditional; its typical use is to avoid the lost update, where a client PUTs back a changed copy while a third party has modified the state on the server.',
              cite: rfc6585('3'),
              closeCalls: [{ code: 412, comparison: '412-vs-428' }],
            },
          },
        ],
      },
    },
    {
      id: 'client',
      label: 'The request is wrong: the client has to change it',
      next: {
        question: 'What is wrong with it?',
        options: [
          {
            id: 'syntax',
            label: 'It cannot be parsed: malformed syntax or invalid framing',
            next: {
              code: 400,
              because:
                '400 means the server cannot or will not process the request because of a perceived client error, such as malformed request syntax or invalid request message framing.',
              cite: rfc9110('15.5.1'),
              closeCalls: [
                { code: 422, comparison: '400-vs-422' },
                { code: 500, comparison: '400-vs-500' },
              ],
            },
          },
          {
            id: 'validation',
            label: 'It parses, but the content breaks your rules (a field fails validation)',
            next: {
              code: 422,
              because:
                '422 means the server understands the content type and the syntax of the content is correct, but it was unable to process the contained instructions.',
              cite: rfc9110('15.5.21'),
              closeCalls: [
                { code: 400, comparison: '400-vs-422' },
                { code: 409, comparison: '422-vs-409' },
              ],
            },
          },
          {
            id: 'media-type',
            label: 'Its Content-Type or Content-Encoding is one you do not accept',
            next: {
              code: 415,
              because:
                '415 means the content is in a format this method on this resource does not support, whether the indicated Content-Type, the Content-Encoding or the data itself gave it away.',
              cite: rfc9110('15.5.16'),
              closeCalls: [
                { code: 400, comparison: '400-vs-415' },
                { code: 406, comparison: '406-vs-415' },
              ],
            },
          },
          {
            id: 'not-acceptable',
            label: 'Its Accept header fields ask for a format you cannot produce, and you will not send a default',
            next: {
              code: 406,
              because:
                '406 means no current representation is acceptable according to the proactive negotiation header fields of the request, and the server is unwilling to supply a default.',
              cite: rfc9110('15.5.7'),
              closeCalls: [
                { code: 415, comparison: '406-vs-415' },
                { code: 400, comparison: '400-vs-406' },
              ],
            },
          },
          {
            id: 'auth',
            label: 'The client is not identified, or not allowed',
            next: {
              question: 'What is the problem with the client?',
              options: [
                {
                  id: 'missing-credentials',
                  label: 'It sent no credentials, or invalid or expired ones',
                  next: {
                    code: 401,
                    because:
                      '401 means the request lacks valid authentication credentials; the response MUST carry a WWW-Authenticate header field with at least one challenge.',
                    cite: rfc9110('15.5.2'),
                    closeCalls: [
                      { code: 403, comparison: '401-vs-403' },
                      { code: 400, comparison: '400-vs-401' },
                    ],
                  },
                },
                {
                  id: 'forbidden',
                  label: 'It is known (or need not be), but it may not do this',
                  next: {
                    code: 403,
                    because:
                      '403 means the server understood the request but refuses to fulfill it; credentials that were sent are insufficient, and the client SHOULD NOT automatically repeat the request with the same ones.',
                    cite: rfc9110('15.5.4'),
                    closeCalls: [
                      { code: 401, comparison: '401-vs-403' },
                      { code: 404, comparison: '403-vs-404' },
                    ],
                  },
                },
                {
                  id: 'hide',
                  label: 'It may not see this, and you do not want to reveal that the resource exists',
                  next: {
                    code: 404,
                    because:
                      'An origin server that wishes to hide the existence of a forbidden target resource MAY respond with 404 (Not Found) instead of 403.',
                    cite: rfc9110('15.5.4'),
                    closeCalls: [{ code: 403, comparison: '403-vs-404' }],
                  },
                },
                {
                  id: 'proxy',
                  label: 'Your proxy requires the client to authenticate to the proxy itself',
                  next: {
                    code: 407,
                    because:
                      '407 is like 401 but for a proxy: the client needs to authenticate to use the proxy, which MUST send a Proxy-Authenticate header field.',
                    cite: rfc9110('15.5.8'),
                    closeCalls: [{ code: 401, comparison: '401-vs-407' }],
                  },
                },
              ],
            },
          },
          {
            id: 'missing',
            label: 'What it asks for is not there',
            next: {
              question: 'Which is it?',
              options: [
                {
                  id: 'not-found',
                  label: 'Nothing is at this URI, or you will not say',
                  next: {
                    code: 404,
                    because:
                      '404 means the origin server did not find a current representation for the target resource or is not willing to disclose that one exists; it does not say whether that is temporary.',
                    cite: rfc9110('15.5.5'),
                    closeCalls: [
                      { code: 410, comparison: '404-vs-410' },
                      { code: 400, comparison: '400-vs-404' },
                    ],
                  },
                },
                {
                  id: 'gone',
                  label: 'It existed and was removed on purpose, for good',
                  next: {
                    code: 410,
                    because:
                      '410 means the target resource is no longer available and this is likely to be permanent; a server that does not know whether it is permanent ought to send 404 instead.',
                    cite: rfc9110('15.5.11'),
                    closeCalls: [
                      { code: 404, comparison: '404-vs-410' },
                      { code: 301, comparison: '301-vs-410' },
                    ],
                  },
                },
                {
                  id: 'method',
                  label: 'The URI exists, but it does not support this method',
                  next: {
                    code: 405,
                    because:
                      '405 means the method is known to the origin server but not supported by the target resource; the response MUST carry an Allow header field listing the methods it supports.',
                    cite: rfc9110('15.5.6'),
                    closeCalls: [
                      { code: 501, comparison: '405-vs-501' },
                      { code: 404, comparison: '404-vs-405' },
                    ],
                  },
                },
              ],
            },
          },
          {
            id: 'conflict',
            label: "It clashes with the resource's current state (an edit of an old version, a duplicate)",
            next: {
              code: 409,
              because:
                '409 means the request conflicts with the current state of the target resource and the user might resolve it and resubmit; the content SHOULD explain the conflict.',
              cite: rfc9110('15.5.10'),
              closeCalls: [
                { code: 422, comparison: '422-vs-409' },
                { code: 412, comparison: '409-vs-412' },
              ],
            },
          },
          {
            id: 'rate-limit',
            label: 'The client sent too many requests in a given time',
            next: {
              code: 429,
              because:
                '429 means the user has sent too many requests in a given amount of time; the response MAY include Retry-After to say how long to wait.',
              cite: rfc6585('4'),
              closeCalls: [
                { code: 503, comparison: '429-vs-503' },
                { code: 403, comparison: '403-vs-429' },
              ],
            },
          },
          {
            id: 'size',
            label: 'Part of it is too large',
            next: {
              question: 'Which part is too large?',
              options: [
                {
                  id: 'content',
                  label: 'The content (the request body)',
                  next: {
                    code: 413,
                    because:
                      '413 means the request content is larger than the server is willing or able to process; if the condition is temporary the server SHOULD send Retry-After.',
                    cite: rfc9110('15.5.14'),
                    closeCalls: [{ code: 431, comparison: '413-vs-431' }],
                  },
                },
                {
                  id: 'uri',
                  label: 'The URI (a very long query string)',
                  next: {
                    code: 414,
                    because: '414 means the target URI is longer than the server is willing to interpret.',
                    cite: rfc9110('15.5.15'),
                    closeCalls: [{ code: 431, comparison: '414-vs-431' }],
                  },
                },
                {
                  id: 'headers',
                  label: 'The header fields, one of them or all together',
                  next: {
                    code: 431,
                    because:
                      '431 means the server is unwilling to process the request because its header fields are too large, either a single field or all of them together.',
                    cite: rfc6585('5'),
                    closeCalls: [
                      { code: 413, comparison: '413-vs-431' },
                      { code: 414, comparison: '414-vs-431' },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      id: 'server',
      label: 'Your side failed: the request itself was fine',
      next: {
        question: 'What failed?',
        options: [
          {
            id: 'bug',
            label: 'Your own code hit an unexpected condition (an exception, a bug)',
            next: {
              code: 500,
              because: '500 means the server encountered an unexpected condition that prevented it from fulfilling the request.',
              cite: rfc9110('15.6.1'),
              closeCalls: [
                { code: 503, comparison: '500-vs-503' },
                { code: 400, comparison: '400-vs-500' },
              ],
            },
          },
          {
            id: 'not-implemented',
            label: 'The server does not support the method on any resource at all',
            next: {
              code: 501,
              because:
                '501 means the server does not support the functionality required; it is the appropriate response when the server does not recognize the method and cannot support it for any resource.',
              cite: rfc9110('15.6.2'),
              closeCalls: [{ code: 405, comparison: '405-vs-501' }],
            },
          },
          {
            id: 'upstream-down',
            label: 'You are a gateway or proxy, and the server behind you failed to give a valid response',
            next: {
              code: 502,
              because:
                '502 means the server, while acting as a gateway or proxy, received an invalid response from an inbound server it accessed to fulfill the request.',
              cite: rfc9110('15.6.3'),
              closeCalls: [
                { code: 504, comparison: '502-vs-504' },
                { code: 500, comparison: '500-vs-502' },
              ],
            },
          },
          {
            id: 'upstream-slow',
            label: 'You are a gateway or proxy, and the server behind you did not answer in time',
            next: {
              code: 504,
              because:
                '504 means the server, while acting as a gateway or proxy, did not receive a timely response from an upstream server it needed to complete the request.',
              cite: rfc9110('15.6.5'),
              closeCalls: [
                { code: 502, comparison: '502-vs-504' },
                { code: 500, comparison: '500-vs-504' },
              ],
            },
          },
          {
            id: 'maintenance',
            label: 'The service is overloaded or down for maintenance, and will be back',
            next: {
              code: 503,
              because:
                '503 means the server is currently unable to handle the request because of a temporary overload or scheduled maintenance; it MAY send Retry-After to say when to come back.',
              cite: rfc9110('15.6.4'),
              closeCalls: [
                { code: 500, comparison: '500-vs-503' },
                { code: 429, comparison: '429-vs-503' },
              ],
            },
          },
        ],
      },
    },
  ],
};

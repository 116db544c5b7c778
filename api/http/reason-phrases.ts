/**
 * The reason phrases (RFC 9110 §15; RFC 6585 §4, §5 for 429 and 431) of the
 * error statuses this service itself sends, for the `title` of its problem
 * documents (RFC 9457 §4.2.1: with `about:blank`, the title is the status
 * phrase). A short table here keeps the HTTP layer from loading the dataset;
 * reason-phrases.test.ts proves every entry equals the dataset's phrase.
 */
export const reasonPhrases: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  414: 'URI Too Long',
  416: 'Range Not Satisfiable',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

/** Site-wide names used by the layout and the structured data. */
export const siteName = 'HTTP Status Reference';
export const siteTagline = 'Every HTTP status code, sourced to its RFC section, as pages and as JSON.';

/** Names of the five classes, as RFC 9110 §15 titles them. */
export const classNames = {
  '1xx': 'Informational',
  '2xx': 'Successful',
  '3xx': 'Redirection',
  '4xx': 'Client Error',
  '5xx': 'Server Error',
} as const;

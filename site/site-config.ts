/** Site-wide names used by the layout and the structured data. */
export const siteName = 'HTTP Status Reference';
export const siteTagline = 'Every HTTP status code, sourced to its RFC section, as pages and as JSON.';

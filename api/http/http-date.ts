/**
 * HTTP-date parsing and formatting (RFC 9110 §5.6.7). Recipients must accept
 * all three formats: IMF-fixdate, the obsolete RFC 850 form and asctime.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';

const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
const RFC850_DATE = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
const ASCTIME_DATE = new RegExp(`^${DAY} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);

function toMillis(year: number, month: string, day: number, h: string, m: string, s: string): number | undefined {
  const hours = Number(h);
  const minutes = Number(m);
  const seconds = Number(s);
  // RFC 9110 §5.6.7 allows second 60 (leap second); Date.UTC rolls it over.
  if (day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 60) return undefined;
  const monthIndex = MONTHS.indexOf(month);
  const millis = Date.UTC(year, monthIndex, day, hours, minutes, seconds);
  // Reject dates such as 31 Feb that Date.UTC would silently move into March.
  return new Date(millis).getUTCDate() === day || seconds === 60 ? millis : undefined;
}

/**
 * Parses an HTTP-date; returns epoch milliseconds, or undefined when the value
 * is not exactly one valid date (a list of dates is invalid, §13.1.3).
 * `now` anchors the two-digit years of RFC 850 dates (§5.6.7).
 */
export function parseHttpDate(value: string, now = Date.now()): number | undefined {
  const text = value.trim();
  let match = IMF_FIXDATE.exec(text);
  if (match) return toMillis(Number(match[3]), match[2]!, Number(match[1]), match[4]!, match[5]!, match[6]!);
  match = RFC850_DATE.exec(text);
  if (match) {
    // "a timestamp that appears to be more than 50 years in the future" is
    // read as the most recent past year with the same last two digits (§5.6.7).
    const currentYear = new Date(now).getUTCFullYear();
    let year = Math.floor(currentYear / 100) * 100 + Number(match[3]);
    if (year > currentYear + 50) year -= 100;
    return toMillis(year, match[2]!, Number(match[1]), match[4]!, match[5]!, match[6]!);
  }
  match = ASCTIME_DATE.exec(text);
  if (match) return toMillis(Number(match[6]), match[1]!, Number(match[2]!.trim()), match[3]!, match[4]!, match[5]!);
  return undefined;
}

/** Formats epoch milliseconds as an IMF-fixdate, the only format a sender generates (§5.6.7). */
export function formatHttpDate(millis: number): string {
  return new Date(millis).toUTCString();
}

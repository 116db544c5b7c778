import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 450,
  phrase: 'Blocked by Windows Parental Controls',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Windows Parental Controls (attributed; Microsoft does not document the number)',
  spec: documentSource(
    'WPCEVENT_WEB_URLVISIT event (Windows Parental Controls)',
    'https://learn.microsoft.com/en-us/windows/win32/parcon/wpcevent-web-urlvisit-event',
  ),
  summary:
    "A number status-code lists attribute to the web filter of Windows Parental Controls, for a page blocked on the user's own computer by family-safety settings. Microsoft documents the filter, not the number.",
  definition:
    "Status-code lists attribute it to Microsoft, for the case where Windows Parental Controls are turned on and block the requested web page. Microsoft's Parental Controls documentation describes the Web Content Filter, introduced with Windows Vista, and the event it logs for each blocked or allowed URL, but does not itself document the number 450.",
  whenToUse:
    'Never from a web server: the decision belongs to a filter on the client machine. A site that must refuse content for legal reasons sends 451, and one that refuses a user sends 403.',
  clientBehavior:
    "The block is applied by the filter on the user's computer according to that account's settings; the website plays no part in it.",
  cachingBehavior: "The block depends on the local user's settings, so nothing about it should be stored or shared.",
  seoImpact:
    "None: crawlers do not run under Windows Parental Controls, and the code is produced on the visitor's machine, never by the site.",
  apiImpact:
    'APIs neither send nor normally receive it. A desktop application that reports 450 from a web request is running in a filtered Windows account; the fix is in the family-safety settings, not in the API.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Retrying changes nothing while the filter is active. A parent or administrator has to allow the site in the Parental Controls settings, after which the request can be repeated.',
  },
  scenarios: [
    "A child's account on a Windows Vista PC with the web filter enabled tries to open a blocked site, and the filter stops the request and shows its block page.",
    "A developer triaging logs from an old desktop client sees 450 and learns that the block came from the user's own machine, not from the server.",
  ],
  mistakes: [
    'Sending 450 from a server to mean "blocked" or "forbidden": it names a Windows feature the server knows nothing about, and clients read it as a plain 400; use 403 or 451.',
    'Confusing it with the 450 replies of FTP and SMTP, which belong to those protocols and have nothing to do with HTTP.',
  ],
  related: [451, 403, 511],
  updated: '2026-11-25',
} satisfies StatusCodeInput;

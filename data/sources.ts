/**
 * Helpers that build a `spec` citation. A citation names the defining document,
 * the section and a link that lands on that section, so the link is derived
 * from the other two and never typed by hand.
 */

/** A citation of the document (and section) that defines or documents a code. */
export interface SpecCitation {
  /** "RFC 9110", or a vendor's document title for unofficial codes. */
  readonly document: string;
  /** "15.4.5"; empty when the source has no numbered sections. */
  readonly section: string;
  /** A link that opens the section itself. */
  readonly url: string;
}

/** The RFC Editor's canonical address of an RFC section. */
export function rfcSectionUrl(rfc: number, section: string): string {
  const base = `https://www.rfc-editor.org/rfc/rfc${rfc}`;
  return section ? `${base}#section-${section}` : `${base}.html`;
}

/** Cites section `section` of RFC `rfc`, e.g. `rfc(9110, '15.4.5')`. */
export function rfc(rfcNumber: number, section: string): SpecCitation {
  return { document: `RFC ${rfcNumber}`, section, url: rfcSectionUrl(rfcNumber, section) };
}

/** Cites a non-RFC source (vendor documentation, an Internet-Draft) by title and URL. */
export function documentSource(document: string, url: string, section = ''): SpecCitation {
  return { document, section, url };
}

/**
 * `/sitemap.xml`: every indexable page, built from the same data as the pages
 * themselves, with the data's own last change as lastmod.
 */
import type { APIRoute } from 'astro';
import { comparisons, statusCodes } from '../../data/dataset.ts';
import { pseudoCodes } from '../../data/numbers.ts';

export const GET: APIRoute = () => {
  const site = import.meta.env.SITE;
  const latest = [...statusCodes.map((s) => s.updated), ...comparisons.map((c) => c.updated)].sort().at(-1)!;
  const pages: Array<[string, string]> = [
    ['/', latest],
    ['/codes/', latest],
    ['/compare/', latest],
    ['/api/', latest],
    ['/testing/', latest],
    ...statusCodes.map((s): [string, string] => [s.links.reference, s.updated]),
    ...statusCodes.flatMap((s): Array<[string, string]> => (s.links.guide ? [[s.links.guide, s.updated]] : [])),
    ...comparisons.map((c): [string, string] => [c.links.page!, c.updated]),
    // "Status 0" and "000" are searched for; the unassigned numbers' pages differ only by number and stay out.
    ...pseudoCodes.map((p): [string, string] => [`/codes/${p.id}/`, p.updated]),
  ];
  const urls = pages.map(([path, lastmod]) => `  <url><loc>${new URL(path, site).href}</loc><lastmod>${lastmod}</lastmod></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};

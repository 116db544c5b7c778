// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** The deployed origin: canonical URLs, Open Graph and the sitemap read it via import.meta.env.SITE. */
export const SITE = process.env.SITE_URL ?? 'https://httpstatus.reference.dev';

export default defineConfig({
  site: SITE,
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // HTML-aware whitespace collapsing; the v7 default ('jsx') would glue inline elements together.
  compressHTML: true,
  // We do not use Astro's advanced routing (site/fetch.ts).
  fetchFile: null,
  // Plain code blocks styled by the site's own colours: highlighter themes fail WCAG contrast in one
  // scheme or the other, and the guides' code is short enough to read without colour.
  markdown: { syntaxHighlight: false },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Every script is a file of its own, never inlined into the page, so a Content-Security-Policy
      // without 'unsafe-inline' allows them (Astro inlines chunks below this limit).
      assetsInlineLimit: 0,
      rolldownOptions: {
        onLog(level, log, handler) {
          // Known and benign: Astro's own content-assets plugin emits the marker "use astro:head-inject" in every
          // MDX entry it wraps, Astro reads it before bundling, and Rolldown then warns that it may drop the
          // directive (once per guide, ~900 lines). Astro tracks it as withastro/astro#18087. Only that one
          // warning is dropped; every other log, including other MODULE_LEVEL_DIRECTIVE warnings, still shows.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
});

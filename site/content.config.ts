/**
 * Content collections. Guides are MDX files named by code (`304.mdx`); their
 * facts (phrase, class, headers) come from the dataset, the prose from MDX.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const guides = defineCollection({
  loader: glob({ base: './site/content/guides', pattern: '*.mdx' }),
  schema: z.object({
    /** One sentence for the meta description and the guide index. */
    description: z.string().min(50).max(200),
    /** When the guide was last checked against its sources. */
    reviewed: z.coerce.date(),
  }),
});

export const collections = { guides };

/**
 * `npm run check:data` validates the whole dataset (what the build does first).
 * `npm run check:data -- data/codes/201.ts …` validates single entry files
 * on their own, without cross-references, for drafting.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { comparisonSchema, statusCodeSchema } from '../data/schema.ts';

const files = process.argv.slice(2);

if (files.length === 0) {
  try {
    const { statusCodes, comparisons } = await import('../data/dataset.ts');
    console.log(`dataset ok: ${statusCodes.length} codes, ${comparisons.length} comparisons`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
} else {
  let failed = false;
  for (const file of files) {
    const { default: entry } = await import(pathToFileURL(resolve(file)).href);
    const schema = file.includes('comparisons') ? comparisonSchema : statusCodeSchema;
    const result = schema.safeParse(entry);
    if (result.success) console.log(`${file}: ok`);
    else {
      failed = true;
      for (const issue of result.error.issues) console.error(`${file}: field "${issue.path.join('.')}" ${issue.message}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

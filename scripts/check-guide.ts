/** `node scripts/check-guide.ts site/content/guides/404.mdx …`: lints guides (see guide-lint.ts). */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { lintGuide } from './guide-lint.ts';

let failed = false;
for (const file of process.argv.slice(2)) {
  const { words, problems } = lintGuide(readFileSync(file, 'utf8'), Number(basename(file, '.mdx')));
  if (problems.length === 0) console.log(`${file}: ok (${words} words)`);
  else {
    failed = true;
    for (const problem of problems) console.error(`${file}: ${problem}`);
  }
}
process.exit(failed ? 1 : 0);

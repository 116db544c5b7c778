/**
 * "Compare any two codes" on a static host: shows the chosen pair in the
 * form's own controls, goes to the curated page when one exists, else
 * fetches both codes from the static JSON export and renders the same
 * differences and table as the pair's own page, with a link to that page.
 * No prose is invented.
 */
import { buildComparison, comparisonPage } from '../../data/comparison.ts';
import { aspectTableHtml, differencesHtml, escapeHtml, type RenderedCode } from '../pair/render.ts';

interface Config {
  curated: string[];
}

const root = document.querySelector<HTMLElement>('[data-compare-any]');
if (root) {
  const config = JSON.parse(root.dataset.compareAny!) as Config;
  const output = root.querySelector<HTMLElement>('[data-compare-output]')!;
  const params = new URLSearchParams(location.search);
  const [a, b] = [params.get('a'), params.get('b')];
  if (a && b && /^\d{3}$/.test(a) && /^\d{3}$/.test(b)) {
    // The controls show the pair on screen, not the defaults the page was built with.
    for (const [name, value] of [
      ['a', a],
      ['b', b],
    ] as const) {
      const select = root.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      if (select && [...select.options].some((option) => option.value === value)) select.value = value;
    }
    const curated = config.curated.find((slug) => slug === `${a}-vs-${b}` || slug === `${b}-vs-${a}`);
    if (curated) location.replace(`/compare/${curated}/`);
    else void show(a, b);
  }

  async function show(a: string, b: string): Promise<void> {
    output.textContent = 'Loading…';
    const codes = await Promise.all(
      [a, b].map(async (code) => {
        const response = await fetch(`/api/v1/codes/${code}.json`);
        if (!response.ok) throw new Error(`No status code ${code} in the dataset.`);
        return (await response.json()) as RenderedCode;
      }),
    ).catch((error: Error) => {
      output.textContent = error.message;
      return null;
    });
    if (!codes) return;
    if (a === b) {
      output.textContent = 'Pick two different codes.';
      return;
    }
    const pair = codes as [RenderedCode, RenderedCode];
    const comparison = buildComparison(pair[0], pair[1], null);
    const page = comparisonPage(pair[0].code, pair[1].code);
    output.innerHTML = [
      `<h2>${escapeHtml(comparison.title)}</h2>`,
      `<p>This pair has its own page: <a href="${page}">${page}</a></p>`,
      differencesHtml(comparison, 3),
      aspectTableHtml(pair, comparison.aspects, `${a} and ${b} aspect by aspect`),
    ].join('');
  }
}

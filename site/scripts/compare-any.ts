/**
 * "Compare any two codes" on a static host: reads the two codes from the form
 * (or the query string), goes to the curated page when one exists, else
 * fetches both codes from the static JSON export and fills the aspect table
 * with their own fields. No prose is invented.
 */
import { aspectCell, standardAspects } from '../../data/aspects.ts';

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
        return response.json();
      }),
    ).catch((error: Error) => {
      output.textContent = error.message;
      return null;
    });
    if (!codes) return;
    const table = document.createElement('table');
    table.className = 'aspects';
    const head = table.createTHead().insertRow();
    for (const label of ['Aspect', ...codes.map((c) => `HTTP ${c.code} — ${c.phrase}`)]) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = label;
      head.append(th);
    }
    const body = table.createTBody();
    for (const [label, field] of standardAspects) {
      const row = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = label;
      row.append(th);
      for (const code of codes) row.insertCell().textContent = aspectCell(code, field);
    }
    const heading = document.createElement('h2');
    heading.textContent = `${codes[0].code} vs ${codes[1].code}: ${codes[0].phrase} vs ${codes[1].phrase}`;
    const box = document.createElement('div');
    box.className = 'table-scroll';
    box.tabIndex = 0;
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', heading.textContent);
    box.append(table);
    output.replaceChildren(heading, box);
  }
}

/**
 * `/which-code/` with JavaScript: one question at a time, read from the
 * decision tree already in the page (so the page and the script cannot
 * disagree). The path of chosen option ids lives in the URL
 * (`?path=client,auth,missing-credentials`): every step is a link that can be
 * shared, a reload returns to the same step, and back/forward walk the steps.
 */

const PARAM = 'path';

interface Step {
  /** The option ids chosen so far (only those that exist in the tree). */
  path: string[];
  /** The labels of those options, for the trail of answers. */
  labels: string[];
  /** The current question, or the answer reached. */
  node: HTMLElement;
}

/** The question or answer element directly inside an option's disclosure. */
function childOf(option: HTMLElement): HTMLElement | null {
  return option.querySelector<HTMLElement>(':scope > details > .decision-question, :scope > details > .decision-answer');
}

/** The options directly under a question, by id. */
function optionsOf(question: HTMLElement): HTMLElement[] {
  return [...question.querySelectorAll<HTMLElement>(':scope > ul > li[data-option]')];
}

/** Follows `ids` from the first question as far as the tree allows. */
function walk(root: HTMLElement, ids: string[]): Step {
  const step: Step = { path: [], labels: [], node: root };
  for (const id of ids) {
    const option = optionsOf(step.node).find((candidate) => candidate.dataset.option === id);
    const next = option && childOf(option);
    if (!option || !next) break;
    step.path.push(id);
    step.labels.push(option.querySelector(':scope > details > summary')?.textContent?.trim() ?? id);
    step.node = next;
  }
  return step;
}

/** The URL of the step reached by `path` (the bare page for the first question). */
function hrefFor(path: string[]): string {
  const url = new URL(location.href);
  url.hash = '';
  if (path.length === 0) url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, path.join(','));
  // Commas read better than %2C in a shared link, and are allowed in a query (RFC 3986 §3.4).
  return url.pathname + url.search.replaceAll('%2C', ',');
}

function pathFromLocation(): string[] {
  const value = new URL(location.href).searchParams.get(PARAM);
  return value ? value.split(',').filter(Boolean) : [];
}

function link(text: string, path: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = path;
  anchor.dataset.step = '';
  anchor.textContent = text;
  return anchor;
}

/** Draws the step for the current URL; moves focus to its heading when the reader navigated. */
function render(container: HTMLElement, root: HTMLElement, focus: boolean): void {
  const requested = pathFromLocation();
  const step = walk(root, requested);
  // A path that left the tree (an old link) is trimmed to the part that still exists.
  if (step.path.length !== requested.length) history.replaceState(null, '', hrefFor(step.path));

  container.replaceChildren();
  if (step.path.length > 0) {
    const trail = document.createElement('ol');
    trail.className = 'decision-trail';
    trail.setAttribute('aria-label', 'Your answers so far');
    step.labels.forEach((label, index) => {
      const item = document.createElement('li');
      item.append(link(label, hrefFor(step.path.slice(0, index))));
      trail.append(item);
    });
    container.append(trail);
  }

  const heading = document.createElement('h2');
  heading.tabIndex = -1;
  if (step.node.classList.contains('decision-answer')) {
    heading.textContent = 'Your answer';
    const answer = step.node.cloneNode(true) as HTMLElement;
    container.append(heading, answer);
  } else {
    heading.textContent = step.node.querySelector(':scope > .decision-prompt')?.textContent ?? '';
    const list = document.createElement('ul');
    list.className = 'decision-choices';
    for (const option of optionsOf(step.node)) {
      const item = document.createElement('li');
      const label = option.querySelector(':scope > details > summary')?.textContent?.trim() ?? '';
      item.append(link(label, hrefFor([...step.path, option.dataset.option!])));
      list.append(item);
    }
    container.append(heading, list);
  }
  if (step.path.length > 0) {
    const restart = document.createElement('p');
    restart.append(link('Start over', hrefFor([])));
    container.append(restart);
  }
  if (focus) heading.focus();
}

const decision = document.querySelector<HTMLElement>('[data-decision]');
const container = decision?.querySelector<HTMLElement>('[data-decision-step]');
const root = decision?.querySelector<HTMLElement>('[data-decision-tree] > .decision-question');
if (decision && container && root) {
  decision.querySelector<HTMLElement>('[data-decision-tree]')!.hidden = true;
  container.hidden = false;
  render(container, root, false);
  container.addEventListener('click', (event) => {
    const anchor = (event.target as Element).closest<HTMLAnchorElement>('a[data-step]');
    if (!anchor || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState(null, '', anchor.getAttribute('href')!);
    render(container, root, true);
  });
  addEventListener('popstate', () => render(container, root, true));
}

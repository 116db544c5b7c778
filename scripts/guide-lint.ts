/**
 * Checks one MDX guide before the build does: it must parse, use only the
 * guide components, cite RFC sections that exist, link codes that exist, and
 * carry at least MIN_GUIDE_WORDS words of prose (code blocks and exchanges
 * not counted).
 */
import { load as parseYaml } from 'js-yaml';
import { mdxToMdast } from 'satteri';
import { findCode } from '../data/dataset.ts';
import { rfcSections } from '../data/rfc-sections.ts';
import { checkExchange } from './exchange-lint.ts';

export const MIN_GUIDE_WORDS = 600;
/** Unofficial codes get a shorter guide: who sends them and what to do. */
export const MIN_UNOFFICIAL_GUIDE_WORDS = 250;
/** The MDX components the guide page provides (site/pages/guides/[slug].astro). */
export const GUIDE_COMPONENTS = [
  'Exchange',
  'Spec',
  'CodeRef',
  'RequiredHeaders',
  'RedirectChooser',
  'PreconditionOrder',
  'Shell',
  'RequestExample',
];
/**
 * A guide is read on the public site: it must not send the reader to a local
 * copy of this project. Commands against the site use <RequestExample> or
 * <Shell> with `$SITE`.
 */
export const LOCAL_PROJECT = /127\.0\.0\.1:3000|localhost:3000|npm (?:start|run serve)\b/;

interface MdastNode {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: Array<{ name: string; value: string | { value: string } | null }>;
  children?: MdastNode[];
}

export interface GuideReport {
  words: number;
  problems: string[];
  codeRefs: number[];
}

/** The text of a template-literal attribute (`request={`…`}`), or undefined when it is not a plain template literal. */
function templateText(node: MdastNode, name: string): string | undefined {
  const found = node.attributes?.find((attr) => attr.name === name)?.value;
  const source = typeof found === 'string' ? undefined : found?.value.trim();
  if (!source?.startsWith('`') || !source.endsWith('`') || source.includes('${')) return undefined;
  return cookTemplate(source.slice(1, -1));
}

/** The value of a template literal's raw text: the escapes JavaScript evaluates (\xHH, \uHHHH, \u{…}, \n, \t, \\, \`…). */
function cookTemplate(raw: string): string {
  const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };
  return raw.replace(/\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|\r?\n|.)/g, (_, sequence: string) => {
    if (sequence[0] === 'x' || sequence[0] === 'u') return String.fromCodePoint(Number.parseInt(sequence.replace(/[xu{}]/g, ''), 16));
    if (sequence.endsWith('\n')) return ''; // line continuation
    return simple[sequence] ?? sequence;
  });
}

function attribute(node: MdastNode, name: string): string | undefined {
  const found = node.attributes?.find((attr) => attr.name === name)?.value;
  return typeof found === 'string' ? found : found?.value;
}

/** Lints `source`, the MDX of the guide for `code`. */
export function lintGuide(source: string, code: number): GuideReport {
  const minimum = findCode(code)?.status === 'unofficial' ? MIN_UNOFFICIAL_GUIDE_WORDS : MIN_GUIDE_WORDS;
  const problems: string[] = [];
  const codeRefs: number[] = [];
  let words = 0;
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source) as MdastNode;
  } catch (error) {
    return { words: 0, codeRefs, problems: [`does not parse as MDX: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const frontmatter = tree.children?.find((node) => node.type === 'yaml');
  if (!frontmatter) problems.push('has no frontmatter');
  else {
    // The same rules as the guides collection in site/content.config.ts, checked here with a clear message.
    try {
      const data = parseYaml(frontmatter.value ?? '') as { description?: unknown; reviewed?: unknown } | null;
      const description = data?.description;
      if (typeof description !== 'string' || description.length < 50 || description.length > 200)
        problems.push('frontmatter "description" must be a string of 50 to 200 characters');
      if (!(data?.reviewed instanceof Date) && !/^\d{4}-\d{2}-\d{2}$/.test(String(data?.reviewed)))
        problems.push('frontmatter "reviewed" must be a date (YYYY-MM-DD)');
    } catch (error) {
      problems.push(`frontmatter is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }

  const local = LOCAL_PROJECT.exec(source);
  if (local) problems.push(`mentions "${local[0]}": guides are read on the public site; use <RequestExample> or <Shell> with $SITE`);

  const visit = (node: MdastNode) => {
    if (node.type === 'text' || node.type === 'inlineCode') words += (node.value ?? '').split(/\s+/).filter(Boolean).length;
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (!GUIDE_COMPONENTS.includes(name))
        problems.push(`uses <${name}>, which guides do not provide (use ${GUIDE_COMPONENTS.join(', ')})`);
      if (name === 'CodeRef' || name === 'RequiredHeaders') {
        const code = Number(attribute(node, 'code'));
        codeRefs.push(code);
        if (!findCode(code)) problems.push(`<${name} code={${attribute(node, 'code')}}> names a code that is not in the dataset`);
      }
      if (name === 'Exchange') {
        const request = templateText(node, 'request');
        const response = templateText(node, 'response');
        const caption = attribute(node, 'caption') ?? '';
        if (request === undefined || response === undefined)
          problems.push(`<Exchange caption="${caption}"> must pass request and response as plain template literals`);
        else problems.push(...checkExchange(request, response, caption, { countBytes: attribute(node, 'quotedFrom') === undefined }));
      }
      if (name === 'Spec') {
        const rfc = Number(attribute(node, 'rfc'));
        const section = attribute(node, 'section') ?? '';
        const known = rfcSections[rfc];
        if (!Number.isInteger(rfc) || !/^\d+(\.\d+)*$/.test(section))
          problems.push(`<Spec rfc={${attribute(node, 'rfc')}} section="${section}"> is not an RFC number and a section number`);
        else if (known && !known.includes(section))
          problems.push(`<Spec rfc={${rfc}} section="${section}">: RFC ${rfc} has no section ${section}`);
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  if (!findCode(code)) problems.push(`is named after ${code}, which is not in the dataset`);
  if (words < minimum) problems.push(`has ${words} words of prose; this guide needs at least ${minimum}`);
  return { words, problems, codeRefs };
}

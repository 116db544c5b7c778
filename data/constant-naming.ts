/**
 * Naming rules of the libraries' status-code constants: how each library turns
 * a reason phrase into an identifier. `constants.test.ts` checks every name in
 * `constants.ts` against its library's rule, so a misspelt name cannot slip in.
 */

import type { NamingRuleName } from './vocabulary.ts';

/** The words of a phrase: "Non-Authoritative Information" → ["Non", "Authoritative", "Information"]; apostrophes dropped. */
function words(phrase: string): string[] {
  return phrase
    .replace(/'/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** The naming rules in use, keyed by the name `constants.ts` gives them. */
export const namingRules = {
  /** "Not Modified" → "NOT_MODIFIED"; "I'm a teapot" → "IM_A_TEAPOT" (Python's http.HTTPStatus, Rust, Spring, npm, Symfony). */
  UPPER_SNAKE: (phrase: string) =>
    words(phrase)
      .map((word) => word.toUpperCase())
      .join('_'),
  /** "Not Modified" → "NotModified"; all-capital words stay as they are: "IM Used" → "IMUsed" (Go, .NET). */
  PascalCase: (phrase: string) =>
    words(phrase)
      .map((word) => (word === word.toUpperCase() ? word : word[0]!.toUpperCase() + word.slice(1).toLowerCase()))
      .join(''),
  /**
   * Rack's own rule, `message.downcase.gsub(/\s|-|'/, '_')` in `Rack::Utils::SYMBOL_TO_STATUS_CODE`:
   * "Non-Authoritative Information" → "non_authoritative_information".
   */
  rack_symbol: (phrase: string) => phrase.toLowerCase().replace(/\s|-|'/g, '_'),
} as const satisfies Record<NamingRuleName, (phrase: string) => string>;

/** The identifier a library's rule gives for `phrase`, with the library's stem ("Status", "HTTP_") in front. */
export function ruleName(rule: NamingRuleName, stem: string, phrase: string): string {
  return stem + namingRules[rule](phrase);
}

/** One disagreement of a table with its rule: the field ("names.413") and what is wrong. */
export interface NamingProblem {
  field: string;
  message: string;
}

function problem(field: string, message: string): NamingProblem {
  return { field, message };
}

/** What `namingProblems` needs of a table (see `libraryTableSchema`). */
interface NamedTable {
  rule: NamingRuleName;
  stem: string;
  names: Readonly<Record<string, string>>;
  exceptions: Readonly<Record<string, { phrase?: string | undefined; note: string }>>;
}

/**
 * Every way `table` disagrees with its own naming rule: a name the rule does not
 * give for the code's phrase and that no exception explains, an exception whose
 * phrase does not give the name, or an exception the rule makes needless.
 * `phraseOf` returns a code's registry phrase (undefined for a code not in the dataset).
 */
export function namingProblems(table: NamedTable, phraseOf: (code: number) => string | undefined): NamingProblem[] {
  const problems: NamingProblem[] = [];
  for (const [code, name] of Object.entries(table.names)) {
    const phrase = phraseOf(Number(code));
    if (phrase === undefined) {
      problems.push(problem(`names.${code}`, `names a code that is not in the dataset`));
      continue;
    }
    const expected = ruleName(table.rule, table.stem, phrase);
    const exception = table.exceptions[code];
    if (!exception) {
      if (name !== expected)
        problems.push(
          problem(`names.${code}`, `"${name}" is not "${expected}" (${table.rule} of "${phrase}"); list it in exceptions with a note`),
        );
    } else if (exception.phrase !== undefined) {
      const fromPhrase = ruleName(table.rule, table.stem, exception.phrase);
      if (name !== fromPhrase)
        problems.push(problem(`exceptions.${code}`, `"${name}" is not "${fromPhrase}" (${table.rule} of "${exception.phrase}")`));
    } else if (name === expected) {
      problems.push(problem(`exceptions.${code}`, `"${name}" follows the rule; remove the exception`));
    }
  }
  for (const code of Object.keys(table.exceptions)) {
    if (!(code in table.names)) problems.push(problem(`exceptions.${code}`, `the table has no name for ${code}`));
  }
  return problems;
}

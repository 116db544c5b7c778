/**
 * Library constants: the tables against their naming rules, and the names the
 * API serves against the libraries' own source. Expected names are copied from
 * the library source files cited beside them, never read back from the tables.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../api/app.ts';
import { namingProblems, namingRules } from './constant-naming.ts';
import { libraryTables } from './constants.ts';
import { findCode } from './dataset.ts';
import { ecosystems } from './vocabulary.ts';
import { DataValidationError, validateDataset } from './validate.ts';
import { codeEntries } from './codes/index.ts';
import { comparisonEntries } from './comparisons/index.ts';
import { libraryConstants } from './constants.ts';

const app = createApp();
async function constantsOf(
  code: number,
): Promise<{ constants: Record<string, string>; formerConstants: { ecosystem: string; name: string }[] }> {
  const res = await app.request(`/api/v1/codes/${code}`);
  expect(res.status).toBe(200);
  return res.json();
}

const phraseOf = (code: number) => findCode(code)?.phrase;

describe('naming rules', () => {
  it.each<[keyof typeof namingRules, string, string]>([
    ['UPPER_SNAKE', 'Non-Authoritative Information', 'NON_AUTHORITATIVE_INFORMATION'],
    ['UPPER_SNAKE', "I'm a teapot", 'IM_A_TEAPOT'],
    ['PascalCase', 'IM Used', 'IMUsed'],
    ['PascalCase', 'HTTP Version Not Supported', 'HTTPVersionNotSupported'],
    // Rack's own expression: message.downcase.gsub(/\s|-|'/, '_') (lib/rack/utils.rb).
    ['rack_symbol', 'Non-Authoritative Information', 'non_authoritative_information'],
  ])('%s of "%s" is %s', (rule, phrase, name) => {
    expect(namingRules[rule](phrase)).toBe(name);
  });
});

describe('library tables', () => {
  it.each(ecosystems)('%s: every name follows the rule or is a listed exception', (ecosystem) => {
    expect(namingProblems(libraryTables[ecosystem], phraseOf)).toEqual([]);
  });

  it('rejects a misspelt name, a needless exception and an exception whose phrase does not give the name', () => {
    const table = structuredClone(libraryTables.rust) as unknown as {
      names: Record<string, string>;
      exceptions: Record<string, { phrase?: string; note: string }>;
    };
    table.names['304'] = 'NOT_MODIFED';
    table.exceptions['200'] = { note: 'A needless exception for a name that follows the rule.' };
    table.exceptions['413'] = { phrase: 'Request Entity Too Large', note: 'The wrong phrase for PAYLOAD_TOO_LARGE.' };
    const fields = namingProblems({ ...libraryTables.rust, ...table }, phraseOf).map((problem) => problem.field);
    expect(fields.sort()).toEqual(['exceptions.200', 'exceptions.413', 'names.304']);
  });

  it('stops the build with the table and field named', () => {
    const tables = structuredClone(libraryTables) as unknown as Record<string, { names: Record<string, string> }>;
    tables.go!.names['404'] = 'StatusNotFond';
    expect(() =>
      validateDataset({ codes: codeEntries, comparisons: comparisonEntries, constants: libraryConstants, libraryTables: tables }),
    ).toThrow(DataValidationError);
    try {
      validateDataset({ codes: codeEntries, comparisons: comparisonEntries, constants: libraryConstants, libraryTables: tables });
    } catch (error) {
      expect((error as DataValidationError).problems).toEqual([
        'data/constants.ts (libraryTables.go): field "names.404" "StatusNotFond" is not "StatusNotFound" (PascalCase of "Not Found"); list it in exceptions with a note',
      ]);
    }
  });

  it('records the version each table was checked against', () => {
    // Versions whose source was read for this table: hyperium/http v1.4.2 src/status.rs,
    // spring-framework v7.0.9 HttpStatus.java, http-status-codes 2.3.0 build/cjs/status-codes.d.ts.
    expect(libraryTables.rust.version).toBe('1.4.2');
    expect(libraryTables.spring.version).toBe('7.0.9');
    expect(libraryTables.npm.version).toBe('2.3.0');
  });
});

describe('constants served by the API', () => {
  it('Rust http 1.4 has EARLY_HINTS (103, since 1.4.0) and TOO_EARLY (425, since 1.2.0) (CHANGELOG.md)', async () => {
    expect((await constantsOf(103)).constants.rust).toBe('http::StatusCode::EARLY_HINTS');
    expect((await constantsOf(425)).constants.rust).toBe('http::StatusCode::TOO_EARLY');
  });

  it('Spring Framework 7.0 defines MISDIRECTED_REQUEST (421) and no longer USE_PROXY (305)', async () => {
    expect((await constantsOf(421)).constants.spring).toBe('HttpStatus.MISDIRECTED_REQUEST');
    const useProxy = await constantsOf(305);
    expect(useProxy.constants.spring).toBeUndefined();
    expect(useProxy.formerConstants).toContainEqual(expect.objectContaining({ ecosystem: 'spring', name: 'HttpStatus.USE_PROXY' }));
  });

  it('http-status-codes 2.3.0 names 419 and 420; Spring 6.2 did and 7.0 does not', async () => {
    const pageExpired = await constantsOf(419);
    expect(pageExpired.constants).toEqual({ npm: 'StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE' });
    expect(pageExpired.formerConstants).toContainEqual(
      expect.objectContaining({ ecosystem: 'spring', name: 'HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE' }),
    );
    const enhanceYourCalm = await constantsOf(420);
    expect(enhanceYourCalm.constants).toEqual({ npm: 'StatusCodes.METHOD_FAILURE' });
  });

  it('keeps one full name per ecosystem, prefix included (the contract field `constants`)', async () => {
    expect((await constantsOf(304)).constants).toEqual({
      python: 'http.HTTPStatus.NOT_MODIFIED',
      go: 'http.StatusNotModified',
      rust: 'http::StatusCode::NOT_MODIFIED',
      spring: 'HttpStatus.NOT_MODIFIED',
      dotnet: 'HttpStatusCode.NotModified',
      rack: ':not_modified',
      symfony: 'Response::HTTP_NOT_MODIFIED',
      npm: 'StatusCodes.NOT_MODIFIED',
    });
  });
});

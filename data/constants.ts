/**
 * Status-code constants as the libraries themselves spell them, keyed by code.
 * A name is listed only where the library defines it; `former` records names
 * a library used before a rename.
 */
import type { LibraryConstants } from './schema.ts';

export const libraryConstants: Record<number, LibraryConstants> = {
  200: {
    names: {
      python: 'http.HTTPStatus.OK',
      go: 'http.StatusOK',
      rust: 'http::StatusCode::OK',
      spring: 'HttpStatus.OK',
      dotnet: 'HttpStatusCode.OK',
      rack: ':ok',
      symfony: 'Response::HTTP_OK',
      npm: 'StatusCodes.OK',
    },
  },
  304: {
    names: {
      python: 'http.HTTPStatus.NOT_MODIFIED',
      go: 'http.StatusNotModified',
      rust: 'http::StatusCode::NOT_MODIFIED',
      spring: 'HttpStatus.NOT_MODIFIED',
      dotnet: 'HttpStatusCode.NotModified',
      rack: ':not_modified',
      symfony: 'Response::HTTP_NOT_MODIFIED',
      npm: 'StatusCodes.NOT_MODIFIED',
    },
  },
};

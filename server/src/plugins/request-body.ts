// What a request body may be. Routes whose schema declares no body (logout, deleting a value or a token,
// every GET) refuse one, rather than parse and walk what nobody reads. JSON bodies are limited in nesting
// depth before JSON.parse, by a scan without recursion: JSON.parse copes with 10,000 levels, but every
// walk over the parsed value afterwards (validation, the NUL guard) would have to as well.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest } from '../errors.ts';

/** Deeper than any body of the API (an import preview is four levels). */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b; // [
const OPEN_OBJECT = 0x7b; // {
const CLOSE_ARRAY = 0x5d; // ]
const CLOSE_OBJECT = 0x7d; // }

/** Whether the quote at `at` is escaped: an odd run of backslashes before it. */
function escaped(text: string, at: number): boolean {
  let run = 0;
  for (let i = at - 1; text.charCodeAt(i) === BACKSLASH; i -= 1) run += 1;
  return run % 2 === 1;
}

/**
 * Whether JSON text nests arrays and objects deeper than `limit`, ignoring brackets inside strings. One
 * pass, no recursion; strings are skipped with indexOf, so a large base64 file costs little. Malformed
 * text is left to JSON.parse to report.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
      if (end === -1) return false;
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth -= 1;
    }
  }
  return false;
}

const takesNoBody = (request: FastifyRequest) =>
  request.routeOptions.schema !== undefined && request.routeOptions.schema.body === undefined;

function carriesBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

async function requestBody(app: FastifyInstance): Promise<void> {
  app.addHook('preParsing', async (request) => {
    if (takesNoBody(request) && carriesBody(request)) {
      throw badRequest(
        'body_not_allowed',
        `${request.method} ${request.routeOptions.url ?? request.url} takes no body: send the request without one`,
      );
    }
  });

  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    // A route without a body may still be sent an empty one with a JSON content type.
    if (text.length === 0 && takesNoBody(request)) return done(null, undefined);
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      return done(
        badRequest('body_too_deep', `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`),
        undefined,
      );
    }
    return parseJson(request, text, done);
  });
}

export default fp(requestBody, { name: 'request-body' });

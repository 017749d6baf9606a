// Every error code the server can answer with has a text in the client, so a failure is explained in the
// user's language (errors.<code>), and every per-field code a message (validation.<code>). The codes are
// read from the server's source and the shared schemas, so a new code without a text fails here.
import { PASSWORD_PROBLEMS } from '@rbm/shared';
import { PERIOD_ERROR_CODES, VALUE_ERROR_CODES } from '@rbm/shared/rbm';
import { describe, expect, it } from 'vitest';
import { loadAllResources, type Texts } from './i18n.ts';

const serverSources = import.meta.glob<string>(['../../../server/src/**/*.ts', '!**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const schemaSources = import.meta.glob<string>(['../../../shared/src/schemas/*.ts', '!**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The text of the argument starting at `start`, up to its top-level comma or closing parenthesis. */
function argumentAt(source: string, start: number): { text: string; end: number } {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < source.length; i += 1) {
    const c = source[i] as string;
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c)) {
      if (depth === 0) return { text: source.slice(start, i), end: i };
      depth -= 1;
    } else if (c === ',' && depth === 0) return { text: source.slice(start, i), end: i + 1 };
  }
  return { text: source.slice(start), end: source.length };
}

const literals = (text: string) => [...text.matchAll(/'([a-z][a-z0-9_]*)'/g)].map((m) => m[1] as string);

/** Helpers whose first argument is the error code (server/src/errors.ts and local ones like it). */
const CODE_FIRST = ['badRequest', 'unprocessable', 'conflict', 'locked', 'forbidden'];

export function errorCodesIn(source: string): { errors: Set<string>; fields: Set<string> } {
  const errors = new Set<string>();
  const fields = new Set<string>();
  if (/\bnotFound\(/.test(source)) errors.add('not_found');
  for (const match of source.matchAll(/new AppError\(/g)) {
    const status = argumentAt(source, (match.index ?? 0) + match[0].length);
    for (const code of literals(argumentAt(source, status.end).text)) errors.add(code);
  }
  for (const match of source.matchAll(new RegExp(`\\b(?:${CODE_FIRST.join('|')})\\(`, 'g'))) {
    for (const code of literals(argumentAt(source, (match.index ?? 0) + match[0].length).text))
      errors.add(code);
  }
  // sendProblem(request, reply, status, 'code', …): the codes the problem+json plugin answers itself
  for (const match of source.matchAll(/sendProblem\(\s*request,\s*reply,\s*[^,]+,\s*'([a-z_]+)'/g)) {
    errors.add(match[1] as string);
  }
  // A field error is an object with a field and a code; a `code:` without a `field` near it is something else.
  for (const match of source.matchAll(/\bcode: '([a-z][a-z0-9_]*)'/g)) {
    const at = match.index ?? 0;
    if (/\bfield\b/.test(source.slice(Math.max(0, at - 200), at + 200))) fields.add(match[1] as string);
  }
  return { errors, fields };
}

/** The schema keywords the shared schemas use: each becomes the field code invalid_<keyword>. */
function schemaKeywords(): Set<string> {
  const keywords = new Set(['required', 'type', 'enum', 'anyOf', 'const', 'additionalProperties']);
  const used =
    /\b(minLength|maxLength|minimum|maximum|exclusiveMinimum|exclusiveMaximum|pattern|minItems|maxItems|uniqueItems|minProperties|maxProperties|multipleOf|format)\s*:/g;
  for (const source of Object.values(schemaSources)) {
    for (const match of source.matchAll(used)) keywords.add(match[1] as string);
  }
  return keywords;
}

function has(tree: Texts, path: string): boolean {
  let node: string | Texts | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string';
}

const english = (await loadAllResources()).en;
const found = Object.values(serverSources).map(errorCodesIn);
// A refused password is answered with the code of its first problem, and every problem per field.
const errorCodes = [...new Set([...found.flatMap((f) => [...f.errors]), ...PASSWORD_PROBLEMS])].sort();
// The value and period checks of the calculation module answer per field with their own codes.
const fieldCodes = [
  ...new Set([
    ...found.flatMap((f) => [...f.fields]),
    ...[...schemaKeywords()].map((k) => `invalid_${k}`),
    ...VALUE_ERROR_CODES,
    ...PERIOD_ERROR_CODES,
    ...PASSWORD_PROBLEMS,
  ]),
].sort();

describe('error codes of the server', () => {
  it('finds the codes in the source (the scan itself works)', () => {
    expect(errorCodes).toEqual(expect.arrayContaining(['not_found', 'validation_failed', 'internal_error']));
    expect(errorCodes).toEqual(
      expect.arrayContaining(['too_many_attempts', 'session_expired', 'not_signed_in', 'origin_not_allowed']),
    );
    expect(fieldCodes).toEqual(expect.arrayContaining(['invalid_required', 'invalid_maxLength']));
    const sample = `throw new AppError(\n  401,\n  expired ? 'a_code' : 'b_code',\n  'x',\n);\nconflict('c_code', 'y'); notFound('x', 1);`;
    expect([...errorCodesIn(sample).errors].sort()).toEqual(['a_code', 'b_code', 'c_code', 'not_found']);
  });

  it('has a text for every error code: errors.<code>', () => {
    expect(errorCodes.filter((code) => !has(english, `errors.${code}`))).toEqual([]);
  });

  it('has a message for every field code: validation.<code>', () => {
    expect(fieldCodes.filter((code) => !has(english, `validation.${code}`))).toEqual([]);
  });
});

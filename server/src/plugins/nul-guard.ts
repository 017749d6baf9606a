// PostgreSQL cannot store or compare U+0000 in text, so a request carrying one would fail in the database.
// This hook refuses it first (400 invalid_character, naming the field), on SQLite too, so both agree.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest } from '../errors.ts';

function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** A preHandler hook (after schema validation): text input reaches the database on many routes. */
async function rejectNulCharacters(request: FastifyRequest): Promise<void> {
  const parts: Array<[string, unknown]> = [
    ['params', request.params],
    ['querystring', request.query],
    ['body', request.body],
  ];
  for (const [part, value] of parts) {
    const field = nulPath(value, part);
    if (field) {
      throw badRequest('invalid_character', `${field} contains a NUL character`, [
        { field, code: 'invalid_character', message: `${field} contains a NUL character` },
      ]);
    }
  }
}

async function nulGuard(app: FastifyInstance): Promise<void> {
  app.addHook('preHandler', rejectNulCharacters);
}

export default fp(nulGuard, { name: 'nul-guard' });

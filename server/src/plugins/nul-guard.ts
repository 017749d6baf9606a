// PostgreSQL cannot store or compare U+0000 in text, so a request carrying one would fail in the database.
// This hook refuses it first (400 invalid_character, naming the field), on SQLite too, so both agree.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest } from '../errors.ts';

/** Whether any string in the value holds a NUL: the cheap walk every request takes (no paths built). */
function holdsNul(value: unknown): boolean {
  const pending: unknown[] = [value];
  for (let item = pending.pop(); pending.length > 0 || item !== undefined; item = pending.pop()) {
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (item !== null && typeof item === 'object') {
      for (const key in item) pending.push((item as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/** The path of the first string holding a NUL, walking with a stack of its own (no recursion, any depth). */
export function nulPath(value: unknown, path: string): string | null {
  if (!holdsNul(value)) return null;
  const pending: Array<[unknown, string]> = [[value, path]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, at] = next;
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return at;
    } else if (item !== null && typeof item === 'object') {
      // pushed in reverse, so fields are visited in their order and the first NUL found is named
      const entries = Object.entries(item);
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, child] = entries[i] as [string, unknown];
        pending.push([child, `${at}.${key}`]);
      }
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

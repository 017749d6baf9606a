// Computed figures are cached per data revision; their JSON text and an ETag are kept with them, so a
// repeated request skips serialization, and a client that already has this revision gets a 304.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface CachedJson {
  json: string;
  etag: string;
}

export function toCachedJson(value: unknown): CachedJson {
  const json = JSON.stringify(value);
  const etag = `"${createHash('sha1').update(json).digest('base64url').slice(0, 27)}"`;
  return { json, etag };
}

export function sendCachedJson(
  request: FastifyRequest,
  reply: FastifyReply,
  cached: CachedJson,
): FastifyReply {
  reply.header('etag', cached.etag).header('cache-control', 'no-cache');
  if (request.headers['if-none-match'] === cached.etag) return reply.code(304).send();
  // The text is already JSON: send it as it is rather than through the route's serializer.
  return reply
    .type('application/json; charset=utf-8')
    .serializer((payload: unknown) => payload as string)
    .send(cached.json as never);
}

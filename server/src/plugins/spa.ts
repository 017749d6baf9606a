// Serves the built single-page app at / and answers every other non-API GET with index.html, so deep
// links such as /plans/SP-2024-2027 work on reload. Unknown API routes get a problem+json 404.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './problem-json.ts';

export interface SpaOptions {
  /** The client build folder (client/dist); null serves the API alone. */
  root: string | null;
}

/** Vite names every file in assets/ after its content, so a name never serves two contents. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';

async function spa(app: FastifyInstance, options: SpaOptions): Promise<void> {
  const index = options.root === null ? null : path.join(options.root, 'index.html');
  const html = index !== null && fs.existsSync(index) ? await fs.promises.readFile(index, 'utf8') : null;
  if (options.root !== null && html === null)
    app.log.warn(`No client build in ${options.root}; serving the API only`);
  if (options.root !== null && html !== null) {
    const assets = path.join(options.root, 'assets') + path.sep;
    await app.register(fastifyStatic, {
      root: options.root,
      wildcard: false,
      index: false,
      // the build writes .br and .gz beside each asset (client/vite.config.ts): sent by Accept-Encoding
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      // send's own Cache-Control (max-age=0) would overwrite the one set below
      cacheControl: false,
      setHeaders: (res, file) => {
        const hashed = file.startsWith(assets);
        res.setHeader('cache-control', hashed ? HASHED_ASSET_CACHE : 'no-cache');
        if (hashed) res.setHeader('vary', 'accept-encoding');
      },
    });
  }
  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    const isApi = pathname === '/api' || pathname.startsWith('/api/') || pathname.startsWith('/docs');
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') && !isApi && path.extname(pathname) === '';
    if (wantsPage && html !== null) return sendIndex(reply);
    return sendProblem(request, reply, 404, 'route_not_found', `No route ${request.method} ${pathname}`);
  });
}

export default fp(spa, { name: 'spa' });

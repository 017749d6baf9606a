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

async function spa(app: FastifyInstance, options: SpaOptions): Promise<void> {
  const index = options.root === null ? null : path.join(options.root, 'index.html');
  const html = index !== null && fs.existsSync(index) ? await fs.promises.readFile(index, 'utf8') : null;
  if (options.root !== null && html === null)
    app.log.warn(`No client build in ${options.root}; serving the API only`);
  if (options.root !== null && html !== null) {
    // Hashed asset names change with every build, so assets may be cached for long; index.html never.
    await app.register(fastifyStatic, {
      root: options.root,
      wildcard: false,
      index: false,
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`))
          res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);

  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    const isApi = pathname === '/api' || pathname.startsWith('/api/') || pathname.startsWith('/docs');
    const wantsPage = request.method === 'GET' && !isApi && path.extname(pathname) === '';
    if (wantsPage && html !== null) return sendIndex(reply);
    return sendProblem(request, reply, 404, 'route_not_found', `No route ${request.method} ${pathname}`);
  });
}

export default fp(spa, { name: 'spa' });

import { api } from '@rbm/shared/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { AuthSettings } from '../../config.ts';
import { AppError } from '../../errors.ts';
import type { ServiceContext } from '../../lib/service-context.ts';
import { sessionUserOf, SESSION_COOKIE, setLanguage, signIn, signOut } from './auth.service.ts';

function requireSession(request: FastifyRequest) {
  if (!request.authSession)
    throw new AppError(400, 'no_session', 'This needs a browser session, not an API token');
  return request.authSession;
}

/** The cookie lives as long as the session, as a relative Max-Age: the browser's clock and the server's
 * need not agree on the date (an absolute Expires made every cookie stale to a browser whose clock ran ahead). */
function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  sessionId: string,
  lifetimeSeconds: number,
) {
  reply.setCookie(SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    maxAge: lifetimeSeconds,
  });
}

export function authRoutes(settings: AuthSettings) {
  return async (app: AppInstance): Promise<void> => {
    const read = (): ServiceContext => ({ db: app.db, now: app.now() });

    app.post(api.login.url, { schema: api.login.schema }, async (request, reply) => {
      const { sessionId, session } = await signIn(
        { db: app.db, now: app.now(), settings },
        { ...request.body, address: request.ip, previousSessionId: request.cookies[SESSION_COOKIE] },
      );
      setSessionCookie(request, reply, sessionId, settings.sessionMaxHours * 3600);
      return session;
    });

    app.post(api.logout.url, { schema: api.logout.schema }, async (request, reply) => {
      if (request.authSession) await signOut(read(), { session: request.authSession });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    });

    app.get(api.getSession.url, { schema: api.getSession.schema }, async (request) => {
      const session = requireSession(request);
      return {
        user: await sessionUserOf(app.db, session.user),
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      };
    });

    app.put(api.setLanguage.url, { schema: api.setLanguage.schema }, async (request) =>
      setLanguage(read(), { user: requireSession(request).user, language: request.body.language }),
    );
  };
}

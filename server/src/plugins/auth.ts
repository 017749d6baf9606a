// Authentication and authorization, in one place. Every API route declares a permission and how its scope
// is found (shared/src/routes); a route without a declaration stops the server at start. Requests are
// authenticated by the session cookie or a personal API token; every change made without an API token
// must come from our own origin, and browser sessions must send their CSRF token with it; scoped
// permissions are checked against the thematic priorities in scope.
import fastifyCookie from '@fastify/cookie';
import { roleAllows, SCOPED_PERMISSIONS, type Permission } from '@rbm/shared';
import { api, type RouteAuth } from '@rbm/shared/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AuthSettings } from '../config.ts';
import { AppError } from '../errors.ts';
import { ANONYMOUS_ACTOR, type Actor } from '../lib/actor.ts';
import {
  authenticateSession,
  authenticateToken,
  kpiCodeOwnerPriority,
  kpiOwnerPriority,
  SESSION_COOKIE,
  type AuthenticatedSession,
} from '../modules/auth/auth.service.ts';
import { hidesPlan } from '../modules/plans/plan-status.ts';
import {
  chooseReviewScope,
  findScopeCandidates,
  type ReviewScope,
  type ScopeCandidate,
} from '../modules/review-scope/review-scope.service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    authSession: AuthenticatedSession | null;
    /** The priority's quarter of a `/:priority/:period` route, resolved once (scopeOf). */
    reviewScope: ReviewScope | null;
  }
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const declared = new Map(Object.values(api).map((r) => [`${r.method} ${r.url}`, r.auth as RouteAuth]));

/** The declaration of an API route; documentation and the SPA's files are public. */
function authOfRoute(method: string, url: string): RouteAuth | undefined {
  if (!url.startsWith('/api')) return { permission: 'public', scope: 'none' };
  return declared.get(`${method} ${url}`);
}

const forbidden = (code: string, message: string) => new AppError(403, code, message);

type ReviewParams = { priority?: string; period?: string };

/** The priority named by a review route in every plan that has it: the scope check and the handler's. */
async function reviewCandidates(request: FastifyRequest): Promise<ScopeCandidate[] | null> {
  const { priority, period } = request.params as ReviewParams;
  if (priority === undefined || period === undefined) return null;
  const candidates = await findScopeCandidates(
    { db: request.server.db, now: request.server.now() },
    { priority, period },
  );
  // A draft plan's priority is unknown to whoever may not see drafts (plugins/plan-lifecycle.ts).
  return candidates.filter((c) => !hidesPlan(request.actor, c.plan));
}

async function scopeIncludes(
  request: FastifyRequest,
  source: RouteAuth['scope'],
  candidates: readonly ScopeCandidate[] | null,
): Promise<boolean> {
  const { priorityIds } = request.actor;
  if (priorityIds === null) return true;
  const params = request.params as { id?: number; plan?: string; code?: string };
  if (source === 'kpi' && params.id !== undefined) {
    const owner = await kpiOwnerPriority({ db: request.server.db }, { kpiId: params.id });
    return owner === undefined || priorityIds.has(owner); // an unknown KPI is the handler's 404
  }
  if (source === 'kpi-code' && params.plan !== undefined && params.code !== undefined) {
    const { plan, code } = params;
    const owner = await kpiCodeOwnerPriority({ db: request.server.db }, { plan, code });
    return owner === undefined || priorityIds.has(owner); // an unknown plan or code is the handler's 404
  }
  if (source === 'review' && candidates !== null) {
    return candidates.length === 0 || candidates.some((c) => priorityIds.has(c.priority.id));
  }
  return true;
}

async function authenticate(request: FastifyRequest, settings: AuthSettings): Promise<void> {
  request.actor = ANONYMOUS_ACTOR;
  request.authSession = null;
  const now = request.server.now();
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const actor = token ? await authenticateToken(request.server.db, token, now) : null;
    if (!actor) throw new AppError(401, 'invalid_token', 'The API token is unknown or revoked');
    request.actor = actor;
    return;
  }
  const sessionId = request.cookies[SESSION_COOKIE];
  if (!sessionId) return;
  const session = await authenticateSession(request.server.db, settings, sessionId, now);
  if (session) {
    request.actor = session.actor;
    request.authSession = session;
  }
}

function requirePermission(request: FastifyRequest, auth: RouteAuth): void {
  if (auth.permission === 'public') return;
  if (request.actor.via === 'anonymous') {
    const expired = request.cookies[SESSION_COOKIE] !== undefined;
    throw new AppError(
      401,
      expired ? 'session_expired' : 'not_signed_in',
      expired ? 'Your session has ended: sign in again' : 'Sign in first',
    );
  }
  if (!roleAllows(request.actor.role, auth.permission)) {
    throw forbidden(
      'forbidden',
      `Your role (${request.actor.role}) does not allow this (${auth.permission})`,
    );
  }
}

function requireCsrf(request: FastifyRequest, auth: RouteAuth): void {
  const session = request.authSession;
  if (!session || SAFE_METHODS.has(request.method) || auth.csrf === false) return;
  if (request.headers['x-csrf-token'] !== session.csrfToken) {
    throw forbidden(
      'csrf_token_invalid',
      'The x-csrf-token header is missing or does not match your session',
    );
  }
}

/** `scheme://host[:port]` as browsers write an Origin (lower case, no default port), or null. */
function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The request's own origin; behind a trusted proxy (RBM_TRUST_PROXY) from X-Forwarded-Proto and -Host. */
const ownOrigin = (request: FastifyRequest) => originOf(`${request.protocol}://${request.host}`);

/**
 * A change without an API token (a browser's session, or signing in) must come from a page of this very
 * origin: a foreign Origin, or a Sec-Fetch-Site other than same-origin, is refused even with the right
 * CSRF token. A request with neither header (a script, an old browser) goes on to the CSRF check. API
 * tokens are never sent by a browser on its own, so they are not checked.
 */
function requireSameOrigin(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method) || request.headers.authorization !== undefined) return;
  const { origin } = request.headers;
  const site = request.headers['sec-fetch-site'];
  const own = ownOrigin(request);
  const foreignOrigin = origin !== undefined && (own === null || originOf(origin) !== own);
  if (foreignOrigin || (site !== undefined && site !== 'same-origin')) {
    throw forbidden(
      'origin_not_allowed',
      `Changes are accepted only from pages of ${own ?? 'this server'}, not from ${origin ?? `a ${site} page`}`,
    );
  }
}

/** Scope of the route's permission, and of `include=unapproved` (drafts of other priorities stay hidden). */
async function requireScope(
  request: FastifyRequest,
  auth: RouteAuth,
  candidates: readonly ScopeCandidate[] | null,
): Promise<void> {
  const include = (request.query as { include?: string } | undefined)?.include;
  if (include === 'unapproved') {
    const permission: Permission = 'read:unapproved';
    if (!roleAllows(request.actor.role, permission)) {
      throw forbidden(
        'forbidden',
        'Draft and submitted values are shown to planners, reviewers and admins only',
      );
    }
    if (auth.scope === 'none' && request.actor.priorityIds !== null) {
      throw forbidden(
        'unapproved_needs_full_scope',
        'Figures with unapproved values across the plan are for admins',
      );
    }
    const kpiScoped = auth.scope === 'kpi' || auth.scope === 'kpi-code';
    if (kpiScoped && !(await scopeIncludes(request, auth.scope, null))) {
      throw forbidden('out_of_scope', 'This KPI belongs to a thematic priority outside your scope');
    }
  }
  if (
    SCOPED_PERMISSIONS.includes(auth.permission) &&
    !(await scopeIncludes(request, auth.scope, candidates))
  ) {
    throw forbidden('out_of_scope', 'This belongs to a thematic priority outside your scope');
  }
}

async function auth(app: FastifyInstance, settings: AuthSettings): Promise<void> {
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('authSession', null);
  app.decorateRequest('reviewScope', null);

  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      const found = authOfRoute(method, route.url);
      if (!found) throw new Error(`Route ${method} ${route.url} declares no permission in shared/src/routes`);
      route.config = { ...route.config, auth: found };
    }
  });
  app.addHook('onRequest', async (request) => {
    await authenticate(request, settings);
    const routeAuth = request.routeOptions.config.auth;
    if (!routeAuth) return; // not found: the 404 handler answers
    requireSameOrigin(request);
    requirePermission(request, routeAuth);
    requireCsrf(request, routeAuth);
  });
  app.addHook('preHandler', async (request) => {
    const routeAuth = request.routeOptions.config.auth;
    if (!routeAuth || routeAuth.permission === 'public') return;
    // A route on a priority's quarter (`/:priority/:period`, whatever its scope source) gets it resolved.
    const candidates = await reviewCandidates(request);
    await requireScope(request, routeAuth, candidates);
    if (candidates === null) return;
    // Resolved after the scope check, so a priority outside the user's scope is refused before its
    // plan and period are judged (as when the handler resolved it).
    const { priority, period } = request.params as Required<ReviewParams>;
    const plan = (request.query as { plan?: string } | undefined)?.plan;
    request.reviewScope = await chooseReviewScope(
      { db: request.server.db, now: request.server.now() },
      { key: { priority, period, plan }, candidates },
    );
  });
}

export default fp(auth, { name: 'auth' });

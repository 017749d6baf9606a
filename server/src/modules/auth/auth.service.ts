// Signing in and out (through the throttle on guessing passwords), sessions and API tokens.
import { LANGUAGES, ROLE_PERMISSIONS, ROLES, type Language } from '@rbm/shared';
import type { Session, SessionUser } from '@rbm/shared/schemas';
import type { AuthSettings } from '../../config.ts';
import type { Db } from '../../db/connection.ts';
import type { AppUserRow } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../lib/actor.ts';
import { asEnum } from '../../lib/enums.ts';
import { transactionWithRetry } from '../../db/transaction-retry.ts';
import type { ServiceContext } from '../../lib/service-context.ts';
import { hashSecret, newSecret, UNKNOWN_USER_HASH, verifyPassword } from '../../lib/passwords.ts';
import { recordAuditEntry } from '../audit/audit.service.ts';
import * as repo from './auth.repository.ts';
import { forgetStaleCounters, recordSuccess, reserveAttempt } from './sign-in-throttle.service.ts';

export const SESSION_COOKIE = 'rbm_session';

const MINUTE = 60_000;

export async function actorOf(db: Db, user: AppUserRow, via: Actor['via']): Promise<Actor> {
  const role = asEnum(ROLES, user.role, 'app_user.role');
  if (role === 'admin' || role === 'viewer') {
    // admins act everywhere; viewers write nowhere, and read approved figures everywhere
    return {
      userId: user.id,
      username: user.username,
      role,
      priorityIds: role === 'admin' ? null : new Set(),
      via,
    };
  }
  const priorityIds = await repo.findPriorityIdsInScope(db, user.id);
  return { userId: user.id, username: user.username, role, priorityIds: new Set(priorityIds), via };
}

export async function sessionUserOf(db: Db, user: AppUserRow): Promise<SessionUser> {
  const role = asEnum(ROLES, user.role, 'app_user.role');
  const scope = await repo.findUserScope(db, user.id);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role,
    language: (LANGUAGES as readonly string[]).includes(user.language) ? (user.language as Language) : 'en',
    scope: {
      sectors: [...new Set(scope.flatMap((s) => (s.sectorCode ? [s.sectorCode] : [])))],
      // a priority code may recur in several plans: name it once
      priorities: [...new Set(scope.flatMap((s) => (s.priorityCode ? [s.priorityCode] : [])))],
    },
    permissions: [...ROLE_PERMISSIONS[role]],
  };
}

export interface SignIn {
  username: string;
  password: string;
  address: string;
  /** The session cookie the browser still had: it is ended, so a signed-in session always has a new id. */
  previousSessionId?: string | undefined;
}

/** Signing in and out needs the session limits of the configuration. */
export interface AuthContext extends ServiceContext {
  settings: AuthSettings;
}

export async function signIn(
  ctx: AuthContext,
  input: SignIn,
): Promise<{ sessionId: string; session: Session }> {
  const { db, now, settings } = ctx;
  const username = input.username.trim().toLowerCase();
  const stamp = now.toISOString();
  // counted as a failure before the password is checked (or 429): see sign-in-throttle.service.ts
  const attempt = await reserveAttempt(ctx, { username, address: input.address });
  const user = await repo.findUserByUsername(db, username);
  // Verify against a dummy hash when the account does not exist, so timing tells nothing.
  const valid = await verifyPassword(input.password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !valid)
    throw new AppError(401, 'invalid_credentials', 'The username or the password is wrong');
  await recordSuccess(ctx, attempt);
  if (user.active !== 1)
    throw new AppError(403, 'account_inactive', 'This account is deactivated; ask an administrator');

  const { secret: sessionId, hash: idHash } = newSecret();
  const csrfToken = newSecret().secret;
  const expiresAt = new Date(now.getTime() + settings.sessionMaxHours * 60 * MINUTE).toISOString();
  await transactionWithRetry(db, async (tx) => {
    if (input.previousSessionId) await repo.deleteSession(tx, hashSecret(input.previousSessionId));
    const idleBefore = new Date(now.getTime() - settings.sessionIdleMinutes * MINUTE).toISOString();
    await repo.deleteExpiredSessions(tx, stamp, idleBefore);
    await forgetStaleCounters({ db: tx, now });
    await repo.insertSession(tx, { idHash, userId: user.id, csrfToken, createdAt: stamp, expiresAt });
    await recordAuditEntry(
      { db: tx, now, actor: { userId: user.id, username: user.username } },
      { action: 'sign_in', entity: 'user', entityId: user.id, after: { address: input.address } },
    );
  });
  return { sessionId, session: { user: await sessionUserOf(db, user), csrfToken, expiresAt } };
}

export interface AuthenticatedSession {
  actor: Actor;
  user: AppUserRow;
  idHash: string;
  csrfToken: string;
  expiresAt: string;
}

/** The session behind a cookie, or null when it is unknown, expired (then removed) or its user inactive. */
export async function authenticateSession(
  db: Db,
  settings: AuthSettings,
  sessionId: string,
  now: Date,
): Promise<AuthenticatedSession | null> {
  const idHash = hashSecret(sessionId);
  // the row itself as its user (its session's three columns are never read as the user's)
  const user = await repo.findSessionOwner(db, idHash);
  if (!user) return null;
  const { sessionCsrfToken, sessionExpiresAt, sessionLastSeenAt } = user;
  const idleLimit = new Date(sessionLastSeenAt).getTime() + settings.sessionIdleMinutes * MINUTE;
  if (now.toISOString() >= sessionExpiresAt || now.getTime() > idleLimit) {
    await repo.deleteSession(db, idHash);
    return null;
  }
  if (user.active !== 1) return null;
  // Record use at most once a minute: enough for the idle limit, without a write per request.
  if (now.getTime() - new Date(sessionLastSeenAt).getTime() > MINUTE) {
    await repo.touchSession(db, idHash, now.toISOString());
  }
  return {
    actor: await actorOf(db, user, 'session'),
    user,
    idHash,
    csrfToken: sessionCsrfToken,
    expiresAt: sessionExpiresAt,
  };
}

/** The owner of a personal API token (scoped like them), or null for an unknown or revoked token. */
export async function authenticateToken(db: Db, token: string, now: Date): Promise<Actor | null> {
  const row = await repo.findActiveApiTokenOwner(db, hashSecret(token));
  if (!row || row.active !== 1) return null;
  const { tokenId, tokenLastUsedAt } = row;
  if (!tokenLastUsedAt || now.getTime() - Date.parse(tokenLastUsedAt) > MINUTE) {
    await repo.touchApiToken(db, tokenId, now.toISOString());
  }
  // the row itself as its user (its token's two columns are never read as the user's)
  return actorOf(db, row, 'token');
}

export async function signOut(ctx: ServiceContext, input: { session: AuthenticatedSession }): Promise<void> {
  const { session } = input;
  const { now } = ctx;
  await transactionWithRetry(ctx.db, async (tx) => {
    await repo.deleteSession(tx, session.idHash);
    await recordAuditEntry(
      { db: tx, now, actor: { userId: session.user.id, username: session.user.username } },
      { action: 'sign_out', entity: 'user', entityId: session.user.id },
    );
  });
}

export async function setLanguage(
  ctx: ServiceContext,
  input: { user: AppUserRow; language: Language },
): Promise<SessionUser> {
  const { user, language } = input;
  await repo.updateUserLanguage(ctx.db, user.id, language, ctx.now.toISOString());
  return sessionUserOf(ctx.db, { ...user, language });
}

/** The thematic priority that owns a KPI, for the scope check of `/api/kpis/:id...` (undefined: no such KPI). */
export async function kpiOwnerPriority(
  ctx: Pick<ServiceContext, 'db'>,
  input: { kpiId: number },
): Promise<number | undefined> {
  return (await repo.findKpiOwnerPriority(ctx.db, input.kpiId))?.ownerPriorityId;
}

/**
 * The thematic priority that owns a KPI addressed by plan and code, for the scope check of
 * `/api/plans/:plan/kpis/:code` (undefined: no such plan or KPI).
 */
export async function kpiCodeOwnerPriority(
  ctx: Pick<ServiceContext, 'db'>,
  input: { plan: string; code: string },
): Promise<number | undefined> {
  return (await repo.findKpiOwnerPriorityByCode(ctx.db, input.plan, input.code))?.ownerPriorityId;
}

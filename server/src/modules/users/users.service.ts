// User administration: create accounts, change their role, scope and language, deactivate them (users
// are never deleted: the audit log keeps their name), set a new password. Every write is one audited
// transaction; no password hash ever reaches a response or the audit log.
import { LANGUAGES, ROLES } from '@rbm/shared';
import type { CreateUserBody, UpdateUserBody, User, UserScope } from '@rbm/shared/schemas';
import type { Updateable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { AppUserTable } from '../../db/schema.ts';
import { conflict, notFound, unprocessable, type FieldError } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';
import { passwordProblems } from '../../lib/password-policy.ts';
import { hashPassword } from '../../lib/passwords.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import {
  NO_SCOPE,
  resolveScope,
  roleHasScope,
  sameScope,
  scopesOf,
  type ResolvedScope,
} from './user-scope.ts';
import * as repo from './users.repository.ts';

function toUser(row: repo.UserRow, scope: UserScope): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    role: asEnum(ROLES, row.role, 'app_user.role'),
    active: row.active === 1,
    language: asEnum(LANGUAGES, row.language, 'app_user.language'),
    scope,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** What the audit log records of a user: everything a person can change, never the password. */
type AuditedUser = Omit<User, 'id' | 'createdAt' | 'updatedAt'>;
const AUDITED_FIELDS = ['username', 'displayName', 'email', 'role', 'active', 'language', 'scope'] as const;

function audited(user: User): AuditedUser {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...rest } = user;
  return rest;
}

export async function requireUserRow(db: Db, id: number): Promise<repo.UserRow> {
  const row = await repo.findUser(db, id);
  if (!row) throw notFound('User', id);
  return row;
}

async function loadUser(db: Db, id: number): Promise<User> {
  const row = await requireUserRow(db, id);
  return toUser(row, (await scopesOf(db, [id])).get(id) ?? NO_SCOPE);
}

export async function listUsers(ctx: ServiceContext): Promise<User[]> {
  const rows = await repo.findUsers(ctx.db);
  const scopes = await scopesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toUser(row, scopes.get(row.id) ?? NO_SCOPE));
}

export async function getUser(ctx: ServiceContext, input: { id: number }): Promise<User> {
  return loadUser(ctx.db, input.id);
}

function raiseFieldErrors(errors: FieldError[]): void {
  const first = errors[0];
  if (first) throw unprocessable(first.code, errors.map((e) => e.message).join('; '), errors);
}

function trimmedName(text: string, errors: FieldError[]): string {
  const trimmed = text.trim();
  if (trimmed === '') {
    errors.push({ field: 'body.displayName', code: 'blank', message: 'The display name must not be blank' });
  }
  return trimmed;
}

const usernameTaken = (username: string) => conflict('username_taken', `Username "${username}" is taken`);

/**
 * Creates an account with a hashed password that the policy allows (every problem of the request is
 * answered at once, the password's among them); admins and viewers get no scope rows.
 */
export async function createUser(ctx: WriteServiceContext, input: CreateUserBody): Promise<User> {
  const refusals = passwordProblems(input.password, input.username);
  // Hashing takes tens of milliseconds: do it before the transaction rather than inside it.
  const passwordHash = refusals.length === 0 ? await hashPassword(input.password) : '';
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const errors: FieldError[] = [...refusals];
    const displayName = trimmedName(input.displayName, errors);
    const scope = await resolveScope(tx, input.role, input.scope ?? NO_SCOPE, errors);
    raiseFieldErrors(errors);
    if ((await repo.findUserIdByUsername(tx, input.username)) !== undefined)
      throw usernameTaken(input.username);

    const stamp = ctx.now.toISOString();
    const id = await repo.insertUser(tx, {
      username: input.username,
      displayName,
      email: input.email ?? null,
      role: input.role,
      passwordHash,
      language: input.language ?? 'en',
      active: 1,
      createdAt: stamp,
      updatedAt: stamp,
    });
    if (id === undefined) throw usernameTaken(input.username);
    await repo.replaceScope(tx, id, scope.rows);
    const user = await loadUser(tx, id);
    await audit({ action: 'create', entity: 'user', entityId: id, after: audited(user) });
    return user;
  });
}

/**
 * Changes an account. Deactivating it ends its sessions (its API tokens stay as they are; the sign-in
 * check refuses them while the account is inactive). A role without scope drops the scope rows. An
 * admin cannot deactivate or demote themselves, so the last admin cannot lock everyone out by mistake.
 */
export async function updateUser(
  ctx: WriteServiceContext,
  input: UpdateUserBody & { id: number },
): Promise<User> {
  const { id, ...changes } = input;
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const current = await loadUser(tx, id);
    const role = changes.role ?? current.role;
    if (
      ctx.actor.userId === id &&
      current.role === 'admin' &&
      (role !== 'admin' || changes.active === false)
    ) {
      throw conflict(
        'cannot_change_own_admin',
        'You cannot deactivate your own account or give up your own admin role; ask another admin',
      );
    }

    const errors: FieldError[] = [];
    const displayName =
      changes.displayName === undefined ? current.displayName : trimmedName(changes.displayName, errors);
    let scope: ResolvedScope | undefined;
    if (changes.scope !== undefined || !roleHasScope(role)) {
      scope = await resolveScope(tx, role, changes.scope ?? NO_SCOPE, errors);
    }
    raiseFieldErrors(errors);

    const next: User = {
      ...current,
      displayName,
      email: changes.email === undefined ? current.email : changes.email,
      role,
      active: changes.active ?? current.active,
      language: changes.language ?? current.language,
      scope: scope?.codes ?? current.scope,
    };
    const before: Partial<AuditedUser> = {};
    const after: Partial<AuditedUser> = {};
    for (const field of AUDITED_FIELDS) {
      const same = field === 'scope' ? sameScope(current.scope, next.scope) : current[field] === next[field];
      if (same) continue;
      Object.assign(before, { [field]: current[field] });
      Object.assign(after, { [field]: next[field] });
    }
    if (Object.keys(after).length === 0) return current;

    const columns: Updateable<AppUserTable> = { updatedAt: ctx.now.toISOString() };
    if ('displayName' in after) columns.displayName = next.displayName;
    if ('email' in after) columns.email = next.email;
    if ('role' in after) columns.role = next.role;
    if ('active' in after) columns.active = next.active ? 1 : 0;
    if ('language' in after) columns.language = next.language;
    await repo.updateUser(tx, id, columns);
    if ('scope' in after && scope) await repo.replaceScope(tx, id, scope.rows);
    if (after.active === false) await repo.deleteSessions(tx, id);
    await audit({ action: 'update', entity: 'user', entityId: id, before, after });
    return loadUser(tx, id);
  });
}

/**
 * Sets a new password the policy allows, and ends every session of the user (signed-in browsers must
 * sign in again).
 */
export async function resetPassword(
  ctx: WriteServiceContext,
  input: { id: number; password: string },
): Promise<void> {
  const { id, password } = input;
  const { username } = await requireUserRow(ctx.db, id);
  raiseFieldErrors(passwordProblems(password, username));
  const passwordHash = await hashPassword(password);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    await requireUserRow(tx, id);
    await repo.updateUser(tx, id, { passwordHash, updatedAt: ctx.now.toISOString() });
    const sessionsEnded = await repo.deleteSessions(tx, id);
    await audit({
      action: 'reset_password',
      entity: 'user',
      entityId: id,
      after: { password: 'changed', sessionsEnded },
    });
  });
}

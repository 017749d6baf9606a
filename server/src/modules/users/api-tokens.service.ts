// Personal API tokens for scripts: issued by an admin for a user, acting with that user's role and scope.
// Only a hash of the secret is stored; the secret itself is shown once, in the answer that creates it.
import type { ApiToken, CreatedApiToken } from '@rbm/shared/schemas';
import { conflict, notFound, unprocessable } from '../../errors.ts';
import { newSecret } from '../../lib/passwords.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { requireUserRow } from './users.service.ts';
import * as repo from './users.repository.ts';

/** Tokens are recognisable in logs and secret scanners by this prefix. */
const API_TOKEN_PREFIX = 'rbm_';

function toApiToken(row: repo.ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

export async function listApiTokens(ctx: ServiceContext, input: { userId: number }): Promise<ApiToken[]> {
  await requireUserRow(ctx.db, input.userId);
  return (await repo.findApiTokens(ctx.db, input.userId)).map(toApiToken);
}

/** Issues a token for an active user; the answer carries the secret, which is never shown again. */
export async function createApiToken(
  ctx: WriteServiceContext,
  input: { userId: number; name: string },
): Promise<CreatedApiToken> {
  const { userId, name } = input;
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const user = await requireUserRow(tx, userId);
    const trimmed = name.trim();
    if (trimmed === '') {
      throw unprocessable('blank', 'The token name must not be blank', [
        { field: 'body.name', code: 'blank', message: 'The token name must not be blank' },
      ]);
    }
    if (user.active !== 1) {
      throw conflict('user_inactive', `User "${user.username}" is deactivated; reactivate it first`);
    }
    const { secret, hash } = newSecret(API_TOKEN_PREFIX);
    const id = await repo.insertApiToken(tx, {
      userId,
      name: trimmed,
      tokenHash: hash,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now.toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    });
    const row = await repo.findApiToken(tx, userId, id);
    if (!row) throw new Error(`API token ${id} vanished inside its own transaction`);
    await audit({
      action: 'create',
      entity: 'api_token',
      entityId: id,
      after: { userId, username: user.username, name: trimmed },
    });
    return { ...toApiToken(row), token: secret };
  });
}

/** Revokes one of the user's tokens; revoking a revoked token changes nothing (and is not an error). */
export async function revokeApiToken(
  ctx: WriteServiceContext,
  input: { userId: number; tokenId: number },
): Promise<void> {
  const { userId, tokenId } = input;
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const user = await requireUserRow(tx, userId);
    const token = await repo.findApiToken(tx, userId, tokenId);
    if (!token) throw notFound(`API token of user "${user.username}"`, tokenId);
    if (token.revokedAt !== null) return;
    const revokedAt = ctx.now.toISOString();
    await repo.revokeApiToken(tx, tokenId, revokedAt);
    await audit({
      action: 'revoke',
      entity: 'api_token',
      entityId: tokenId,
      before: { userId, name: token.name, revokedAt: null },
      after: { userId, name: token.name, revokedAt },
    });
  });
}

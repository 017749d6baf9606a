import type { Permission } from '@rbm/shared';
import type { SessionUser } from '@rbm/shared/schemas';

/** Whether the signed-in user may do something; the server sends the permissions of the user's role. */
export function hasPermission(
  user: Pick<SessionUser, 'permissions'> | null,
  permission: Permission,
): boolean {
  return user !== null && user.permissions.includes(permission);
}

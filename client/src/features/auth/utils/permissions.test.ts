import { describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES } from '@rbm/shared';
import { hasPermission } from './permissions.ts';

const userWithRole = (role: (typeof ROLES)[number]) => ({ permissions: [...ROLE_PERMISSIONS[role]] });

describe('can() by role', () => {
  it('lets only administrators manage users', () => {
    expect(ROLES.filter((role) => hasPermission(userWithRole(role), 'users:manage'))).toEqual(['admin']);
  });

  it('lets every role read, and only planners and admins write values', () => {
    expect(ROLES.filter((role) => hasPermission(userWithRole(role), 'read'))).toEqual([...ROLES]);
    expect(ROLES.filter((role) => hasPermission(userWithRole(role), 'values:write'))).toEqual([
      'admin',
      'planner',
    ]);
    expect(ROLES.filter((role) => hasPermission(userWithRole(role), 'reviews:decide'))).toEqual([
      'admin',
      'reviewer',
    ]);
  });

  it('gives an administrator every permission and a viewer only public reading', () => {
    expect(PERMISSIONS.every((p) => hasPermission(userWithRole('admin'), p))).toBe(true);
    expect(PERMISSIONS.filter((p) => hasPermission(userWithRole('viewer'), p))).toEqual(['public', 'read']);
  });

  it('allows nothing without a user', () => {
    expect(hasPermission(null, 'read')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './next-path.ts';

describe('safeNextPath', () => {
  it('follows paths of this app, with their query and hash', () => {
    expect(safeNextPath('/admin/users/new')).toBe('/admin/users/new');
    expect(safeNextPath('/plans/SP/framework?x=1#goals')).toBe('/plans/SP/framework?x=1#goals');
  });

  it('never leaves the app or loops back to sign-in', () => {
    for (const next of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'admin',
      '/sign-in',
      '/sign-in?next=/x',
    ])
      expect(safeNextPath(next)).toBe('/');
  });
});

describe('signInPath', () => {
  it('carries where to come back to and why', () => {
    expect(signInPath('/admin/users')).toBe('/sign-in?next=%2Fadmin%2Fusers');
    expect(signInPath('/admin/users?a=1', 'expired')).toBe(
      '/sign-in?next=%2Fadmin%2Fusers%3Fa%3D1&reason=expired',
    );
    expect(signInPath('/')).toBe('/sign-in');
  });
});

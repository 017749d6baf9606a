import { describe, expect, it } from 'vitest';
import { aUser, framework } from '../../../test/fixtures.ts';
import {
  checkNewUser,
  checkPassword,
  createUserBody,
  detailsDraftFromUser,
  EMPTY_NEW_USER,
  restoreNewUserDraft,
  updateUserBody,
} from './user-form.ts';

describe('user form bodies', () => {
  it('trims, turns an empty email into null and sends a scope only for scoped roles', () => {
    const draft = {
      ...EMPTY_NEW_USER,
      username: ' grace ',
      displayName: ' Grace Hopper ',
      email: ' ',
      role: 'planner' as const,
      scope: { sectors: ['ITU-D'], priorities: ['KAP-1'] },
    };
    expect(createUserBody(draft, 'a long passphrase', framework.sectors)).toEqual({
      username: 'grace',
      displayName: 'Grace Hopper',
      email: null,
      role: 'planner',
      password: 'a long passphrase',
      scope: { sectors: ['ITU-D'], priorities: [] },
    });
    expect(updateUserBody({ ...detailsDraftFromUser(aUser()), role: 'viewer' }, framework.sectors)).toEqual({
      displayName: 'Grace Hopper',
      email: 'grace@example.org',
      role: 'viewer',
    });
  });

  it('checks what can be checked before asking the server', () => {
    expect(Object.keys(checkNewUser(EMPTY_NEW_USER, ''))).toEqual(['username', 'displayName', 'password']);
    const grace = { ...EMPTY_NEW_USER, username: 'grace.hopper', displayName: 'G' };
    expect(checkNewUser(grace, 'short').password?.code).toBe('password_too_short');
    expect(checkNewUser(grace, 'Grace.Hopper').password?.code).toBe('password_is_username');
    expect(checkNewUser(grace, 'aaaaaaaaaaaa').password?.code).toBe('password_repetitive');
    expect(checkNewUser(grace, 'a long passphrase').password).toBeUndefined();
    expect(checkPassword('abcdefghijklm', 'grace.hopper').password?.code).toBe('password_sequential');
  });

  it('takes only well-formed values from a stored draft', () => {
    expect(
      restoreNewUserDraft({ username: 'g', role: 'root', scope: { sectors: ['A', 3] }, email: 5 }),
    ).toEqual({
      ...EMPTY_NEW_USER,
      username: 'g',
      scope: { sectors: ['A'], priorities: [] },
    });
    expect(restoreNewUserDraft('garbage')).toEqual(EMPTY_NEW_USER);
  });
});

// Weak passwords are refused wherever a password is set: a new user through the API (an administrator
// too), a new password through the API, and the command line's `npm run user:create`.
import type { PasswordProblem } from '@rbm/shared';
import type { Problem } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_NOW, type TestContext } from '../../../test/build-test-app.ts';
import { toCreateUserBody } from '../../cli/user-create.ts';
import { StartupError } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { SYSTEM_ACTOR } from '../../lib/actor.ts';
import { createUser } from './users.service.ts';
import { passwordHashOf, PASSWORD, userRequests } from './users.test-support.ts';

const USERNAME = 'ana.admin2026';

/** The weak passwords, each with the first reason it is refused for. */
const WEAK: ReadonlyArray<[password: string, code: PasswordProblem]> = [
  [' '.repeat(10), 'password_blank'],
  [' '.repeat(14), 'password_blank'],
  ['aaaaaaaaaaaa', 'password_repetitive'],
  ['password1234', 'password_too_common'],
  ['Password1234', 'password_too_common'],
  ['sunshine2026!', 'password_too_common'],
  ['1234567890', 'password_too_short'],
  ['1234567890123', 'password_sequential'],
  [USERNAME, 'password_is_username'],
  [USERNAME.toUpperCase(), 'password_is_username'],
  [`${USERNAME}!`, 'password_is_username'],
  [`${USERNAME}-2027`, 'password_contains_username'],
];

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp({ demo: false });
});
afterAll(async () => ctx.close());
const { create, createOk } = userRequests(() => ctx);

async function userCount(): Promise<number> {
  const row = await ctx.db
    .selectFrom('appUser')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('the password policy', () => {
  it.each(['admin', 'viewer'] as const)(
    'refuses weak passwords for a new %s with 422 and the reason, and creates nothing',
    async (role) => {
      const before = await userCount();
      for (const [password, code] of WEAK) {
        const res = await create({ username: USERNAME, role, password });
        expect(res.statusCode, password).toBe(422);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        const problem = res.json<Problem>();
        expect(problem.code, password).toBe(code);
        expect(problem.errors?.[0]).toMatchObject({ field: 'body.password', code });
        expect(problem.errors?.[0]?.message).toMatch(/^The password /);
        expect(problem.detail).toContain(problem.errors?.[0]?.message);
      }
      expect(await userCount()).toBe(before);
    },
  );

  it('answers every problem of a new user at once, the password among them', async () => {
    const res = await create({ username: 'two-problems', displayName: '  ', password: 'password1234' });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().errors?.map((e) => e.code)).toEqual(['password_too_common', 'blank']);
  });

  it('refuses weak new passwords, and keeps the old one', async () => {
    const user = await createOk({ username: USERNAME, role: 'admin' });
    const hash = await passwordHashOf(ctx.db, user.id);
    for (const [password, code] of WEAK) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: `/api/users/${user.id}/password`,
        payload: { password },
      });
      expect(res.statusCode, password).toBe(422);
      expect(res.json<Problem>().code, password).toBe(code);
    }
    expect(await passwordHashOf(ctx.db, user.id)).toBe(hash);
    const strong = await ctx.app.inject({
      method: 'POST',
      url: `/api/users/${user.id}/password`,
      payload: { password: 'a brand new passphrase' },
    });
    expect(strong.statusCode).toBe(204);
  });

  it('refuses weak passwords on the command line, saying why, before and in the service it calls', async () => {
    const input = {
      username: 'cli.admin2026',
      name: 'CLI admin',
      role: 'admin',
      sectors: [],
      priorities: [],
    };
    for (const [password] of WEAK) {
      const typed = password
        .replace(USERNAME, input.username)
        .replace(USERNAME.toUpperCase(), 'CLI.ADMIN2026');
      expect(() => toCreateUserBody({ ...input, password: typed }), typed).toThrow(StartupError);
      expect(() => toCreateUserBody({ ...input, password: typed })).toThrow(
        /^Password refused: The password /,
      );
      const body = { ...toCreateUserBody({ ...input, password: PASSWORD }), password: typed };
      const refused = await createUser({ db: ctx.db, actor: SYSTEM_ACTOR, now: TEST_NOW }, body).catch(
        (error: unknown) => error,
      );
      expect(refused, typed).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ status: 422 });
    }
    expect(() => toCreateUserBody({ ...input, password: 'aaaaaaaaaaaa' })).toThrow(
      'Password refused: The password must not be one character or a short pattern repeated',
    );
    expect(toCreateUserBody({ ...input, password: PASSWORD })).toMatchObject({ password: PASSWORD });
  });
});

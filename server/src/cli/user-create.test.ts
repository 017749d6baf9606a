import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../../fixtures/seed.ts';
import { buildTestApp, TEST_NOW, type TestContext } from '../../test/build-test-app.ts';
import { REPO_ROOT, StartupError } from '../config.ts';
import { createDb } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { SYSTEM_ACTOR } from '../lib/actor.ts';
import { verifyPassword } from '../lib/passwords.ts';
import { createUser } from '../modules/users/users.service.ts';
import { parseUserCreateFlags, toCreateUserBody } from './user-create.ts';

const run = promisify(execFile);
const CLI = path.join(REPO_ROOT, 'server/src/cli/user-create.ts');

describe('user:create input', () => {
  it('reads every flag, --sector and --priority repeatable', () => {
    const flags = parseUserCreateFlags([
      '--username',
      'ana',
      '--name',
      'Ana A.',
      '--role',
      'planner',
      '--password',
      'long enough password',
      '--sector',
      'ITU-D',
      '--priority',
      'KAP-1',
      '--priority',
      'R-SPA',
    ]);
    expect(flags).toMatchObject({
      username: 'ana',
      name: 'Ana A.',
      role: 'planner',
      sectors: ['ITU-D'],
      priorities: ['KAP-1', 'R-SPA'],
      given: true,
      help: false,
    });
    expect(parseUserCreateFlags([])).toMatchObject({ given: false, sectors: [], priorities: [] });
  });

  it('refuses an unknown flag, an unknown role, a short password and a bad username in one line', () => {
    expect(() => parseUserCreateFlags(['--usr', 'x'])).toThrow(StartupError);
    const input = { username: 'ana', name: 'Ana', role: 'admin', password: 'long enough password' };
    const body = (changes: Partial<typeof input>) =>
      toCreateUserBody({ ...input, ...changes, sectors: [], priorities: [] });
    expect(() => body({ role: 'owner' })).toThrow(
      'Unknown role "owner": use admin, planner, reviewer or viewer',
    );
    expect(() => body({ password: 'short' })).toThrow(
      'Password refused: The password must have at least 12 characters',
    );
    expect(() => body({ username: 'Ana Maria' })).toThrow(/Username "Ana Maria" is not allowed/);
    expect(body({ name: '  Ana  ' })).toMatchObject({ displayName: 'Ana', role: 'admin' });
  });
});

describe('createUser as the command line uses it', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp({ demo: false });
  });
  afterAll(async () => ctx.close());

  it('creates the user as the system actor, and says in one line what is wrong', async () => {
    const context = { db: ctx.db, actor: SYSTEM_ACTOR, now: TEST_NOW };
    const body = toCreateUserBody({
      username: 'root2',
      name: 'Second admin',
      role: 'admin',
      password: 'long enough password',
      sectors: [],
      priorities: [],
    });
    const user = await createUser(context, body);
    expect(user).toMatchObject({ username: 'root2', role: 'admin', active: true });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', 'user')
      .where('entityId', '=', String(user.id))
      .execute();
    expect(audit).toEqual([expect.objectContaining({ actor: 'system', actorId: null, action: 'create' })]);

    await expect(createUser(context, body)).rejects.toThrow('Username "root2" is taken');
    await expect(
      createUser(context, {
        ...body,
        username: 'p2',
        role: 'planner',
        scope: { sectors: [], priorities: ['X-1'] },
      }),
    ).rejects.toThrow('Thematic priority "X-1" does not exist');
  });
});

describe('npm run user:create with flags (a child process on a database file)', () => {
  let folder: string;
  let url: string;
  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rbm-user-create-'));
    url = `file:${path.join(folder, 'rbm.sqlite')}`;
    const db = createDb({ dialect: 'sqlite', file: path.join(folder, 'rbm.sqlite') });
    await migrateToLatest(db);
    await seed(db, { demo: false, now: TEST_NOW });
    await db.destroy();
  });
  afterAll(async () => fs.rm(folder, { recursive: true, force: true }));

  const cli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: REPO_ROOT,
      env: { DATABASE_URL: url, LOG_LEVEL: 'silent' },
      timeout: 30_000,
    });

  it('creates the user with its scope, and refuses the same username again with exit code 1', async () => {
    const args = ['--username', 'cli.planner', '--name', 'Cli Planner', '--role', 'planner'];
    const scope = ['--sector', 'ITU-D', '--priority', 'R-SPA'];
    const { stdout } = await cli([...args, '--password', 'long enough password', ...scope]);
    expect(stdout.trim()).toBe('Created user cli.planner (planner)');

    const db = createDb({ dialect: 'sqlite', file: path.join(folder, 'rbm.sqlite') });
    try {
      const user = await db
        .selectFrom('appUser')
        .selectAll()
        .where('username', '=', 'cli.planner')
        .executeTakeFirstOrThrow();
      expect(user).toMatchObject({ displayName: 'Cli Planner', role: 'planner', active: 1 });
      expect(await verifyPassword('long enough password', user.passwordHash)).toBe(true);
      const scopeRows = await db.selectFrom('userScope').selectAll().where('userId', '=', user.id).execute();
      expect(scopeRows).toHaveLength(2);
    } finally {
      await db.destroy();
    }

    const again = await cli([...args, '--password', 'long enough password']).catch((error: unknown) => error);
    expect(again).toMatchObject({ code: 1, stderr: 'Failed: Username "cli.planner" is taken\n' });
    const short = await cli(['--username', 'x2', '--password', 'short']).catch((error: unknown) => error);
    expect(short).toMatchObject({
      code: 1,
      stderr:
        'Failed: Password refused: The password must have at least 12 characters; The password is one of ' +
        'the most common passwords of published breaches (perhaps with digits or symbols added): choose another\n',
    });
  }, 60_000);
});

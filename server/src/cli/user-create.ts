// npm run user:create — creates a user account (an admin unless told otherwise). Without arguments, in a
// terminal, it asks for each field (the password twice, not echoed); with flags it runs unattended:
//   npm run user:create -- --username ana --name "Ana Planner" --role planner --password '...' \
//     --sector ITU-D --priority KAP-1 --priority KAP-3
// In a terminal a missing --password is asked for, so it need not end up in the shell history.
import path from 'node:path';
import readline from 'node:readline/promises';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { MIN_PASSWORD_LENGTH, ROLES, type Role } from '@rbm/shared';
import { CreateUserBodySchema, type CreateUserBody } from '@rbm/shared/schemas';
import { Value } from 'typebox/value';
import { StartupError } from '../config.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { AppError } from '../errors.ts';
import { SYSTEM_ACTOR } from '../lib/actor.ts';
import { passwordProblems } from '../lib/password-policy.ts';
import { createUser } from '../modules/users/users.service.ts';
import { runCli } from './run-cli.ts';

const ROLE_LIST = `${ROLES.slice(0, -1).join(', ')} or ${ROLES.at(-1)}`;
const USAGE =
  'Usage: npm run user:create [-- --username NAME --name "Display name" --role admin|planner|reviewer|viewer ' +
  '--password PASSWORD --email ADDRESS --sector CODE --priority CODE]';

export interface UserCreateFlags {
  username?: string | undefined;
  name?: string | undefined;
  role?: string | undefined;
  password?: string | undefined;
  email?: string | undefined;
  sectors: string[];
  priorities: string[];
  help: boolean;
  /** True when any flag was given: run unattended rather than asking. */
  given: boolean;
}

export function parseUserCreateFlags(argv: readonly string[]): UserCreateFlags {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        username: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        password: { type: 'string' },
        email: { type: 'string' },
        sector: { type: 'string', multiple: true },
        priority: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    return {
      username: values.username,
      name: values.name,
      role: values.role,
      password: values.password,
      email: values.email,
      sectors: values.sector ?? [],
      priorities: values.priority ?? [],
      help: values.help ?? false,
      given: argv.length > 0,
    };
  } catch (error) {
    throw new StartupError(`${(error as Error).message}. ${USAGE}`);
  }
}

export interface UserCreateInput {
  username: string;
  name: string;
  role: string;
  password: string;
  email?: string | undefined;
  sectors: string[];
  priorities: string[];
}

/** The request body for the service, or one clear line saying what is wrong with the input. */
export function toCreateUserBody(input: UserCreateInput): CreateUserBody {
  if (!(ROLES as readonly string[]).includes(input.role)) {
    throw new StartupError(`Unknown role "${input.role}": use ${ROLE_LIST}`);
  }
  const refusals = passwordProblems(input.password, input.username.trim());
  if (refusals.length > 0) {
    throw new StartupError(`Password refused: ${refusals.map((r) => r.message).join('; ')}`);
  }
  const body: CreateUserBody = {
    username: input.username.trim(),
    displayName: input.name.trim(),
    role: input.role as Role,
    password: input.password,
    ...(input.email ? { email: input.email.trim() } : {}),
    scope: { sectors: input.sectors, priorities: input.priorities },
  };
  const first = [...Value.Errors(CreateUserBodySchema, body)][0];
  if (!first) return body;
  const field = first.instancePath.replace(/^\//, '');
  if (field === 'username') {
    throw new StartupError(
      `Username "${body.username}" is not allowed: use 2-50 lower-case letters, digits, ".", "_" or "-"`,
    );
  }
  throw new StartupError(`${field === 'displayName' ? 'name' : field || 'input'} ${first.message}`);
}

/** Terminal output that can stop echoing what is typed (for passwords). */
class MutableOutput extends Writable {
  muted = false;
  override _write(chunk: Buffer, encoding: BufferEncoding, done: () => void): void {
    if (!this.muted) process.stdout.write(chunk, encoding);
    done();
  }
}

function codes(answer: string): string[] {
  return answer
    .split(/[\s,]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/** Asks for what the flags did not give; only called when stdin is a terminal. */
async function askMissing(flags: UserCreateFlags): Promise<UserCreateInput> {
  const output = new MutableOutput();
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  let finished = false;
  rl.on('close', () => {
    if (finished) return;
    process.stdout.write('\nCancelled: no user was created.\n');
    process.exit(1);
  });
  const ask = async (question: string, fallback = ''): Promise<string> =>
    (await rl.question(fallback ? `${question} [${fallback}]: ` : `${question}: `)).trim() || fallback;
  const askHidden = async (question: string): Promise<string> => {
    process.stdout.write(`${question}: `);
    output.muted = true;
    try {
      return await rl.question('');
    } finally {
      output.muted = false;
      process.stdout.write('\n');
    }
  };
  try {
    const interactive = !flags.given;
    const username = flags.username ?? (await ask('Username (lower case)'));
    const name = flags.name ?? (interactive ? await ask('Display name', username) : username);
    const role = flags.role ?? (interactive ? await ask(`Role (${ROLE_LIST})`, 'admin') : 'admin');
    let { sectors, priorities } = flags;
    if (interactive && (role === 'planner' || role === 'reviewer')) {
      sectors = codes(await ask('Sectors in scope, e.g. ITU-D (blank for none)'));
      priorities = codes(await ask('Thematic priorities in scope, e.g. KAP-1, KAP-3 (blank for none)'));
    }
    let password = flags.password;
    if (password === undefined) {
      password = await askHidden(
        `Password (at least ${MIN_PASSWORD_LENGTH} characters, not a common one, not the username)`,
      );
      if ((await askHidden('Password again')) !== password) throw new StartupError('The passwords differ');
    }
    return { username, name, role, password, email: flags.email, sectors, priorities };
  } finally {
    finished = true;
    rl.close();
  }
}

function inputFromFlags(flags: UserCreateFlags): UserCreateInput {
  const missing = (flag: string) =>
    new StartupError(`Missing --${flag} (stdin is not a terminal, so it cannot be asked). ${USAGE}`);
  if (flags.username === undefined) throw missing('username');
  if (flags.password === undefined) throw missing('password');
  return {
    username: flags.username,
    name: flags.name ?? flags.username,
    role: flags.role ?? 'admin',
    password: flags.password,
    email: flags.email,
    sectors: flags.sectors,
    priorities: flags.priorities,
  };
}

function main(): void {
  runCli(async (db) => {
    const flags = parseUserCreateFlags(process.argv.slice(2));
    if (flags.help) {
      console.log(USAGE);
      return;
    }
    const needsAsking = !flags.given || flags.username === undefined || flags.password === undefined;
    const input = process.stdin.isTTY && needsAsking ? await askMissing(flags) : inputFromFlags(flags);
    const body = toCreateUserBody(input);
    await migrateToLatest(db);
    try {
      const user = await createUser({ db, actor: SYSTEM_ACTOR, now: new Date() }, body);
      console.log(`Created user ${user.username} (${user.role})`);
      const scoped = user.role === 'planner' || user.role === 'reviewer';
      if (scoped && user.scope.sectors.length === 0 && user.scope.priorities.length === 0) {
        console.log('Note: no Sector or priority is in its scope yet; an admin can add them later.');
      }
    } catch (error) {
      // the service's errors are meant for people already: show them as one line
      if (error instanceof AppError) throw new StartupError(error.message);
      throw error;
    }
  });
}

// Run only as a program; tests import the functions above.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();

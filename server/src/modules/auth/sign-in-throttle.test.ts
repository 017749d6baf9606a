// The sign-in throttle against bursts, slow guessing, guessing spread over many addresses and one address
// trying many accounts; and that none of them locks the owner out (sign-in-throttle.service.ts).
import type { Problem } from '@rbm/shared/schemas';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_NOW, type TestContext } from '../../../test/build-test-app.ts';
import { createUser } from '../../../test/factories.ts';
import { THROTTLE } from './sign-in-throttle.service.ts';

const PASSWORD = 'owner-passphrase-2026';
const ATTACKER = '203.0.113.66';
const HOME = '198.51.100.7';

let now = TEST_NOW;
let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp({ demo: false, clock: () => now });
  for (const username of ['burst', 'owner', 'slow', 'spread', 'colleague']) {
    await createUser(ctx.db, { username, role: 'viewer', password: PASSWORD });
  }
});
afterAll(async () => ctx.close());

/** Moves the server's clock on by some seconds. */
const wait = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};

const login = (username: string, password: string, address: string) =>
  ctx.anonymous.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: address,
  });

/** Tests that check dozens of passwords (scrypt, tens of milliseconds each) on purpose. */
const MANY_CHECKS = 60_000;

const retryAfter = (res: LightMyRequestResponse) => Number(res.headers['retry-after']);

/** 40 wrong passwords at once from one address. */
const burst = (username: string, address: string) =>
  Promise.all(Array.from({ length: 40 }, (_, i) => login(username, `wrong-guess-${i}`, address)));

describe('the sign-in throttle', () => {
  it('counts each attempt before its password is checked: of 40 parallel guesses only the free ones are checked', async () => {
    now = TEST_NOW;
    const answers = await burst('burst', ATTACKER);
    const checked = answers.filter((res) => res.statusCode === 401).length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(THROTTLE.pair.free);
    const refused = answers.filter((res) => res.statusCode === 429);
    expect(refused).toHaveLength(40 - checked);
    for (const res of refused) {
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json<Problem>()).toMatchObject({ status: 429, code: 'too_many_attempts' });
      expect(retryAfter(res)).toBe(THROTTLE.pair.firstDelaySeconds);
    }
    // the attacker's right guess is not checked either
    expect((await login('burst', PASSWORD, ATTACKER)).statusCode).toBe(429);
  });

  it(
    'lets the owner in from another address while one address hammers the account, for as long as it lasts',
    async () => {
      now = TEST_NOW;
      await burst('owner', ATTACKER);
      expect((await login('owner', PASSWORD, HOME)).statusCode).toBe(200);
      // the attacker keeps going, each time it is let through, for over an hour; the owner gets in throughout
      const started = now.getTime();
      let guesses = 0;
      for (let round = 0; round < 100 && now.getTime() - started < 3600_000; round += 1) {
        const res = await login('owner', `wrong-again-${guesses}`, ATTACKER);
        if (res.statusCode === 429) wait(retryAfter(res));
        else expect(res.statusCode).toBe(401);
        guesses += res.statusCode === 401 ? 1 : 0;
        expect((await login('owner', PASSWORD, HOME)).statusCode).toBe(200);
      }
      // after the five of the burst, ten more at most in that hour: each wait is twice the last
      expect(guesses).toBeLessThanOrEqual(10);
      // right after a guess, the owner at an address never used before waits at most the account's short delay
      expect((await login('owner', 'one-more-guess', ATTACKER)).statusCode).toBe(401);
      const elsewhere = await login('owner', PASSWORD, '192.0.2.10');
      expect(elsewhere.statusCode).toBe(429);
      expect(retryAfter(elsewhere)).toBeLessThanOrEqual(THROTTLE.account.maxDelaySeconds);
      wait(retryAfter(elsewhere));
      expect((await login('owner', PASSWORD, '192.0.2.10')).statusCode).toBe(200);
    },
    MANY_CHECKS,
  );

  it('makes each guess past the free ones wait longer (Retry-After doubles up to its maximum), and forgets after a quiet hour', async () => {
    now = TEST_NOW;
    for (let i = 0; i < THROTTLE.pair.free; i += 1)
      expect((await login('slow', `wrong-${i}`, ATTACKER)).statusCode).toBe(401);
    const delays: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const refused = await login('slow', `wrong-later-${i}`, ATTACKER);
      expect(refused.statusCode).toBe(429);
      delays.push(retryAfter(refused));
      wait(retryAfter(refused) - 1);
      expect((await login('slow', `wrong-early-${i}`, ATTACKER)).statusCode).toBe(429);
      wait(1);
      expect((await login('slow', `wrong-in-time-${i}`, ATTACKER)).statusCode).toBe(401);
    }
    expect(delays).toEqual([15, 30, 60, 120, 240, 480, 900, 900]);
    wait(THROTTLE.forgetAfterMinutes * 60);
    expect((await login('slow', 'wrong-after-quiet', ATTACKER)).statusCode).toBe(401);
    expect((await login('slow', PASSWORD, ATTACKER)).statusCode).toBe(200);
  });

  it(
    'slows guessing spread over many addresses by a short, bounded delay, and never the owner at home',
    async () => {
      now = TEST_NOW;
      expect((await login('spread', PASSWORD, HOME)).statusCode).toBe(200);
      const delays: number[] = [];
      for (let i = 0; i < 40; i += 1) {
        const res = await login('spread', `wrong-${i}`, `10.20.${i}.1`);
        if (res.statusCode === 429) {
          delays.push(retryAfter(res));
          expect((await login('spread', PASSWORD, HOME)).statusCode).toBe(200);
          wait(retryAfter(res));
        } else {
          expect(res.statusCode).toBe(401);
        }
      }
      expect(delays[0]).toBe(THROTTLE.account.firstDelaySeconds);
      expect(Math.max(...delays)).toBe(THROTTLE.account.maxDelaySeconds);
      // the owner at a new address waits no longer than that either
      const elsewhere = await login('spread', PASSWORD, '192.0.2.20');
      expect(elsewhere.statusCode).toBe(429);
      expect(retryAfter(elsewhere)).toBeLessThanOrEqual(THROTTLE.account.maxDelaySeconds);
      wait(retryAfter(elsewhere));
      expect((await login('spread', PASSWORD, '192.0.2.20')).statusCode).toBe(200);
    },
    MANY_CHECKS,
  );

  it(
    'slows one address trying many accounts, but not other addresses, nor an owner who signed in from there',
    async () => {
      now = TEST_NOW;
      const shared = '100.64.0.1'; // a network address translator: an attacker and a colleague behind it
      expect((await login('colleague', PASSWORD, shared)).statusCode).toBe(200);
      const guesses = await Promise.all(
        Array.from({ length: THROTTLE.address.free }, (_, i) =>
          login(`nobody-${i}`, 'wrong-password', shared),
        ),
      );
      expect(guesses.map((res) => res.statusCode)).toEqual(guesses.map(() => 401));
      const refused = await login('nobody-else', 'wrong-password', shared);
      expect(refused.statusCode).toBe(429);
      expect(retryAfter(refused)).toBe(THROTTLE.address.firstDelaySeconds);
      expect((await login('colleague', PASSWORD, shared)).statusCode).toBe(200);
      expect((await login('nobody-else', 'wrong-password', '100.64.0.2')).statusCode).toBe(401);
    },
    MANY_CHECKS,
  );
});

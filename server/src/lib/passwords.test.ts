import { describe, expect, it } from 'vitest';
import { hashPassword, hashSecret, newSecret, UNKNOWN_USER_HASH, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored.startsWith('scrypt$16384$8$1$')).toBe(true);
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
  });

  it('verifies a hash at the cost it names, so a cost raised later leaves older hashes valid', async () => {
    const cheaper = await hashPassword('correct horse battery', 1024);
    expect(cheaper.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('correct horse battery', cheaper)).toBe(true);
    expect(await verifyPassword('correct horse batterY', cheaper)).toBe(false);
    // the same salt at another cost gives another key: the cost is part of what is checked
    const [, , r, p, salt, key] = cheaper.split('$');
    expect(await verifyPassword('correct horse battery', ['scrypt', 2048, r, p, salt, key].join('$'))).toBe(
      false,
    );
  });

  it('salts each hash, and refuses malformed or missing hashes', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
    expect(await verifyPassword('x', null)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
    expect(await verifyPassword('anything', UNKNOWN_USER_HASH)).toBe(false);
  });

  it('makes long random secrets and stores only their hash', () => {
    const { secret, hash } = newSecret('rbm_');
    expect(secret.startsWith('rbm_')).toBe(true);
    expect(secret.length).toBeGreaterThan(40);
    expect(hash).toBe(hashSecret(secret));
    expect(hash).not.toContain(secret);
  });
});

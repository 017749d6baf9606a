import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, passwordShapeProblems } from './passwords.ts';

describe('passwordShapeProblems', () => {
  it('refuses blank and short passwords, counting characters rather than UTF-16 units', () => {
    expect(passwordShapeProblems(' '.repeat(10), 'ana')).toEqual(['password_blank', 'password_too_short']);
    expect(passwordShapeProblems(' '.repeat(20), 'ana')).toEqual(['password_blank']);
    expect(passwordShapeProblems('\t\n  \u00a0'.repeat(4), 'ana')).toEqual(['password_blank']);
    expect(passwordShapeProblems('', 'ana')).toContain('password_too_short');
    expect(passwordShapeProblems('short pass!', 'ana')).toEqual(['password_too_short']);
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    // 11 characters that are 22 UTF-16 units: still too short
    expect(passwordShapeProblems('🐘🦒🦓🐪🐫🦘🦥🦦🦨🦡🐿', 'ana')).toEqual(['password_too_short']);
  });

  it('refuses the username, in any case, and a password built around it', () => {
    expect(passwordShapeProblems('ana.planner1', 'ana.planner1')).toContain('password_is_username');
    expect(passwordShapeProblems('Ana.Planner1', 'ana.planner1')).toContain('password_is_username');
    expect(passwordShapeProblems('anaplanner-1', 'ana.planner-1')).toContain('password_is_username');
    expect(passwordShapeProblems('ana.planner2026!', 'ana.planner')).toEqual(['password_contains_username']);
    expect(passwordShapeProblems('ANAPLANNER-ANAPLANNER', 'ana.planner')).toContain(
      'password_contains_username',
    );
    // the name inside a long passphrase is fine: twelve other letters remain
    expect(passwordShapeProblems('bananas bread with honey', 'ana')).toEqual([]);
    expect(passwordShapeProblems('victim of a long passphrase', 'victim')).toEqual([]);
  });

  it('refuses one character or a short pattern repeated, and runs along the alphabet, digits or keys', () => {
    expect(passwordShapeProblems('aaaaaaaaaaaa', 'ana')).toEqual(['password_repetitive']);
    expect(passwordShapeProblems('abcabcabcabc', 'ana')).toEqual(['password_repetitive']);
    expect(passwordShapeProblems('111122223333', 'ana')).toEqual(['password_repetitive']);
    expect(passwordShapeProblems('xyzuvwxyzuvwxyzuvw', 'ana')).toEqual(['password_repetitive']);
    expect(passwordShapeProblems('1234567890123', 'ana')).toEqual(['password_sequential']);
    expect(passwordShapeProblems('abcdefghijklmn', 'ana')).toEqual(['password_sequential']);
    expect(passwordShapeProblems('ZYXWVUTSRQPONM', 'ana')).toEqual(['password_sequential']);
    expect(passwordShapeProblems('qwertyuiopasd', 'ana')).toEqual(['password_sequential']);
    expect(passwordShapeProblems('azertyuiopqsdf', 'ana')).toEqual(['password_sequential']);
  });

  it('accepts passphrases and random passwords', () => {
    for (const password of [
      'correct horse battery staple',
      'long enough password',
      'Tr0ub4dor&3-plus',
      'x83920174639',
      '314159265358',
      'Женева весной 2026',
      '日内瓦的春天很美丽啊真的',
    ]) {
      expect(passwordShapeProblems(password, 'ana'), password).toEqual([]);
    }
  });
});

// The settings of backups and durability: defaults, and one clear line for each wrong value.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, REPO_ROOT } from './config.ts';

describe('backup and durability settings', () => {
  it('default to FULL, data/backups, no schedule and 14 kept', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({
      dialect: 'sqlite',
      file: path.join(REPO_ROOT, 'data', 'rbm.sqlite'),
      synchronous: 'FULL',
    });
    expect(config.backup).toEqual({
      folder: path.join(REPO_ROOT, 'data', 'backups'),
      everyHours: null,
      keep: 14,
    });
  });

  it('read RBM_SQLITE_SYNCHRONOUS, RBM_BACKUP_DIR, RBM_BACKUP_EVERY_HOURS and RBM_BACKUP_KEEP', () => {
    const config = loadConfig({
      RBM_SQLITE_SYNCHRONOUS: 'normal',
      RBM_BACKUP_DIR: '/srv/backups',
      RBM_BACKUP_EVERY_HOURS: '0.5',
      RBM_BACKUP_KEEP: '48',
    });
    expect(config.database).toMatchObject({ synchronous: 'NORMAL' });
    expect(config.backup).toEqual({ folder: '/srv/backups', everyHours: 0.5, keep: 48 });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database).toEqual({
      dialect: 'postgres',
      connectionString: 'postgres://u@h/db',
    });
  });

  it('stop at a wrong value with one line saying what to set', () => {
    expect(() => loadConfig({ RBM_SQLITE_SYNCHRONOUS: 'off' })).toThrow(
      'RBM_SQLITE_SYNCHRONOUS must be full or normal, not "off"',
    );
    expect(() => loadConfig({ RBM_BACKUP_EVERY_HOURS: '0' })).toThrow(
      'RBM_BACKUP_EVERY_HOURS must be a positive number, not "0"',
    );
    expect(() => loadConfig({ RBM_BACKUP_EVERY_HOURS: '200' })).toThrow(
      'RBM_BACKUP_EVERY_HOURS must be at most 168 (a week), not "200"',
    );
    expect(() => loadConfig({ RBM_BACKUP_KEEP: '0' })).toThrow(
      'RBM_BACKUP_KEEP must be a whole number of 1 or more, not "0"',
    );
    expect(() => loadConfig({ RBM_BACKUP_EVERY_HOURS: '24', DATABASE_URL: 'postgres://u@h/db' })).toThrow(
      'RBM_BACKUP_EVERY_HOURS backs up a SQLite file; for PostgreSQL schedule pg_dump instead (README, Operations)',
    );
    expect(() => loadConfig({ RBM_BACKUP_EVERY_HOURS: '24', DATABASE_URL: ':memory:' })).toThrow(
      'RBM_BACKUP_EVERY_HOURS backs up a SQLite file',
    );
  });
});

// Scheduled backups: when they are due, what one run does and logs, and the timer (fake setTimeout only:
// the copy itself runs on real files in a temp folder).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../../test/build-test-app.ts';
import { createDb } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrator.ts';
import {
  delayUntilDue,
  runScheduledBackup,
  startBackupSchedule,
  type BackupScheduleOptions,
} from './backup-schedule.ts';

const HOUR = 3_600_000;
let folder: string;
let lines: string[];
let clock: Date;
let options: BackupScheduleOptions;

beforeEach(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-schedule-'));
  const databaseFile = path.join(folder, 'rbm.sqlite');
  const db = createDb({ dialect: 'sqlite', file: databaseFile });
  await migrateToLatest(db);
  await db.destroy();
  lines = [];
  clock = TEST_NOW;
  options = {
    databaseFile,
    folder: path.join(folder, 'backups'),
    everyHours: 6,
    keep: 2,
    now: () => clock,
    log: { info: (line) => lines.push(`info: ${line}`), error: (line) => lines.push(`error: ${line}`) },
  };
});
afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(folder, { recursive: true, force: true });
});

const backups = () => (fs.existsSync(options.folder) ? fs.readdirSync(options.folder).sort() : []);

describe('scheduled backups', () => {
  it('are due at once without a previous one, else one interval after the newest', () => {
    expect(delayUntilDue(null, TEST_NOW, 6)).toBe(0);
    expect(delayUntilDue(new Date(TEST_NOW.getTime() - 2 * HOUR), TEST_NOW, 6)).toBe(4 * HOUR);
    expect(delayUntilDue(new Date(TEST_NOW.getTime() - 7 * HOUR), TEST_NOW, 6)).toBe(0);
  });

  it('take a checked backup, keep the newest ones and log one line', async () => {
    for (const hour of [1, 2, 3]) {
      clock = new Date(TEST_NOW.getTime() + hour * HOUR);
      await runScheduledBackup(options);
    }
    expect(backups()).toEqual([
      'rbm-scheduled-2026-11-23T110000Z.sqlite',
      'rbm-scheduled-2026-11-23T120000Z.sqlite',
    ]);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^info: Scheduled backup .+rbm-scheduled-2026-11-23T100000Z\.sqlite \(\d+\.\d KB \([\d,]+ bytes\), integrity ok\)$/,
    );
    expect(lines[2]).toMatch(/integrity ok\); deleted 1 older$/);
  });

  it('log a failure as an error and do not throw', async () => {
    fs.rmSync(options.databaseFile);
    await runScheduledBackup(options);
    expect(lines).toEqual([
      `error: Scheduled backup failed: There is no database at ${options.databaseFile} to back up`,
    ]);
  });

  it('run when due and then once per interval, and stop', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fs.mkdirSync(options.folder);
    fs.writeFileSync(path.join(options.folder, 'rbm-scheduled-2026-11-23T050000Z.sqlite'), '');
    const schedule = startBackupSchedule(options); // newest is 4 hours old: due in 2 hours
    await vi.advanceTimersByTimeAsync(2 * HOUR - 1);
    expect(backups()).toHaveLength(1);
    clock = new Date(TEST_NOW.getTime() + 2 * HOUR);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(backups()).toContain('rbm-scheduled-2026-11-23T110000Z.sqlite'));
    clock = new Date(TEST_NOW.getTime() + 8 * HOUR);
    await vi.advanceTimersByTimeAsync(6 * HOUR);
    await vi.waitFor(() => expect(backups()).toContain('rbm-scheduled-2026-11-23T170000Z.sqlite'));
    await schedule.stop();
    await vi.advanceTimersByTimeAsync(12 * HOUR);
    expect(backups()).toEqual([
      'rbm-scheduled-2026-11-23T110000Z.sqlite',
      'rbm-scheduled-2026-11-23T170000Z.sqlite',
    ]);
    expect(lines.every((line) => line.startsWith('info: '))).toBe(true);
  });
});

// Scheduled backups taken by the running server (RBM_BACKUP_EVERY_HOURS): the first one as soon as the
// newest scheduled backup in the folder is older than the interval (at start when there is none), then
// one per interval; only the newest RBM_BACKUP_KEEP scheduled backups are kept. A success is one line,
// a failure an error line; the server goes on serving either way and tries again at the next interval.
import { backupSqlite, describeSize, listBackups, pruneBackups } from '../db/backup.ts';

export interface BackupScheduleOptions {
  databaseFile: string;
  folder: string;
  everyHours: number;
  keep: number;
  now: () => Date;
  log: { info: (line: string) => void; error: (line: string) => void };
}

export interface BackupSchedule {
  /** Stops the schedule, after the backup under way (if any) has finished. */
  stop: () => Promise<void>;
}

/** Milliseconds until the next backup is due: 0 when none was taken or the newest is old enough. */
export function delayUntilDue(newest: Date | null, now: Date, everyHours: number): number {
  if (newest === null) return 0;
  const due = newest.getTime() + everyHours * 3_600_000;
  return Math.max(0, due - now.getTime());
}

/** One scheduled backup and the pruning after it; never throws (the outcome is logged). */
export async function runScheduledBackup(options: BackupScheduleOptions): Promise<void> {
  try {
    const result = await backupSqlite(options.databaseFile, options.folder, 'scheduled', options.now());
    if (result.integrity !== 'ok') {
      options.log.error(
        `Scheduled backup ${result.file} fails its integrity check (${result.integrity}): ` +
          'the database itself may be damaged; run npm run db:backup to check it',
      );
      return;
    }
    const pruned = pruneBackups(options.folder, options.databaseFile, 'scheduled', options.keep);
    options.log.info(
      `Scheduled backup ${result.file} (${describeSize(result.bytes)}, integrity ok)` +
        (pruned.length > 0 ? `; deleted ${pruned.length} older` : ''),
    );
  } catch (error) {
    options.log.error(`Scheduled backup failed: ${(error as Error).message}`);
  }
}

export function startBackupSchedule(options: BackupScheduleOptions): BackupSchedule {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const plan = (delay: number) => {
    // unref: a pending backup never keeps the process alive on its own
    timer = setTimeout(() => {
      running = runScheduledBackup(options).then(() => {
        if (!stopped) plan(options.everyHours * 3_600_000);
      });
    }, delay).unref();
  };
  const newest = listBackups(options.folder, options.databaseFile, 'scheduled').at(-1)?.takenAt ?? null;
  plan(delayUntilDue(newest, options.now(), options.everyHours));
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

// npm run db:restore -- FILE [--yes] — puts a backup in place of the SQLite database, with the server
// stopped. The backup must pass PRAGMA integrity_check and must not come from a newer version (one from
// an older version is migrated at the next start). The replaced database is kept beside it. Asks first
// in a terminal; without one it needs --yes.
import { parseArgs } from 'node:util';
import { loadConfig, StartupError } from '../config.ts';
import { migrationNames } from '../db/migrator.ts';
import { restoreSqlite, type RestorePlan } from '../db/restore.ts';
import { confirm, isInteractive } from './confirm.ts';
import { sqliteTarget } from './sqlite-target.ts';

const USAGE = 'Usage: npm run db:restore -- BACKUP_FILE [--yes]';

function describe(plan: RestorePlan): void {
  const { applied, pending } = plan.inspection;
  console.log(`Backup:    ${plan.backupFile} (integrity ok, migrations up to ${applied.at(-1) ?? 'none'})`);
  console.log(
    plan.safetyFile
      ? `Replaces:  ${plan.databaseFile}, which is kept as ${plan.safetyFile}`
      : `Into:      ${plan.databaseFile} (there is no database there yet)`,
  );
  if (pending.length > 0) {
    console.log(
      `Note:      the backup predates ${pending.length} migration(s) of this version (${pending.join(', ')}); ` +
        'they are applied at the next start (or by npm run db:migrate)',
    );
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  let args: { positionals: string[]; values: { yes?: boolean; help?: boolean } };
  try {
    args = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { yes: { type: 'boolean', short: 'y' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new StartupError(`${(error as Error).message}. ${USAGE}`);
  }
  if (args.values.help) {
    console.log(USAGE);
    return;
  }
  const backupFile = args.positionals[0];
  if (backupFile === undefined || args.positionals.length > 1)
    throw new StartupError(`Name one backup file. ${USAGE}`);
  const databaseFile = sqliteTarget(config, 'db:restore', 'restore a pg_dump archive with pg_restore');
  const result = await restoreSqlite({
    backupFile,
    databaseFile,
    known: await migrationNames(),
    now: new Date(),
    confirm: async (plan) => {
      describe(plan);
      return confirm(`Replace ${plan.databaseFile} with this backup?`, {
        yes: args.values.yes ?? false,
        interactive: isInteractive(),
        refusal: `db:restore replaces ${plan.databaseFile}`,
      });
    },
  });
  console.log(
    result.restored
      ? `Restored ${result.databaseFile} from ${result.backupFile}. Start the server again: npm start`
      : 'Cancelled: nothing was changed.',
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof StartupError ? `Failed: ${error.message}` : error);
    process.exit(1);
  },
);

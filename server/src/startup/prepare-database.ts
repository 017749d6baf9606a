// Brings the database up to date at start: migrations, then the reference fixtures (and demo data in
// demo mode) on first run. With the shipped frameworks switched off (RBM_SHIPPED_FRAMEWORKS=false) an
// empty database stays empty: another organisation creates its administrator and imports its own plan.
import { isDatabaseEmpty, seed } from '../../../fixtures/seed.ts';
import type { Db } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrator.ts';

export interface PrepareOptions {
  demo: boolean;
  /** Load the ITU plans and ICT statistics into an empty database (false: leave it empty). */
  shippedFrameworks: boolean;
  now: Date;
}

export async function prepareDatabase(
  db: Db,
  options: PrepareOptions,
  log: (line: string) => void,
): Promise<void> {
  const applied = await migrateToLatest(db);
  if (applied.length > 0) log(`Database migrated: ${applied.join(', ')}`);
  if (!(await isDatabaseEmpty(db))) return;
  if (!options.shippedFrameworks) {
    log(
      'No plan yet (RBM_SHIPPED_FRAMEWORKS=false): create an administrator with `npm run user:create`, ' +
        "then import your organisation's framework at /admin/frameworks.",
    );
    return;
  }
  log(
    options.demo
      ? 'Empty database: loading the framework and demo data...'
      : 'Empty database: loading the framework...',
  );
  const report = await seed(db, options);
  log(
    `Loaded ${report.plans} plans, ${report.kpis} KPIs, ${report.statistics} published statistics` +
      (options.demo ? `, ${report.values} demo values and ${report.reviews} quarterly reviews` : ''),
  );
}

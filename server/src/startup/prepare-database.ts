// Brings the database up to date at start: migrations, then the reference fixtures (and demo data in
// demo mode) on first run.
import { isDatabaseEmpty, seed } from '../../../fixtures/seed.ts';
import type { Db } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrator.ts';

export async function prepareDatabase(
  db: Db,
  options: { demo: boolean; now: Date },
  log: (line: string) => void,
): Promise<void> {
  const applied = await migrateToLatest(db);
  if (applied.length > 0) log(`Database migrated: ${applied.join(', ')}`);
  if (await isDatabaseEmpty(db)) {
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
}

// npm run db:seed — loads the reference framework (and demo data unless RBM_DEMO=false). Idempotent:
// running it again adds only what is missing. With RBM_SHIPPED_FRAMEWORKS=false there is nothing to load.
import { seed } from '../../../fixtures/seed.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { runCli } from './run-cli.ts';

runCli(async (db, config) => {
  await migrateToLatest(db);
  if (!config.shippedFrameworks) {
    console.log('RBM_SHIPPED_FRAMEWORKS=false: the shipped plans are not loaded; nothing to seed.');
    return;
  }
  const report = await seed(db, { demo: config.demo, now: new Date() });
  console.log(
    `Added ${report.plans} plans, ${report.kpis} KPIs, ${report.statistics} statistics, ` +
      `${report.values} demo values, ${report.reviews} quarterly reviews (existing rows were kept).`,
  );
});

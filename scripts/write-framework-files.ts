// Writes the shipped frameworks as framework documents (fixtures/frameworks/<plan>.json) from the TypeScript
// fixtures, through the same export the API uses. Transitional (issue 14): until the seed loads the JSON
// files through the importer and the TypeScript content is removed, run it after changing a fixture:
//   npx tsx scripts/write-framework-files.ts
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';
import { createDb } from '../server/src/db/connection.ts';
import { migrateToLatest } from '../server/src/db/migrator.ts';
import { exportFrameworkDocument } from '../server/src/modules/frameworks/framework-export.service.ts';
import { seed } from '../fixtures/seed.ts';

const now = new Date('2026-11-23T09:00:00Z');
const db = createDb({ dialect: 'sqlite', file: ':memory:' });
await migrateToLatest(db);
await seed(db, { demo: false, now });
for (const plan of ['SP-2024-2027', 'SP-2020-2023']) {
  const document = await exportFrameworkDocument({ db, now }, { plan });
  const file = path.join(import.meta.dirname, '..', 'fixtures', 'frameworks', `${plan}.json`);
  // Formatted as the repository's Prettier check wants it.
  fs.writeFileSync(file, await format(JSON.stringify(document), { parser: 'json', filepath: file }));
  console.log(`${file}: ${document.kpis.length} KPIs`);
}
await db.destroy();

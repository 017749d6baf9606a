// npm run bench: runs every bench/*.bench.ts (each exports `run()`, which prints its figures).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = fs
  .readdirSync(folder)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only)))
  .sort();
if (files.length === 0) {
  console.error(`No benchmark matches "${only ?? ''}"`);
  process.exit(1);
}
for (const file of files) {
  console.log(`\n== ${file.replace('.bench.ts', '')} ==`);
  const module = (await import(pathToFileURL(path.join(folder, file)).href)) as { run: () => Promise<void> };
  await module.run();
}

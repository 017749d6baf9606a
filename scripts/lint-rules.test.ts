// The module rules of eslint.config.js fire on a deliberate violation and stay quiet on the compliant
// shape: small snippets linted at paths inside the tree (the cycle needs two real files, in a temporary
// folder removed afterwards).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.js') });
});

/** The rule ids reported for `code` linted as if it were the file at `path` (relative to the root). */
async function rulesFiredOn(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  if (!result) throw new Error(`ESLint returned no result for ${path}`);
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('a module never imports another module’s repository', () => {
  it('fires on a module importing another module’s repository, and from outside the modules', async () => {
    const violation = `import { insertAuditEntry } from '../audit/audit.repository.ts';\nexport const probe = [insertAuditEntry];\n`;
    expect(await rulesFiredOn('server/src/modules/plans/lint-probe.ts', violation)).toEqual([
      'import-x/no-restricted-paths',
    ]);
    const typeOnly = `import type { AuditQuery } from '../audit/audit.repository.ts';\nexport type Probe = AuditQuery;\n`;
    expect(await rulesFiredOn('server/src/modules/plans/lint-probe.ts', typeOnly)).toEqual([
      'import-x/no-restricted-paths',
    ]);
    const plugin = `import { findPlans } from '../modules/plans/plans.repository.ts';\nexport const probe = [findPlans];\n`;
    expect(await rulesFiredOn('server/src/plugins/lint-probe.ts', plugin)).toEqual([
      'import-x/no-restricted-paths',
    ]);
  });

  it('lets a module use its own repository and another module’s service', async () => {
    const compliant = `import { auditedWrite } from '../audit/audit.service.ts';\nimport { findPlans } from './plans.repository.ts';\nexport const probe = [auditedWrite, findPlans];\n`;
    expect(await rulesFiredOn('server/src/modules/plans/lint-probe.ts', compliant)).toEqual([]);
  });
});

describe('every Kysely query lives in a repository', () => {
  const query = `import type { Db } from '../../db/connection.ts';\nexport const probe = (db: Db) => db.selectFrom('plan').selectAll().execute();\n`;
  const rawSql = `import { sql } from 'kysely';\nimport type { Db } from '../../db/connection.ts';\nexport const probe = (db: Db) => sql\`select 1\`.execute(db);\n`;

  it('fires on a query builder call and on the sql tag in a service', async () => {
    expect(await rulesFiredOn('server/src/modules/plans/lint-probe.service.ts', query)).toEqual([
      'no-restricted-syntax',
    ]);
    const write = query.replace("db.selectFrom('plan').selectAll()", "db.deleteFrom('plan')");
    expect(await rulesFiredOn('server/src/modules/plans/lint-probe.service.ts', write)).toEqual([
      'no-restricted-syntax',
    ]);
    // the import of sql and its use are both reported
    expect(await rulesFiredOn('server/src/modules/plans/lint-probe.service.ts', rawSql)).toEqual([
      'no-restricted-syntax',
      'no-restricted-syntax',
    ]);
    expect(await rulesFiredOn('server/src/startup/lint-probe.ts', query)).toEqual(['no-restricted-syntax']);
  });

  it('lets repositories, tests and the db/ infrastructure query', async () => {
    expect(await rulesFiredOn('server/src/modules/plans/lint-probe.repository.ts', query)).toEqual([]);
    expect(await rulesFiredOn('server/src/modules/plans/lint-probe.repository.ts', rawSql)).toEqual([]);
    expect(await rulesFiredOn('server/src/modules/plans/lint-probe.test.ts', query)).toEqual([]);
    expect(await rulesFiredOn('server/src/db/lint-probe.ts', query.replace('../../db/', './'))).toEqual([]);
  });
});

describe('a client feature never imports another feature folder', () => {
  it('fires on an import from another feature, not on shared components or its own files', async () => {
    const violation = `import { TargetCard } from '../../overview/components/TargetCard.tsx';\nexport const probe = [TargetCard];\n`;
    expect(await rulesFiredOn('client/src/features/reports/components/LintProbe.tsx', violation)).toEqual([
      'import-x/no-restricted-paths',
    ]);
    const compliant = `import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';\nimport { TargetCard } from './TargetCard.tsx';\nexport const probe = [StatusBadge, TargetCard];\n`;
    expect(await rulesFiredOn('client/src/features/overview/components/LintProbe.tsx', compliant)).toEqual(
      [],
    );
  });
});

describe('no import circles', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(root, 'server/src/lint-rules-cycle-'));
    writeFileSync(
      join(folder, 'first.ts'),
      "import { second } from './second.ts';\nexport const first = () => second;\n",
    );
    writeFileSync(
      join(folder, 'second.ts'),
      "import { first } from './first.ts';\nexport const second = () => first;\n",
    );
    writeFileSync(
      join(folder, 'third.ts'),
      "import { second } from './second.ts';\nexport const third = () => second;\n",
    );
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('fires on two files importing each other, not on a file that only imports one of them', async () => {
    const [first, third] = await eslint.lintFiles([join(folder, 'first.ts'), join(folder, 'third.ts')]);
    expect(first?.messages.map((m) => m.ruleId)).toEqual(['import-x/no-cycle']);
    expect(third?.messages).toEqual([]);
  });
});

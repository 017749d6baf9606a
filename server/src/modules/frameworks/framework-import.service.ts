// Framework import (issue 14), the value import's pattern: the preview reads the file, checks it and lists
// what it would change, writing nothing; the confirmation reads it again in one transaction, refuses it if
// the file or the stored framework changed since the preview (the token) or if any row is bad, and writes.
import { createHash } from 'node:crypto';
import type { FrameworkImportPreview, FrameworkImportResult } from '@rbm/shared/schemas';
import { IMPORT_MAX_BYTES } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import { AppError } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite, type Audit } from '../audit/audit.service.ts';
import { assertPlanOpen } from '../plans/plan-status.ts';
import { applyFramework } from './framework-apply.ts';
import { diffFrameworks, type FrameworkItemChange } from './framework-diff.ts';
import { exportFrameworkDocument } from './framework-export.service.ts';
import { readFrameworkFile } from './framework-file.ts';
import * as repo from './frameworks.repository.ts';
import { findStatisticCodes } from './framework-write.repository.ts';

export interface FrameworkFileInput {
  fileName: string;
  content: string;
}

function decode(content: string): Buffer {
  const base64 = content.replace(/\s/g, '');
  if ((base64.length * 3) / 4 > IMPORT_MAX_BYTES + 3) {
    throw new AppError(413, 'file_too_large', `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
  }
  return Buffer.from(base64, 'base64');
}

async function evaluate(db: Db, now: Date, fileName: string, content: Buffer) {
  const statistics = new Set((await findStatisticCodes(db)).map((s) => s.code));
  const file = await readFrameworkFile(fileName, content, statistics);
  const planCode = file.document?.plan.code ?? null;
  const plan = planCode === null ? undefined : await repo.findPlanByCode(db, planCode);
  const stored = plan ? await exportFrameworkDocument({ db, now }, { plan: plan.code }) : null;
  const other = stored ? undefined : await repo.findAnyPlan(db);
  const shared = other ? await exportFrameworkDocument({ db, now }, { plan: other.code }) : stored;
  const changes = file.document ? diffFrameworks(stored, file.document, shared) : [];
  const token = createHash('sha256')
    .update(content)
    .update('\0')
    .update(JSON.stringify(stored ?? shared))
    .digest('hex');
  return { file, plan, changes, token };
}

export async function previewFrameworkImport(
  ctx: WriteServiceContext,
  input: FrameworkFileInput,
): Promise<FrameworkImportPreview> {
  const { file, plan, changes, token } = await evaluate(
    ctx.db,
    ctx.now,
    input.fileName,
    decode(input.content),
  );
  const count = (change: string) => changes.filter((c) => c.change === change).length;
  return {
    format: file.format,
    plan: file.document?.plan.code ?? null,
    onto: plan ? 'existing' : 'new',
    token,
    counts: {
      new: count('new'),
      changed: count('changed'),
      retired: count('retired'),
      unchanged: count('unchanged'),
      bad: file.problems.length,
    },
    items: changes.filter((c) => c.change !== 'unchanged'),
    problems: file.problems,
  };
}

export async function confirmFrameworkImport(
  ctx: WriteServiceContext,
  input: FrameworkFileInput & { token: string },
): Promise<FrameworkImportResult> {
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { file, plan, changes, token } = await evaluate(tx, ctx.now, input.fileName, decode(input.content));
    if (token !== input.token) {
      throw new AppError(
        409,
        'import_stale',
        'The file or the framework changed since the preview: preview it again',
      );
    }
    if (!file.document || file.problems.length > 0) {
      throw new AppError(
        422,
        'framework_invalid',
        `The file has ${file.problems.length} bad rows: correct them (the preview names each) and import it again`,
      );
    }
    if (plan) {
      assertPlanOpen(plan);
      if (file.document.plan.status !== plan.status) {
        throw new AppError(
          422,
          'plan_status_by_lifecycle',
          `Plan "${plan.code}" is ${plan.status}: its status changes by activating or closing it, not by an import`,
          [
            {
              field: 'plan.status',
              code: 'plan_status_by_lifecycle',
              message: `Keep the status ${plan.status}`,
            },
          ],
        );
      }
    }
    await applyFramework(
      { tx, audit, stamp: ctx.now.toISOString(), userId: ctx.actor.userId },
      file.document,
      changes,
      plan?.id ?? null,
    );
    return { plan: file.document.plan.code, counts: countChanges(changes) };
  });
}

function countChanges(changes: FrameworkItemChange[]): FrameworkImportResult['counts'] {
  const count = (change: string) => changes.filter((c) => c.change === change).length;
  return {
    new: count('new'),
    changed: count('changed'),
    retired: count('retired'),
    unchanged: count('unchanged'),
    bad: 0,
  };
}

/**
 * The first-start load of a shipped framework file (fixtures/frameworks/*.json) in the caller's transaction:
 * the confirmation's checks and writes, limited to the items not stored yet. Loading it again adds nothing,
 * and what people changed or retired since stays as they left it. A file with a bad row throws.
 */
export async function applyFrameworkAdditions(
  ctx: { tx: Db; now: Date; audit: Audit },
  input: { fileName: string; content: Buffer },
): Promise<FrameworkImportResult & { added: FrameworkItemChange[] }> {
  const { file, plan, changes } = await evaluate(ctx.tx, ctx.now, input.fileName, input.content);
  if (!file.document || file.problems.length > 0) {
    const first = file.problems[0];
    throw new Error(
      `${input.fileName}: ${file.problems.length} bad rows` +
        (first ? ` (first: ${first.level} ${first.code ?? ''} ${first.column ?? ''}: ${first.message})` : ''),
    );
  }
  const additions = changes.filter((c) => c.change === 'new');
  if (additions.length > 0) {
    const stamp = ctx.now.toISOString();
    await applyFramework(
      { tx: ctx.tx, audit: ctx.audit, stamp, userId: null },
      file.document,
      additions,
      plan?.id ?? null,
    );
  }
  return { plan: file.document.plan.code, counts: countChanges(additions), added: additions };
}

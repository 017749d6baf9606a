// Importing the register's spreadsheet (issue 15, exported by risk-export.service.ts). The preview
// evaluates every row and writes nothing; the confirmation evaluates the same file again in one
// transaction, refuses if any row is bad or if the file or the register changed since the preview (the
// token), then creates and updates the risks, each audited. Actions and assessments are not in the sheet.
import { RISK_CATEGORIES, RISK_TREATMENTS } from '@rbm/shared/rbm';
import {
  RISK_SHEET_HEADERS,
  type ConfirmRiskImportBody,
  type RiskImportBody,
  type RiskImportPreview,
  type RiskImportProblem,
  type RiskImportResult,
} from '@rbm/shared/schemas';
import type { PlanRow } from '../../db/schema.ts';
import { badRequest } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import { findPlanItems, listSectors } from '../plans/plans.service.ts';
import { accessBySector } from '../review-scope/unit-access.service.ts';
import {
  previewToken,
  refuseOutOfScope,
  registerChanged,
  registerPreview,
  requireConfirmable,
} from '../imports/register-import.ts';
import { decodeUpload, formatOf, readTable, type Table } from '../imports/spreadsheet.ts';
import { registerOf } from './risk-export.service.ts';
import * as repo from './risks.repository.ts';

const CODE = /^[A-Za-z0-9._-]{1,40}$/;
const list = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
const cellText = (cell: Table[number][number] | undefined) =>
  cell === null || cell === undefined ? '' : String(cell).trim();

interface SheetRisk {
  code: string;
  fields: repo.RiskFields;
  links: repo.LinkIds;
  /** What the audit log keeps: the row as codes. */
  facts: Record<string, unknown>;
}

/** Every row of the file checked against the plan, the register and the reader's scope. */
async function evaluate(ctx: WriteServiceContext, plan: PlanRow, body: RiskImportBody) {
  const content = decodeUpload(body.content);
  const format = formatOf(body.fileName, content);
  const table = await readTable(format, content);
  const header = (table[0] ?? []).map((c) => cellText(c).toLowerCase());
  const column = RISK_SHEET_HEADERS.map((h) => header.indexOf(h.toLowerCase()));
  const missing = RISK_SHEET_HEADERS.filter((_, i) => column[i] === -1);
  if (missing.length > 0) {
    throw badRequest('headers_missing', `The first row must name these columns: ${missing.join(', ')}`);
  }
  const [register, sectors, access] = await Promise.all([
    registerOf(ctx.db, plan),
    listSectors(ctx),
    accessBySector(ctx.db, ctx.actor, plan.id),
  ]);
  const rows: (RiskImportPreview['rows'][number] & { risk: SheetRisk; existing: repo.RiskRow | null })[] = [];
  const invalid: RiskImportProblem[] = [];
  const seen = new Set<string>();
  const outOfScope: string[] = [];
  for (const [index, cells] of table.slice(1).entries()) {
    const rowNumber = index + 2;
    const get = (i: number) => cellText(cells[column[i] ?? -1]);
    const values = RISK_SHEET_HEADERS.map((_, i) => get(i));
    if (values.every((v) => v === '')) continue;
    const [
      code = '',
      title = '',
      description = '',
      category = '',
      sectorCode = '',
      focalPoint = '',
      treatment = '',
      p = '',
      o = '',
      k = '',
    ] = values;
    const problem = (problemCode: RiskImportProblem['code'], message: string) =>
      invalid.push({ row: rowNumber, riskCode: code || null, code: problemCode, message });
    if (!CODE.test(code ?? '')) {
      problem('code_invalid', `Code "${code}" must be 1-40 letters, digits, dots, dashes or underscores`);
      continue;
    }
    if (seen.has(code)) {
      problem('code_repeated', `${code} appears on an earlier row too`);
      continue;
    }
    seen.add(code);
    if (!title || title.length > 300) {
      problem('title_missing', 'The title is required (at most 300 characters)');
      continue;
    }
    if (!(RISK_CATEGORIES as readonly string[]).includes(category ?? '')) {
      problem('category_unknown', `Category "${category}" is not one of ${RISK_CATEGORIES.join(', ')}`);
      continue;
    }
    if (!(RISK_TREATMENTS as readonly string[]).includes(treatment ?? '')) {
      problem('treatment_unknown', `Treatment "${treatment}" is not one of ${RISK_TREATMENTS.join(', ')}`);
      continue;
    }
    const sector = sectors.find((s) => s.code === sectorCode);
    if (!sector) {
      problem('sector_unknown', `No owner unit "${sectorCode}"`);
      continue;
    }
    const codes = { priorities: list(p ?? ''), outcomes: list(o ?? ''), kpis: list(k ?? '') };
    const targets = await findPlanItems(ctx, { planId: plan.id, codes });
    const unknown = (['priorities', 'outcomes', 'kpis'] as const).flatMap((kind) =>
      codes[kind].filter((c) => !targets[kind].some((t) => t.code === c)),
    );
    if (unknown.length > 0) {
      problem('link_unknown', `Not in ${plan.code}: ${unknown.join(', ')}`);
      continue;
    }
    const existing = register.find((r) => r.row.code === code) ?? null;
    const change = !existing
      ? 'new'
      : existing.cells.join('\u0001') ===
          [
            code,
            title,
            description,
            category,
            sectorCode,
            focalPoint,
            treatment,
            codes.priorities.join(', '),
            codes.outcomes.join(', '),
            codes.kpis.join(', '),
          ].join('\u0001')
        ? 'unchanged'
        : 'changed';
    // an unchanged row of another unit is read, not written: a whole export imports back for anyone
    const allowed = access(sector.id).edit && (!existing || access(existing.row.sectorId).edit);
    if (change !== 'unchanged' && !allowed) {
      outOfScope.push(`row ${rowNumber} (${code})`);
      continue;
    }
    rows.push({
      row: rowNumber,
      code,
      change,
      existing: existing?.row ?? null,
      risk: {
        code,
        fields: {
          code,
          title,
          description: description || null,
          category,
          sectorId: sector.id,
          focalPoint: focalPoint || null,
          treatment,
        },
        links: {
          priorityIds: targets.priorities.map((t) => t.id),
          outcomeIds: targets.outcomes.map((t) => t.id),
          kpiIds: targets.kpis.map((t) => t.id),
        },
        facts: {
          code,
          title,
          description: description || null,
          category,
          sector: sectorCode,
          focalPoint: focalPoint || null,
          treatment,
          ...codes,
        },
      },
    });
  }
  refuseOutOfScope(outOfScope, 'risks of units outside your scope');
  return { format, rows, invalid, token: previewToken(content, rows, invalid) };
}

export async function previewRiskImport(
  ctx: WriteServiceContext,
  input: RiskImportBody,
): Promise<RiskImportPreview> {
  const plan = await resolvePlan(ctx, input);
  return registerPreview(plan, await evaluate(ctx, plan, input));
}

export async function importRisks(
  ctx: WriteServiceContext,
  input: ConfirmRiskImportBody,
): Promise<RiskImportResult> {
  const plan = await resolvePlan(ctx, input);
  const stamp = ctx.now.toISOString();
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { rows, invalid, token } = await evaluate({ ...ctx, db: tx }, plan, input);
    requireConfirmable(
      token,
      input.token,
      invalid.map((p) => p.row),
    );
    const result: RiskImportResult = { plan: plan.code, created: 0, updated: 0, unchanged: 0 };
    for (const { change, risk, existing } of rows) {
      if (change === 'unchanged') {
        result.unchanged += 1;
      } else if (existing === null) {
        const id = await repo.insertRisk(tx, plan.id, risk.fields, stamp);
        await repo.replaceLinks(tx, id, risk.links);
        await audit({ action: 'create', entity: 'risk', entityId: id, after: risk.facts, reason: 'import' });
        result.created += 1;
      } else {
        if (!(await repo.updateRisk(tx, existing.id, existing.version, risk.fields, stamp))) {
          throw registerChanged();
        }
        await repo.replaceLinks(tx, existing.id, risk.links);
        await audit({
          action: 'update',
          entity: 'risk',
          entityId: existing.id,
          after: risk.facts,
          reason: 'import',
        });
        result.updated += 1;
      }
    }
    return result;
  });
}

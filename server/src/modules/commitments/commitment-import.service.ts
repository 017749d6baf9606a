// Importing the commitments sheet (exported by commitment-export.service.ts), like the risk register's: the
// preview evaluates every row and writes nothing; the confirmation evaluates the same file again in one
// transaction, refuses if any row is bad or if the file or the commitments changed since the preview (the
// token), then creates and updates the commitments, each audited. Progress notes are not in the sheet.
import {
  COMMITMENT_HORIZONS,
  COMMITMENT_PILLARS,
  COMMITMENT_REACHES,
  COMMITMENT_SOURCES,
} from '@rbm/shared/rbm';
import {
  COMMITMENT_SHEET_HEADERS,
  type CommitmentImportBody,
  type CommitmentImportPreview,
  type CommitmentImportProblem,
  type CommitmentImportResult,
  type ConfirmCommitmentImportBody,
} from '@rbm/shared/schemas';
import type { PlanRow } from '../../db/schema.ts';
import { badRequest } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import {
  previewToken,
  refuseOutOfScope,
  registerChanged,
  registerPreview,
  requireConfirmable,
} from '../imports/register-import.ts';
import { decodeUpload, formatOf, readTable, type Table } from '../imports/spreadsheet.ts';

import { accessBySector } from '../review-scope/unit-access.service.ts';
import { SHEET_LANGUAGES, sheetOf } from './commitment-export.service.ts';
import * as repo from './commitments.repository.ts';
import { listSectors } from '../plans/plans.service.ts';

const CODE = /^[A-Za-z0-9._-]{1,40}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (text: string) =>
  DAY.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
const list = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
const cellText = (cell: Table[number][number] | undefined) =>
  cell === null || cell === undefined ? '' : String(cell).trim();
const CHOICES = [
  ['Internal or external', COMMITMENT_REACHES, 11],
  ['Horizon', COMMITMENT_HORIZONS, 12],
  ['Pillar', COMMITMENT_PILLARS, 13],
] as const;

interface Parsed {
  fields: repo.CommitmentFields;
  links: repo.LinkIds;
  facts: Record<string, unknown>;
}

/** One row's commitment, or the reason it is bad. */
async function parseRow(
  ctx: WriteServiceContext,
  plan: PlanRow,
  values: string[],
  sectors: Map<string, number>,
): Promise<Parsed | { code: CommitmentImportProblem['code']; message: string }> {
  const at = (i: number) => values[i] ?? '';
  const [code, source, sourceName, sourceYear] = [at(0), at(1), at(2), at(3)];
  if (!CODE.test(code)) {
    return {
      code: 'code_invalid',
      message: `Code "${code}" must be 1-40 letters, digits, dots, dashes or underscores`,
    };
  }
  const title = Object.fromEntries(
    SHEET_LANGUAGES.flatMap((l, i) => (at(4 + i) === '' ? [] : [[l, at(4 + i)]])),
  );
  if (!title.en || Object.values(title).some((t) => t.length > 500)) {
    return {
      code: 'title_missing',
      message: 'The English title is required (at most 500 characters per title)',
    };
  }
  const year = Number(sourceYear);
  if (
    !(COMMITMENT_SOURCES as readonly string[]).includes(source) ||
    !sourceName ||
    sourceName.length > 200 ||
    !Number.isInteger(year) ||
    year < 1990 ||
    year > 2100
  ) {
    return {
      code: 'source_invalid',
      message: `The source must be one of ${COMMITMENT_SOURCES.join(', ')}, with a name and a year (1990-2100)`,
    };
  }
  for (const [header, choices, i] of CHOICES) {
    if (!(choices as readonly string[]).includes(at(i))) {
      return { code: 'choice_unknown', message: `${header} "${at(i)}" is not one of ${choices.join(', ')}` };
    }
  }
  const dueDate = at(14) === '' ? null : at(14);
  if (dueDate !== null && !realDate(dueDate)) {
    return { code: 'date_invalid', message: `Due date "${dueDate}" is not a day (YYYY-MM-DD)` };
  }
  const sectorId = sectors.get(at(10));
  if (sectorId === undefined) return { code: 'sector_unknown', message: `No owner unit "${at(10)}"` };
  const codes = { priorities: list(at(15)), kpis: list(at(16)), risks: list(at(17)) };
  const targets = await repo.findLinkTargets(ctx.db, plan.id, codes);
  const unknown = (['priorities', 'kpis', 'risks'] as const).flatMap((kind) =>
    codes[kind].filter((c) => !targets[kind].some((t) => t.code === c)),
  );
  if (unknown.length > 0)
    return { code: 'link_unknown', message: `Not in ${plan.code}: ${unknown.join(', ')}` };
  const fields: repo.CommitmentFields = {
    code,
    source,
    sourceName,
    sourceYear: year,
    title: JSON.stringify(title),
    sectorId,
    reach: at(11),
    horizon: at(12),
    pillar: at(13),
    dueDate,
  };
  return {
    fields,
    links: {
      priorityIds: targets.priorities.map((t) => t.id),
      kpiIds: targets.kpis.map((t) => t.id),
      riskIds: targets.risks.map((t) => t.id),
    },
    facts: { ...fields, title, sector: at(10), ...codes },
  };
}

/** Every row of the file checked against the plan, the commitments and the reader's scope. */
async function evaluate(ctx: WriteServiceContext, plan: PlanRow, body: CommitmentImportBody) {
  const content = decodeUpload(body.content);
  const format = formatOf(body.fileName, content);
  const table = await readTable(format, content);
  const header = (table[0] ?? []).map((c) => cellText(c).toLowerCase());
  const column = COMMITMENT_SHEET_HEADERS.map((h) => header.indexOf(h.toLowerCase()));
  const missing = COMMITMENT_SHEET_HEADERS.filter((_, i) => column[i] === -1);
  if (missing.length > 0) {
    throw badRequest('headers_missing', `The first row must name these columns: ${missing.join(', ')}`);
  }
  const [sheet, units, access] = await Promise.all([
    sheetOf(ctx.db, plan),
    listSectors(ctx),
    accessBySector(ctx.db, ctx.actor, plan.id),
  ]);
  const sectors = new Map(units.map((u) => [u.code, u.id]));
  type Row = CommitmentImportPreview['rows'][number] & {
    parsed: Parsed;
    existing: repo.CommitmentRow | null;
  };
  const rows: Row[] = [];
  const invalid: CommitmentImportProblem[] = [];
  const seen = new Set<string>();
  const outOfScope: string[] = [];
  for (const [index, cells] of table.slice(1).entries()) {
    const rowNumber = index + 2;
    const values = COMMITMENT_SHEET_HEADERS.map((_, i) => cellText(cells[column[i] ?? -1]));
    if (values.every((v) => v === '')) continue;
    const code = values[0] ?? '';
    const parsed = await parseRow(ctx, plan, values, sectors);
    if (!('fields' in parsed)) {
      invalid.push({ row: rowNumber, commitmentCode: code || null, ...parsed });
      continue;
    }
    if (seen.has(code)) {
      invalid.push({
        row: rowNumber,
        commitmentCode: code,
        code: 'code_repeated',
        message: `${code} appears on an earlier row too`,
      });
      continue;
    }
    seen.add(code);
    const existing = sheet.find((r) => r.row.code === code) ?? null;
    const change = !existing
      ? 'new'
      : existing.cells.join('\u0001') ===
          values.map((v, i) => (i >= 15 ? list(v).join(', ') : v)).join('\u0001')
        ? 'unchanged'
        : 'changed';
    // an unchanged row of another unit is read, not written: a whole export imports back for anyone
    const allowed = access(parsed.fields.sectorId).edit && (!existing || access(existing.row.sectorId).edit);
    if (change !== 'unchanged' && !allowed) {
      outOfScope.push(`row ${rowNumber} (${code})`);
      continue;
    }
    rows.push({ row: rowNumber, code, change, existing: existing?.row ?? null, parsed });
  }
  refuseOutOfScope(outOfScope, 'commitments of units outside your scope');
  return { format, rows, invalid, token: previewToken(content, rows, invalid) };
}

export async function previewCommitmentImport(
  ctx: WriteServiceContext,
  input: CommitmentImportBody,
): Promise<CommitmentImportPreview> {
  const plan = await resolvePlan(ctx, input);
  return registerPreview(plan, await evaluate(ctx, plan, input));
}

export async function importCommitments(
  ctx: WriteServiceContext,
  input: ConfirmCommitmentImportBody,
): Promise<CommitmentImportResult> {
  const plan = await resolvePlan(ctx, input);
  const stamp = ctx.now.toISOString();
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { rows, invalid, token } = await evaluate({ ...ctx, db: tx }, plan, input);
    requireConfirmable(
      token,
      input.token,
      invalid.map((p) => p.row),
    );
    const result: CommitmentImportResult = { plan: plan.code, created: 0, updated: 0, unchanged: 0 };
    for (const { change, parsed, existing } of rows) {
      if (change === 'unchanged') {
        result.unchanged += 1;
      } else if (existing === null) {
        const id = await repo.insertCommitment(tx, plan.id, parsed.fields, stamp);
        await repo.replaceLinks(tx, id, parsed.links);
        await audit({
          action: 'create',
          entity: 'commitment',
          entityId: id,
          after: parsed.facts,
          reason: 'import',
        });
        result.created += 1;
      } else {
        if (!(await repo.updateCommitment(tx, existing.id, existing.version, parsed.fields, stamp))) {
          throw registerChanged();
        }
        await repo.replaceLinks(tx, existing.id, parsed.links);
        await audit({
          action: 'update',
          entity: 'commitment',
          entityId: existing.id,
          after: parsed.facts,
          reason: 'import',
        });
        result.updated += 1;
      }
    }
    return result;
  });
}

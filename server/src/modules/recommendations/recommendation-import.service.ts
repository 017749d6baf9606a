// Importing the recommendations sheet (exported by recommendation-export.service.ts). The preview reads
// every row and writes nothing, naming each bad cell with its reason; the confirmation reads the same file
// again in one transaction, refuses if any row is bad or if the file or the register changed since the
// preview (the token), then records new recommendations and changes, each audited. A row whose state
// differs from the latest one its reader sees proposes that state: a draft for the unit's reviewer.
import { createHash } from 'node:crypto';
import {
  RECOMMENDATION_SHEET_HEADERS,
  type ConfirmRecommendationImportBody,
  type RecommendationImportBody,
  type RecommendationImportPreview,
  type RecommendationImportProblem,
  type RecommendationImportResult,
} from '@rbm/shared/schemas';
import type { PlanRow } from '../../db/schema.ts';
import { badRequest } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import {
  countRows,
  refuseOutOfScope,
  registerChanged,
  requireConfirmable,
} from '../imports/register-import.ts';
import { decodeUpload, formatOf, readTable, type Table } from '../imports/spreadsheet.ts';
import { findPlanItems, listSectors } from '../plans/plans.service.ts';
import { accessBySector } from '../review-scope/unit-access.service.ts';
import { findRisks } from '../risks/risk-register.service.ts';
import { keyOf, referenceOf, registerOf, type SheetFacts } from './recommendation-export.service.ts';
import { codeList, columnLetter, readRow, type Header } from './recommendation-sheet-rows.ts';
import * as repo from './recommendations.repository.ts';

const cellText = (cell: Table[number][number] | undefined) =>
  cell === null || cell === undefined ? '' : String(cell).trim();
const sorted = (codes: readonly string[]) => [...codes].sort();
const sameFields = (a: SheetFacts, b: SheetFacts) =>
  JSON.stringify({
    ...a,
    status: null,
    priorities: sorted(a.priorities),
    kpis: sorted(a.kpis),
    risks: sorted(a.risks),
  }) ===
  JSON.stringify({
    ...b,
    status: null,
    priorities: sorted(b.priorities),
    kpis: sorted(b.kpis),
    risks: sorted(b.risks),
  });
const sameStatus = (a: SheetFacts, b: SheetFacts) => JSON.stringify(a.status) === JSON.stringify(b.status);

interface PlannedRow {
  row: number;
  reference: string;
  change: 'new' | 'changed' | 'unchanged';
  facts: SheetFacts;
  existing: repo.RecommendationRow | null;
  stateChanged: boolean;
  fields: repo.RecommendationFields;
  links: repo.LinkIds;
}

/** Every row of the file checked against the plan, the register and the reader's scope. */
async function evaluate(ctx: WriteServiceContext, plan: PlanRow, body: RecommendationImportBody) {
  const content = decodeUpload(body.content);
  const format = formatOf(body.fileName, content);
  const table = await readTable(format, content);
  const header = (table[0] ?? []).map((c) => cellText(c).toLowerCase());
  const column = new Map(RECOMMENDATION_SHEET_HEADERS.map((h) => [h, header.indexOf(h.toLowerCase())]));
  const missing = RECOMMENDATION_SHEET_HEADERS.filter((h) => column.get(h) === -1);
  if (missing.length > 0) {
    throw badRequest('headers_missing', `The first row must name these columns: ${missing.join(', ')}`);
  }
  const [register, sectors, access] = await Promise.all([
    registerOf(ctx, plan),
    listSectors(ctx),
    accessBySector(ctx.db, ctx.actor, plan.id),
  ]);
  const byKey = new Map(register.map((r) => [keyOf(r.row), r]));
  const rows: PlannedRow[] = [];
  const invalid: RecommendationImportProblem[] = [];
  const seen = new Set<string>();
  const outOfScope: string[] = [];
  for (const [index, cells] of table.slice(1).entries()) {
    const rowNumber = index + 2;
    const get = (h: Header) => cellText(cells[column.get(h) ?? -1]);
    if (RECOMMENDATION_SHEET_HEADERS.every((h) => get(h) === '')) continue;
    const reference =
      get('Report') && get('Number')
        ? referenceOf({ reportRef: get('Report'), number: get('Number') })
        : null;
    const problem = (h: Header, code: RecommendationImportProblem['code'], message: string) =>
      invalid.push({
        row: rowNumber,
        cell: `${columnLetter(column.get(h) ?? 0)}${rowNumber}`,
        column: h,
        reference,
        code,
        message,
      });
    const facts = readRow(get, problem);
    // the unit and the links are checked on every row, so a file's problems are all named at once
    const sector = sectors.find((s) => s.code === get('Responsible unit'));
    if (!sector) {
      problem('Responsible unit', 'sector_unknown', `No responsible unit "${get('Responsible unit')}"`);
    }
    const codes = {
      priorities: codeList(get('Priorities')),
      kpis: codeList(get('KPIs')),
      risks: codeList(get('Risks')),
    };
    const [items, risks] = await Promise.all([
      findPlanItems(ctx, { planId: plan.id, codes }),
      findRisks(ctx, { planId: plan.id, codes: codes.risks }),
    ]);
    const found = { priorities: items.priorities, kpis: items.kpis, risks };
    let linksKnown = true;
    for (const [h, kind] of [
      ['Priorities', 'priorities'],
      ['KPIs', 'kpis'],
      ['Risks', 'risks'],
    ] as const) {
      const unknown = codes[kind].filter((c) => !found[kind].some((f) => f.code === c));
      if (unknown.length > 0) {
        linksKnown = false;
        problem(h, 'link_unknown', `Not in ${plan.code}: ${unknown.join(', ')}`);
      }
    }
    if (!facts || !sector || !linksKnown) continue;
    const key = keyOf(facts);
    if (seen.has(key)) {
      const message = `${referenceOf(facts)} of ${facts.body} is on an earlier row too`;
      problem('Number', 'reference_repeated', message);
      continue;
    }
    seen.add(key);
    const existing = byKey.get(key) ?? null;
    const seenFacts = existing?.facts ?? null;
    const stateChanged = seenFacts === null || !sameStatus(seenFacts, facts);
    const change = !existing
      ? 'new'
      : seenFacts && sameFields(seenFacts, facts) && !stateChanged
        ? 'unchanged'
        : 'changed';
    // an unchanged row of another unit is read, not written: a whole export imports back for anyone
    const allowed = access(sector.id).edit && (!existing || access(existing.row.sectorId).edit);
    if (change !== 'unchanged' && !allowed) {
      outOfScope.push(`row ${rowNumber} (${referenceOf(facts)})`);
      continue;
    }
    rows.push({
      row: rowNumber,
      reference: referenceOf(facts),
      change,
      facts,
      existing: existing?.row ?? null,
      stateChanged,
      fields: {
        body: facts.body,
        reportRef: facts.reportRef,
        reportDate: facts.reportDate,
        number: facts.number,
        text: facts.text,
        addressee: facts.addressee,
        priority: facts.priority,
        sectorId: sector.id,
      },
      links: {
        priorityIds: found.priorities.map((p) => p.id),
        kpiIds: found.kpis.map((k) => k.id),
        riskIds: found.risks.map((r) => r.id),
      },
    });
  }
  // each row's problems in the order of its cells
  invalid.sort(
    (a, b) => a.row - b.row || (column.get(a.column as Header) ?? 0) - (column.get(b.column as Header) ?? 0),
  );
  // the token covers the file, each row's reading, and every recommendation's version and states (whoever
  // reads them: a state proposed or confirmed since the preview changes it)
  const states = await repo.findStates(
    ctx.db,
    register.map((r) => r.row.id),
    false,
  );
  const hash = createHash('sha256').update(content);
  for (const r of rows) hash.update(`|${r.row}:${r.change}`);
  for (const r of register) hash.update(`|${r.row.id}:${r.row.version}`);
  for (const st of states) {
    hash.update(`|${st.recommendationId}/${st.id}:${st.state}:${st.proposedAt}:${st.confirmedAt ?? ''}`);
  }
  for (const p of invalid) hash.update(`|${p.row}:${p.cell}:${p.code}`);
  refuseOutOfScope(outOfScope, 'recommendations of units outside your scope');
  return { format, rows, invalid, token: hash.digest('base64url') };
}

export async function previewRecommendationImport(
  ctx: WriteServiceContext,
  input: RecommendationImportBody,
): Promise<RecommendationImportPreview> {
  const plan = await resolvePlan(ctx, input);
  const { format, rows, invalid, token } = await evaluate(ctx, plan, input);
  return {
    plan: plan.code,
    format,
    counts: countRows(rows, invalid.length),
    rows: rows.map(({ row, reference, change }) => ({ row, reference, change })),
    invalid,
    token,
  };
}

export async function importRecommendations(
  ctx: WriteServiceContext,
  input: ConfirmRecommendationImportBody,
): Promise<RecommendationImportResult> {
  const plan = await resolvePlan(ctx, input);
  const stamp = ctx.now.toISOString();
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { rows, invalid, token } = await evaluate({ ...ctx, db: tx }, plan, input);
    requireConfirmable(
      token,
      input.token,
      invalid.map((p) => p.cell),
      'cells',
    );
    const result: RecommendationImportResult = { plan: plan.code, created: 0, updated: 0, unchanged: 0 };
    for (const r of rows) {
      const state: repo.StateFields = {
        ...r.facts.status,
        evidence: JSON.stringify(r.facts.status.evidence),
        proposedBy: ctx.actor.userId,
        proposedAt: stamp,
      };
      if (r.change === 'unchanged') {
        result.unchanged += 1;
      } else if (r.existing === null) {
        const id = await repo.insertRecommendation(tx, plan.id, r.fields, stamp);
        await repo.replaceLinks(tx, id, r.links);
        await repo.saveDraftState(tx, id, state);
        await audit({
          action: 'create',
          entity: 'recommendation',
          entityId: id,
          after: { ...r.facts },
          reason: 'import',
        });
        result.created += 1;
      } else {
        if (!(await repo.updateRecommendation(tx, r.existing.id, r.existing.version, r.fields, stamp))) {
          throw registerChanged();
        }
        await repo.replaceLinks(tx, r.existing.id, r.links);
        if (r.stateChanged) await repo.saveDraftState(tx, r.existing.id, state);
        await audit({
          action: 'update',
          entity: 'recommendation',
          entityId: r.existing.id,
          after: { ...r.facts },
          reason: 'import',
        });
        result.updated += 1;
      }
    }
    return result;
  });
}

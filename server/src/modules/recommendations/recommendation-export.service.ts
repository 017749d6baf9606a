// The compliance dashboard as a spreadsheet: one row per recommendation the reader may see, with the latest
// state they may see (a draft only in the unit's scope), the same rows the import compares a file with.
import {
  RECOMMENDATION_SHEET_HEADERS,
  type RecommendationExportQuery,
  type RecommendationStatus,
  type RecommendationSummary,
} from '@rbm/shared/schemas';
import type { PlanRow } from '../../db/schema.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { resolvePlan } from '../figures/plan-period.ts';
import { writeTable, type SheetFile } from '../imports/spreadsheet.ts';
import { accessBySector } from '../review-scope/unit-access.service.ts';
import * as repo from './recommendations.repository.ts';
import { toSummaries } from './recommendations.view.ts';

/** What a row says, in the sheet's words: compared field by field by the import. */
export interface SheetFacts {
  body: string;
  reportRef: string;
  reportDate: string;
  number: string;
  text: string;
  addressee: string;
  priority: string;
  sector: string;
  priorities: string[];
  kpis: string[];
  risks: string[];
  status: Pick<RecommendationStatus, 'acceptance' | 'implementation' | 'targetDate' | 'evidence' | 'note'>;
}

export const referenceOf = (r: { reportRef: string; number: string }) => `${r.reportRef} #${r.number}`;
export const keyOf = (r: { body: string; reportRef: string; number: string }) =>
  `${r.body}\u0001${r.reportRef}\u0001${r.number}`;

export function cellsOf(f: SheetFacts): string[] {
  return [
    f.body,
    f.reportRef,
    f.reportDate,
    f.number,
    f.text,
    f.addressee,
    f.priority,
    f.sector,
    f.priorities.join(', '),
    f.kpis.join(', '),
    f.risks.join(', '),
    f.status.acceptance,
    f.status.implementation,
    f.status.targetDate ?? '',
    f.status.evidence.join(' '),
    f.status.note ?? '',
  ];
}

function factsOf(s: RecommendationSummary & { status: RecommendationStatus }): SheetFacts {
  return {
    body: s.body,
    reportRef: s.reportRef,
    reportDate: s.reportDate,
    number: s.number,
    text: s.text,
    addressee: s.addressee,
    priority: s.priority,
    sector: s.sector.code,
    priorities: s.priorities,
    kpis: s.kpis,
    risks: s.risks,
    status: {
      acceptance: s.status.acceptance,
      implementation: s.status.implementation,
      targetDate: s.status.targetDate,
      evidence: s.status.evidence,
      note: s.status.note,
    },
  };
}

/** Every recommendation of the plan with what the reader sees of it (facts null: no state they may see). */
export async function registerOf(ctx: WriteServiceContext, plan: PlanRow) {
  const [rows, access] = await Promise.all([
    repo.findRecommendations(ctx.db, plan.id, {}),
    accessBySector(ctx.db, ctx.actor, plan.id),
  ]);
  const summaries = await toSummaries(ctx.db, rows, access, ctx.now);
  return rows.map((row, i) => {
    const summary = summaries[i];
    const facts = summary?.status ? factsOf({ ...summary, status: summary.status }) : null;
    return { row, facts };
  });
}

export async function exportRecommendations(
  ctx: WriteServiceContext,
  input: RecommendationExportQuery,
): Promise<SheetFile & { filename: string }> {
  const plan = await resolvePlan(ctx, input);
  const register = await registerOf(ctx, plan);
  const file = await writeTable(
    input.format ?? 'xlsx',
    'Recommendations',
    [...RECOMMENDATION_SHEET_HEADERS],
    register.flatMap((r) => (r.facts ? [cellsOf(r.facts)] : [])),
  );
  return { ...file, filename: `${plan.code}-recommendations.${file.extension}` };
}

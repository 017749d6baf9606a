// A priority's quarter under its plan's entry rules: what is missing before it is submitted and what its
// values warn of, computed by the shared calculation module from the entry sheet (drafts included). The
// submission refuses a quarter with anything missing (422 submission_incomplete, one field error each).
import { sheetFindings, type MissingItem, type Narrative, type SheetFindings } from '@rbm/shared/rbm';
import type { EntryFindings, ReviewNarrativeBody } from '@rbm/shared/schemas';
import { unprocessable, type FieldError } from '../../errors.ts';
import { loadEntrySheet, type EntryContext } from '../entry/entry.service.ts';
import type { ReviewScope } from '../review-scope/review-scope.service.ts';
import { findNarrative } from './entry-rules.repository.ts';
import { planRulesOf } from './entry-rules.service.ts';

async function findingsOf(
  ctx: EntryContext,
  scope: ReviewScope,
  narrativeChanges?: ReviewNarrativeBody,
): Promise<SheetFindings> {
  const [sheet, stored, rules] = await Promise.all([
    loadEntrySheet(ctx, scope),
    findNarrative(ctx.db, scope.priority.id, scope.period),
    planRulesOf(ctx, scope.plan),
  ]);
  // What the submission sends replaces what is stored (null clears it).
  const text = (field: Narrative) => {
    const sent = narrativeChanges?.[field];
    return sent === undefined ? (stored?.[field] ?? null) : sent;
  };
  const narrative: Record<Narrative, string | null> = {
    achievements: text('achievements'),
    challenges: text('challenges'),
    improvements: text('improvements'),
  };
  const kpis = sheet.outcomes.flatMap((o) => o.kpis);
  return sheetFindings(kpis, rules, narrative, sheet);
}

export async function loadEntryFindings(ctx: EntryContext, scope: ReviewScope): Promise<EntryFindings> {
  const { missing, warnings } = await findingsOf(ctx, scope);
  return { period: scope.period, missing, warnings };
}

const NOTE_REASONS: Record<string, string> = {
  at_risk: 'it is at risk',
  off_track: 'it is off track',
  no_data: 'it has no data',
  change_beyond_share: 'its change from the previous quarter is beyond the set share',
  beyond_target_multiple: 'it is beyond the set multiple of its target',
  regions_do_not_add_up: 'its regions do not add up to its total',
};

function fieldError(item: MissingItem): FieldError {
  if (item.code === 'narrative_required') {
    return {
      field: `narrative.${item.narrative}`,
      code: 'narrative_required',
      message: `The narrative "${item.narrative}" is required`,
    };
  }
  const why = NOTE_REASONS[item.reason ?? ''] ?? '';
  return item.code === 'note_required'
    ? {
        field: `kpis.${item.kpiCode}.note`,
        code: 'note_required',
        message: `${item.kpiCode} needs a note: ${why}`,
      }
    : {
        field: `kpis.${item.kpiCode}.note`,
        code: 'warning_not_explained',
        message: `${item.kpiCode} has a warning to fix or explain in a note: ${why}`,
      };
}

/** Refuses a submission that breaks the plan's completeness rules, listing everything missing. */
export async function checkSubmission(
  ctx: EntryContext,
  input: { scope: ReviewScope; narrative: ReviewNarrativeBody | undefined },
): Promise<void> {
  const { missing } = await findingsOf({ ...ctx, language: 'en' }, input.scope, input.narrative);
  if (missing.length === 0) return;
  const errors = missing.map(fieldError);
  throw unprocessable(
    'submission_incomplete',
    `The quarter cannot be submitted yet: ${errors.map((e) => e.message).join('; ')}`,
    errors,
  );
}

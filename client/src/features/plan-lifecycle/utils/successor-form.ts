// The successor form's draft: proposed from the source plan (the next years, the same span), checked before
// it is sent with the messages the server would give, so the common mistakes are caught without a round trip.
import type { Plan, PlanSuccessorBody } from '@rbm/shared/schemas';
import type { FieldProblem } from '../../../lib/form-errors.ts';

export interface SuccessorDraft {
  code: string;
  title: string;
  startYear: string;
  endYear: string;
}

export function successorDraft(from: Plan): SuccessorDraft {
  const start = from.endYear + 1;
  const end = start + (from.endYear - from.startYear);
  return { code: `SP-${start}-${end}`, title: '', startYear: String(start), endYear: String(end) };
}

const YEAR = /^\d{4}$/;
const CODE = /^[A-Za-z0-9._-]{1,40}$/;

export function checkSuccessor(
  draft: SuccessorDraft,
  from: Pick<Plan, 'endYear'>,
): { ok: true; body: PlanSuccessorBody } | { ok: false; problems: Record<string, FieldProblem> } {
  const problems: Record<string, FieldProblem> = {};
  const problem = (field: string, code: string) => (problems[field] = { code, message: code });
  const code = draft.code.trim();
  const title = draft.title.trim();
  if (code === '') problem('code', 'required');
  else if (!CODE.test(code)) problem('code', 'pattern');
  if (title === '') problem('title', 'required');
  if (!YEAR.test(draft.startYear.trim())) problem('startYear', 'year');
  if (!YEAR.test(draft.endYear.trim())) problem('endYear', 'year');
  const startYear = Number(draft.startYear);
  const endYear = Number(draft.endYear);
  if (!problems.startYear && startYear <= from.endYear) problem('startYear', 'years_overlap_source');
  if (!problems.startYear && !problems.endYear && endYear < startYear) problem('endYear', 'years_reversed');
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, body: { code, title, startYear, endYear } };
}

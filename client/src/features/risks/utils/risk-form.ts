// The risk form's draft (what the inputs hold, as text) and the body it sends. Links are typed as codes
// separated by commas or spaces; the server names each unknown code (field priorities.2, say).
import {
  addQuarters,
  lastCompleteQuarter,
  type MitigationStatus,
  type RiskCategory,
  type RiskTreatment,
} from '@rbm/shared/rbm';
import type { RiskBody, RiskDetail } from '@rbm/shared/schemas';

export interface ActionDraft {
  description: string;
  owner: string;
  dueDate: string;
  status: MitigationStatus;
}

export interface RiskDraft {
  code: string;
  title: string;
  description: string;
  category: RiskCategory;
  sector: string;
  focalPoint: string;
  treatment: RiskTreatment;
  priorities: string;
  outcomes: string;
  kpis: string;
  actions: ActionDraft[];
}

export const EMPTY_ACTION: ActionDraft = { description: '', owner: '', dueDate: '', status: 'not_started' };

export function emptyRiskDraft(sector: string): RiskDraft {
  return {
    code: '',
    title: '',
    description: '',
    category: 'strategic',
    sector,
    focalPoint: '',
    treatment: 'mitigate',
    priorities: '',
    outcomes: '',
    kpis: '',
    actions: [],
  };
}

export function draftOfRisk(risk: RiskDetail): RiskDraft {
  return {
    code: risk.code,
    title: risk.title,
    description: risk.description ?? '',
    category: risk.category,
    sector: risk.sector.code,
    focalPoint: risk.focalPoint ?? '',
    treatment: risk.treatment,
    priorities: risk.priorities.join(', '),
    outcomes: risk.outcomes.join(', '),
    kpis: risk.kpis.join(', '),
    actions: risk.actions.map((a) => ({
      description: a.description,
      owner: a.owner,
      dueDate: a.dueDate ?? '',
      status: a.status,
    })),
  };
}

/** The codes of a typed list, each once, in the order typed. */
export function codesOf(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((code) => code !== ''))];
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function riskBody(draft: RiskDraft): RiskBody {
  return {
    code: draft.code.trim(),
    title: draft.title.trim(),
    description: orNull(draft.description),
    category: draft.category,
    sector: draft.sector,
    focalPoint: orNull(draft.focalPoint),
    treatment: draft.treatment,
    priorities: codesOf(draft.priorities),
    outcomes: codesOf(draft.outcomes),
    kpis: codesOf(draft.kpis),
    actions: draft.actions.map((a) => ({
      description: a.description.trim(),
      owner: a.owner.trim(),
      dueDate: orNull(a.dueDate),
      status: a.status,
    })),
  };
}

/**
 * The quarters a risk may be assessed for, newest first: the quarter under way and the seven before it
 * (the server refuses later ones and those outside the plan).
 */
export function assessableQuarters(now: Date): string[] {
  const current = addQuarters(lastCompleteQuarter(now), 1);
  return Array.from({ length: 8 }, (_, i) => addQuarters(current, -i));
}

/** The problems of the mitigation actions, keyed `<index>.<field>` (`body.actions.2.dueDate` -> `2.dueDate`). */
export function actionProblems(
  errors: ReadonlyArray<{ field: string; code: string; message: string }>,
): Record<string, { code: string; message: string }> {
  const result: Record<string, { code: string; message: string }> = {};
  for (const problem of errors) {
    const match = /^body\.actions\.(\d+)\.(\w+)/.exec(problem.field);
    if (match && !(`${match[1]}.${match[2]}` in result)) {
      result[`${match[1]}.${match[2]}`] = { code: problem.code, message: problem.message };
    }
  }
  return result;
}

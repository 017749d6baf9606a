// The risk methodology: named 1-5 scales for likelihood and impact, the score (likelihood x impact), the
// plan's risk appetite, the 5x5 heat map and the top risks. Pure: the server and the client both use it.

export const RISK_LEVELS = [1, 2, 3, 4, 5] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The names of the likelihood scale, level 1 first (the client translates them by these keys). */
export const LIKELIHOOD_NAMES = ['rare', 'unlikely', 'possible', 'likely', 'almost_certain'] as const;
/** The names of the impact scale, level 1 first. */
export const IMPACT_NAMES = ['minimal', 'minor', 'moderate', 'major', 'severe'] as const;

export const RISK_CATEGORIES = [
  'strategic',
  'governance',
  'operational',
  'financial',
  'people',
  'technology',
  'compliance',
  'reputational',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_TREATMENTS = ['accept', 'mitigate', 'transfer', 'avoid'] as const;
export type RiskTreatment = (typeof RISK_TREATMENTS)[number];

export const MITIGATION_STATUSES = ['not_started', 'in_progress', 'completed', 'cancelled'] as const;
export type MitigationStatus = (typeof MITIGATION_STATUSES)[number];

/** A quarter's assessment is a draft until a reviewer confirms it; only confirmed ones are published. */
export const ASSESSMENT_STATES = ['draft', 'confirmed'] as const;
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];

/** How the demonstration risks' descriptions begin: the register labels such risks as demo data. */
export const DEMO_RISK_PREFIX = 'Demo data';

export function isDemoRisk(description: string | null): boolean {
  return description?.startsWith(DEMO_RISK_PREFIX) ?? false;
}

/** The highest residual score a plan accepts unless it says otherwise (a "possible x moderate" risk). */
export const DEFAULT_RISK_APPETITE = 9;

export interface RiskRating {
  likelihood: number;
  impact: number;
}

export function riskScore(rating: RiskRating): number {
  return rating.likelihood * rating.impact;
}

/** A score at or below the appetite is accepted as it is; above it, the risk needs treating. */
export function withinAppetite(score: number, appetite: number): boolean {
  return score <= appetite;
}

/** A mitigation action is overdue once its due day is over and it is neither completed nor cancelled. */
export function isActionOverdue(
  action: { dueDate: string | null; status: MitigationStatus },
  now: Date,
): boolean {
  if (action.dueDate === null || action.status === 'completed' || action.status === 'cancelled') return false;
  return action.dueDate < now.toISOString().slice(0, 10);
}

export interface HeatMapCell<T> {
  likelihood: number;
  impact: number;
  score: number;
  withinAppetite: boolean;
  risks: T[];
}

/**
 * The 5x5 grid of residual ratings, likelihood 5 (top row) to 1 and impact 1 to 5 within a row, every cell
 * present even when empty; each risk sits in the cell of its rating, in the order given.
 */
export function heatMapCells<T extends { residual: RiskRating }>(
  risks: readonly T[],
  appetite: number,
): HeatMapCell<T>[] {
  const cells: HeatMapCell<T>[] = [];
  for (const likelihood of [...RISK_LEVELS].reverse()) {
    for (const impact of RISK_LEVELS) {
      const score = likelihood * impact;
      cells.push({ likelihood, impact, score, withinAppetite: withinAppetite(score, appetite), risks: [] });
    }
  }
  for (const risk of risks) {
    const cell = cells.find(
      (c) => c.likelihood === risk.residual.likelihood && c.impact === risk.residual.impact,
    );
    cell?.risks.push(risk);
  }
  return cells;
}

/**
 * The highest risks first: residual score, then residual impact (a severe rare risk before a minor
 * frequent one of the same score), then inherent score, then code.
 */
export function rankRisks<T extends { code: string; residual: RiskRating; inherent: RiskRating }>(
  risks: readonly T[],
): T[] {
  return [...risks].sort(
    (a, b) =>
      riskScore(b.residual) - riskScore(a.residual) ||
      b.residual.impact - a.residual.impact ||
      riskScore(b.inherent) - riskScore(a.inherent) ||
      a.code.localeCompare(b.code),
  );
}

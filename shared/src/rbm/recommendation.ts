// The compliance dashboard's arithmetic (issue 15): oversight recommendations with their acceptance and
// implementation kept apart (as the JIU's own tracking does), the rates by body and by report year, and
// ageing. Pure: the server computes the published rates with it, the client may reuse it.

export const OVERSIGHT_BODIES = ['external_auditor', 'imac', 'jiu', 'internal_audit', 'other'] as const;
export type OversightBody = (typeof OVERSIGHT_BODIES)[number];

export const ADDRESSEES = ['legislative_organ', 'executive_head'] as const;
export const RECOMMENDATION_PRIORITIES = ['high', 'medium', 'low'] as const;

export const ACCEPTANCES = ['accepted', 'partially_accepted', 'not_accepted', 'under_consideration'] as const;
export type Acceptance = (typeof ACCEPTANCES)[number];

export const IMPLEMENTATIONS = [
  'not_started',
  'in_progress',
  'implemented',
  'closed',
  'no_longer_relevant',
] as const;
export type Implementation = (typeof IMPLEMENTATIONS)[number];

/** A proposed state is a draft until a reviewer of the responsible unit confirms it. */
export const RECOMMENDATION_STATES = ['draft', 'confirmed'] as const;

export interface RecommendationFacts {
  body: string;
  reportDate: string;
  acceptance: Acceptance;
  implementation: Implementation;
  targetDate: string | null;
}

const isAccepted = (r: RecommendationFacts) =>
  r.acceptance === 'accepted' || r.acceptance === 'partially_accepted';
const isDone = (r: RecommendationFacts) =>
  r.implementation === 'implemented' || r.implementation === 'closed';

/** Still to act on: not refused, neither implemented, closed nor overtaken. */
export function isOpen(r: RecommendationFacts): boolean {
  return (
    r.acceptance !== 'not_accepted' &&
    (r.implementation === 'not_started' || r.implementation === 'in_progress')
  );
}

/** Open with its target date passed (the day itself is not overdue). */
export function isOverdue(r: RecommendationFacts, today: string): boolean {
  return isOpen(r) && r.targetDate !== null && r.targetDate < today;
}

/** The day two years before `today` (YYYY-MM-DD); 29 February falls back to the 28th. */
function twoYearsBefore(today: string): string {
  const year = Number(today.slice(0, 4)) - 2;
  const monthDay = today.slice(5) === '02-29' ? '02-28' : today.slice(5);
  return `${year}-${monthDay}`;
}

/** Open and issued more than two years ago. */
export function isOpenOverTwoYears(r: RecommendationFacts, today: string): boolean {
  return isOpen(r) && r.reportDate < twoYearsBefore(today);
}

export interface RecommendationRates {
  total: number;
  accepted: number;
  decided: number;
  implemented: number;
  /** accepted or partially accepted, of those decided (under consideration left out); null when none */
  acceptanceRate: number | null;
  /** implemented or closed, of those accepted or partially accepted and still relevant; null when none */
  implementationRate: number | null;
  open: number;
  overdue: number;
  openOverTwoYears: number;
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** The rates of a set of recommendations (percentages with one decimal). */
export function recommendationRates(
  items: readonly RecommendationFacts[],
  today: string,
): RecommendationRates {
  const decided = items.filter((r) => r.acceptance !== 'under_consideration').length;
  const accepted = items.filter(isAccepted).length;
  const relevant = items.filter((r) => isAccepted(r) && r.implementation !== 'no_longer_relevant');
  const implemented = relevant.filter(isDone).length;
  return {
    total: items.length,
    accepted,
    decided,
    implemented,
    acceptanceRate: share(accepted, decided),
    implementationRate: share(implemented, relevant.length),
    open: items.filter(isOpen).length,
    overdue: items.filter((r) => isOverdue(r, today)).length,
    openOverTwoYears: items.filter((r) => isOpenOverTwoYears(r, today)).length,
  };
}

/** The rates per group (body, report year), groups in the order given. */
export function ratesBy<T extends RecommendationFacts, K extends string | number>(
  items: readonly T[],
  keyOf: (r: T) => K,
  keys: readonly K[],
  today: string,
): { key: K; rates: RecommendationRates }[] {
  return keys.flatMap((key) => {
    const group = items.filter((r) => keyOf(r) === key);
    return group.length === 0 ? [] : [{ key, rates: recommendationRates(group, today) }];
  });
}

// Which plan a screen opens when none is named: the same answer as the server's (the active plan with the
// latest start year), else the newest plan that is not a draft, else the newest plan (an admin's only draft).
interface PlanChoice {
  status: string;
  startYear: number;
}

export function defaultPlan<P extends PlanChoice>(plans: readonly P[]): P | undefined {
  const newest = [...plans].sort((a, b) => b.startYear - a.startYear);
  return newest.find((p) => p.status === 'active') ?? newest.find((p) => p.status !== 'draft') ?? newest[0];
}

// Which grid cell a refused target write names: the set route names `body.targets.<index>.<field>` of the
// list sent, the revision route `body.<field>` of the one year sent.
import { ApiError } from '../../../lib/api-client.ts';

export interface SentTarget {
  kpi: string;
  year: number;
}

/** `kpi year` -> the problem's code, for each sent target the answer names. */
export function targetProblems(error: unknown, sent: readonly SentTarget[]): Map<string, string> {
  const problems = new Map<string, string>();
  if (!(error instanceof ApiError)) return problems;
  for (const problem of error.problem.errors ?? []) {
    const match = /^body\.targets\.(\d+)\./.exec(problem.field);
    const target = match ? sent[Number(match[1])] : undefined;
    const key = target ? cellKey(target.kpi, target.year) : null;
    if (key && !problems.has(key)) problems.set(key, problem.code);
  }
  return problems;
}

export const cellKey = (kpi: string, year: number) => `${kpi} ${year}`;

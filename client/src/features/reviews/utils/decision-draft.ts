// The reviewer's decision while it is being written: the overall comment, a comment per KPI and the KPIs
// marked to return. It is kept in sessionStorage per quarter as it is typed, so leaving the page loses
// nothing, and it turns into the request that sends every comment (approve included).
import type { ApproveReviewBody, DecideReviewBody, ReturnReviewBody } from '@rbm/shared/schemas';
import { useEffect, useState } from 'react';
import { discardDraft, readDraft, writeDraft } from '../../../lib/preserved-draft.ts';
import type { ReviewTarget } from '../api/review-mutation.ts';
import { returnBody } from './review-queue.ts';

export interface DecisionDraft {
  comment: string;
  /** Comment per KPI code. */
  kpis: Record<string, string>;
  /** Codes of the KPIs marked to return. */
  returning: string[];
}

export const EMPTY_DRAFT: DecisionDraft = { comment: '', kpis: {}, returning: [] };

export const decisionDraftKey = (target: ReviewTarget) =>
  `review-decision.${target.plan}.${target.priority}.${target.period}`;

export function isDraftEmpty(draft: DecisionDraft): boolean {
  return (
    draft.comment.trim() === '' &&
    draft.returning.length === 0 &&
    Object.values(draft.kpis).every((c) => c.trim() === '')
  );
}

/** A stored draft, if it has the right shape (storage is not trusted). */
export function asDecisionDraft(value: unknown): DecisionDraft | null {
  if (value === null || typeof value !== 'object') return null;
  const { comment, kpis, returning } = value as Record<string, unknown>;
  if (typeof comment !== 'string' || kpis === null || typeof kpis !== 'object') return null;
  if (!Array.isArray(returning) || !returning.every((c) => typeof c === 'string')) return null;
  const entries = Object.entries(kpis as Record<string, unknown>);
  if (!entries.every(([, c]) => typeof c === 'string')) return null;
  return { comment, kpis: Object.fromEntries(entries) as Record<string, string>, returning };
}

export type DecisionRequest =
  | { kind: 'approve'; body: ApproveReviewBody }
  | { kind: 'return'; body: ReturnReviewBody }
  | { kind: 'decide'; body: DecideReviewBody; returning: string[] };

/**
 * The request a decision sends, with every comment written on the KPIs awaiting it (`pending`). Approve
 * approves them all; return returns the KPIs marked (approving the others), or the whole quarter when
 * none is marked. Null when a return lacks a comment.
 */
export function decisionRequest(
  draft: DecisionDraft,
  pending: readonly string[],
  intent: 'approve' | 'return',
): DecisionRequest | null {
  const commentOf = (code: string) => draft.kpis[code]?.trim() ?? '';
  const overall = draft.comment.trim();
  if (intent === 'approve') {
    const kpis = pending
      .filter((c) => commentOf(c) !== '')
      .map((code) => ({ code, comment: commentOf(code) }));
    return {
      kind: 'approve',
      body: { ...(overall === '' ? {} : { comment: overall }), ...(kpis.length > 0 ? { kpis } : {}) },
    };
  }
  const returning = pending.filter((c) => draft.returning.includes(c));
  if (returning.length === 0) {
    const body = returnBody(overall, Object.fromEntries(pending.map((c) => [c, commentOf(c)])));
    return body === null ? null : { kind: 'return', body };
  }
  if (overall === '' && returning.some((c) => commentOf(c) === '')) return null;
  const kpis = pending.map((code) => ({
    code,
    decision: returning.includes(code) ? ('return' as const) : ('approve' as const),
    ...(commentOf(code) === '' ? {} : { comment: commentOf(code) }),
  }));
  return { kind: 'decide', body: { ...(overall === '' ? {} : { comment: overall }), kpis }, returning };
}

/** The quarter's draft decision, restored from and saved to sessionStorage as it changes. */
export function useDecisionDraft(target: ReviewTarget) {
  const key = decisionDraftKey(target);
  const [draft, setDraft] = useState<DecisionDraft>(() => asDecisionDraft(readDraft(key)) ?? EMPTY_DRAFT);
  const [restored] = useState(() => !isDraftEmpty(draft));
  useEffect(() => {
    if (isDraftEmpty(draft)) discardDraft(key);
    else writeDraft(key, draft);
  }, [key, draft]);
  return { draft, setDraft, restored, clear: () => setDraft(EMPTY_DRAFT) };
}

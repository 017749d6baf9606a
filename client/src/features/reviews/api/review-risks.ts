// The risks linked to the priority under review, each with its assessment of the quarter (drafts shown to
// the priority's own reviewers and planners only), and the reviewer's confirmation of one assessment.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { RiskDetail, RiskList } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import type { ReviewTarget } from './review-mutation.ts';
import { reviewKeys } from './query-keys.ts';

export function listReviewRisks(target: ReviewTarget): Promise<RiskList> {
  const { plan, priority, period } = target;
  return fetchRoute(api.listRisks, { query: { plan, priority, period } });
}

export const reviewRisksQueryOptions = (target: ReviewTarget) =>
  queryOptions({
    queryKey: reviewKeys.risks(target.plan, target.priority, target.period),
    queryFn: () => listReviewRisks(target),
  });

export function useReviewRisks(target: ReviewTarget) {
  return useQuery(reviewRisksQueryOptions(target));
}

export function confirmRiskAssessment(input: { id: number; period: string }): Promise<RiskDetail> {
  return fetchRoute(api.confirmRiskAssessment, { params: input });
}

export function useConfirmRiskAssessment(target: ReviewTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmRiskAssessment,
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: reviewKeys.risks(target.plan, target.priority, target.period),
      }),
  });
}

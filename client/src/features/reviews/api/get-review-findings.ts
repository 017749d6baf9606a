// The quarter's values under the plan's entry rules: the warnings a reviewer should look at.
import { useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import { fetchRoute } from '../../../lib/api-client.ts';
import { reviewKeys } from './query-keys.ts';

export function useReviewFindings(plan: string, priority: string, period: string) {
  return useQuery({
    queryKey: reviewKeys.findings(plan, priority, period),
    queryFn: () => fetchRoute(api.getEntryFindings, { params: { priority, period }, query: { plan } }),
  });
}

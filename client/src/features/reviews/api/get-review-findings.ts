// The quarter's values under the plan's entry rules: the warnings a reviewer should look at.
import { useQuery } from '@tanstack/react-query';
import { api, apiPath } from '@rbm/shared/api';
import type { EntryFindings } from '@rbm/shared/schemas';
import { fetchJson, withQuery } from '../../../lib/api-client.ts';
import { reviewKeys } from './query-keys.ts';

export function useReviewFindings(plan: string, priority: string, period: string) {
  return useQuery({
    queryKey: reviewKeys.findings(plan, priority, period),
    queryFn: () =>
      fetchJson<EntryFindings>(withQuery(apiPath(api.getEntryFindings.url, { priority, period }), { plan })),
  });
}

// The quarter under the entry rules as the server sees it (the stored narrative included).
import { useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import { fetchRoute } from '../../../lib/api-client.ts';
import { entryKeys } from './query-keys.ts';

export function useEntryFindings(plan: string, priority: string, period: string) {
  return useQuery({
    queryKey: entryKeys.findings(plan, priority, period),
    queryFn: () => fetchRoute(api.getEntryFindings, { params: { priority, period }, query: { plan } }),
  });
}

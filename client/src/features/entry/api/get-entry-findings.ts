// The quarter under the entry rules as the server sees it (the stored narrative included).
import { useQuery } from '@tanstack/react-query';
import { api, apiPath } from '@rbm/shared/api';
import type { EntryFindings } from '@rbm/shared/schemas';
import { fetchJson, withQuery } from '../../../lib/api-client.ts';
import { entryKeys } from './query-keys.ts';

export function useEntryFindings(plan: string, priority: string, period: string) {
  return useQuery({
    queryKey: entryKeys.findings(plan, priority, period),
    queryFn: () =>
      fetchJson<EntryFindings>(withQuery(apiPath(api.getEntryFindings.url, { priority, period }), { plan })),
  });
}

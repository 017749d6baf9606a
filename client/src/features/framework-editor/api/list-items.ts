import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { FrameworkItemList } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { frameworkEditorKeys } from './query-keys.ts';

export function listFrameworkItems(plan: string): Promise<FrameworkItemList> {
  return fetchRoute(api.listFrameworkItems, { query: { plan } });
}

export const frameworkItemsQueryOptions = (plan: string) =>
  queryOptions({ queryKey: frameworkEditorKeys.items(plan), queryFn: () => listFrameworkItems(plan) });

export function useFrameworkItems(plan: string) {
  return useQuery(frameworkItemsQueryOptions(plan));
}

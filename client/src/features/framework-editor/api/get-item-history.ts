import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { FrameworkItemHistory, FrameworkItemKind } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { frameworkEditorKeys } from './query-keys.ts';

export function getItemHistory(kind: FrameworkItemKind, id: number): Promise<FrameworkItemHistory> {
  return fetchRoute(api.getFrameworkItemHistory, { params: { kind, id } });
}

export const itemHistoryQueryOptions = (kind: FrameworkItemKind, id: number) =>
  queryOptions({ queryKey: frameworkEditorKeys.history(kind, id), queryFn: () => getItemHistory(kind, id) });

export function useItemHistory(kind: FrameworkItemKind, id: number) {
  return useQuery(itemHistoryQueryOptions(kind, id));
}

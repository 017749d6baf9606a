// The three one-click writes on an item (retire, restore, one place up or down), each with the version read.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { FrameworkItem } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { refreshAfterWrite } from './invalidate.ts';

export type ItemAction = 'retire' | 'restore' | 'up' | 'down';

export function runItemAction(item: FrameworkItem, action: ItemAction): Promise<FrameworkItem> {
  const params = { kind: item.kind, id: item.id };
  const version = item.version;
  if (action === 'retire') return fetchRoute(api.retireFrameworkItem, { params, body: { version } });
  if (action === 'restore') return fetchRoute(api.restoreFrameworkItem, { params, body: { version } });
  return fetchRoute(api.reorderFrameworkItem, { params, body: { version, direction: action } });
}

export function useItemAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ item, action }: { item: FrameworkItem; action: ItemAction }) =>
      runItemAction(item, action),
    onSuccess: () => refreshAfterWrite(queryClient),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { FrameworkItem, UpdateFrameworkItemBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { refreshAfterWrite } from './invalidate.ts';

export function updateItem(item: FrameworkItem, body: Omit<UpdateFrameworkItemBody, 'version'>) {
  return fetchRoute(api.updateFrameworkItem, {
    params: { kind: item.kind, id: item.id },
    body: { ...body, version: item.version },
  });
}

export function useUpdateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ item, body }: { item: FrameworkItem; body: Omit<UpdateFrameworkItemBody, 'version'> }) =>
      updateItem(item, body),
    onSuccess: () => refreshAfterWrite(queryClient),
  });
}

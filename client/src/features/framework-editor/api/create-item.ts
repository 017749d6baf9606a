import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { CreateFrameworkItemBody, FrameworkItem, FrameworkItemKind } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { refreshAfterWrite } from './invalidate.ts';

export function createItem(kind: FrameworkItemKind, body: CreateFrameworkItemBody): Promise<FrameworkItem> {
  return fetchRoute(api.createFrameworkItem, { params: { kind }, body });
}

export function useCreateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, body }: { kind: FrameworkItemKind; body: CreateFrameworkItemBody }) =>
      createItem(kind, body),
    onSuccess: () => refreshAfterWrite(queryClient),
  });
}

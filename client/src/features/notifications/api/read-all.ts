import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { MarkAllRead } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { notificationKeys } from './query-keys.ts';

export function readAllNotifications(): Promise<MarkAllRead> {
  return fetchRoute(api.readAllNotifications);
}

export function useReadAllNotifications() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: readAllNotifications,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { Notification } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { notificationKeys } from './query-keys.ts';

export function readNotification(id: number): Promise<Notification> {
  return fetchRoute(api.readNotification, { params: { id } });
}

/** Marks one notice read; the inbox and the header's count follow. */
export function useReadNotification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: readNotification,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

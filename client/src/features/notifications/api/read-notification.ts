import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPath, api } from '@rbm/shared/api';
import type { Notification } from '@rbm/shared/schemas';
import { fetchJson } from '../../../lib/api-client.ts';
import { notificationKeys } from './query-keys.ts';

export function readNotification(id: number): Promise<Notification> {
  return fetchJson<Notification>(apiPath(api.readNotification.url, { id: String(id) }), { method: 'POST' });
}

/** Marks one notice read; the inbox and the header's count follow. */
export function useReadNotification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: readNotification,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

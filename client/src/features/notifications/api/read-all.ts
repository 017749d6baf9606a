import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { MarkAllRead } from '@rbm/shared/schemas';
import { fetchJson } from '../../../lib/api-client.ts';
import { notificationKeys } from './query-keys.ts';

export function readAllNotifications(): Promise<MarkAllRead> {
  return fetchJson<MarkAllRead>(api.readAllNotifications.url, { method: 'POST' });
}

export function useReadAllNotifications() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: readAllNotifications,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { NotificationPreferences, NotificationPreferencesBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { notificationKeys } from './query-keys.ts';

export function updatePreferences(body: NotificationPreferencesBody): Promise<NotificationPreferences> {
  return fetchRoute(api.updateNotificationPreferences, { body });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (preferences) => queryClient.setQueryData(notificationKeys.preferences(), preferences),
  });
}

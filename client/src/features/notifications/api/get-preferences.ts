import { useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { NotificationPreferences } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { notificationKeys } from './query-keys.ts';

export function getPreferences(): Promise<NotificationPreferences> {
  return fetchRoute(api.getNotificationPreferences);
}

export function usePreferences() {
  return useQuery({ queryKey: notificationKeys.preferences(), queryFn: getPreferences });
}

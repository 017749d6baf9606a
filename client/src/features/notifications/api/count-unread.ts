// The header's count of unread notices: asked for on every page, and again every minute.
import { useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { UnreadCount } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { notificationKeys } from './query-keys.ts';

export function countUnread(): Promise<UnreadCount> {
  return fetchRoute(api.countUnreadNotifications);
}

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.unreadCount(),
    queryFn: countUnread,
    enabled,
    refetchInterval: 60_000,
  });
}

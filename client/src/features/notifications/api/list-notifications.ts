import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { NotificationList } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { notificationKeys } from './query-keys.ts';

export const INBOX_PAGE_SIZE = 20;

export function listNotifications(
  unreadOnly: boolean,
  page: number,
  language: Language,
): Promise<NotificationList> {
  return fetchRoute(api.listNotifications, {
    query: { lang: language, page, pageSize: INBOX_PAGE_SIZE, unread: unreadOnly || undefined },
  });
}

export function useNotifications(unreadOnly: boolean, page: number, language: Language) {
  return useQuery({
    queryKey: notificationKeys.list(unreadOnly, page, language),
    queryFn: () => listNotifications(unreadOnly, page, language),
    placeholderData: keepPreviousData,
  });
}

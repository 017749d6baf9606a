import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { NotificationList } from '@rbm/shared/schemas';
import { fetchJson } from '../../../lib/api-client.ts';
import { notificationKeys } from './query-keys.ts';

export const INBOX_PAGE_SIZE = 20;

export function listNotifications(
  unreadOnly: boolean,
  page: number,
  language: Language,
): Promise<NotificationList> {
  const params = new URLSearchParams({
    lang: language,
    page: String(page),
    pageSize: String(INBOX_PAGE_SIZE),
  });
  if (unreadOnly) params.set('unread', 'true');
  return fetchJson<NotificationList>(`${api.listNotifications.url}?${params.toString()}`);
}

export function useNotifications(unreadOnly: boolean, page: number, language: Language) {
  return useQuery({
    queryKey: notificationKeys.list(unreadOnly, page, language),
    queryFn: () => listNotifications(unreadOnly, page, language),
    placeholderData: keepPreviousData,
  });
}

import type { Language } from '@rbm/shared';

export const notificationKeys = {
  all: ['notifications'] as const,
  unreadCount: () => [...notificationKeys.all, 'unread-count'] as const,
  lists: () => [...notificationKeys.all, 'list'] as const,
  list: (unreadOnly: boolean, page: number, language: Language) =>
    [...notificationKeys.lists(), unreadOnly, page, language] as const,
  preferences: () => [...notificationKeys.all, 'preferences'] as const,
};

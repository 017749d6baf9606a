import type { TranslationListQuery } from '@rbm/shared/schemas';

export const translationKeys = {
  all: ['translations'] as const,
  list: (query: TranslationListQuery) => [...translationKeys.all, 'list', query] as const,
  summary: () => [...translationKeys.all, 'summary'] as const,
};

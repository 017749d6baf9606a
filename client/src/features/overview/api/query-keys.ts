import type { Language } from '@rbm/shared';

export const overviewKeys = {
  all: ['overview'] as const,
  statistics: (language: Language) => [...overviewKeys.all, 'statistics', language] as const,
};

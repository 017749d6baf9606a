import type { Language, ReviewStatus } from '@rbm/shared';

export const reviewKeys = {
  all: ['reviews'] as const,
  lists: () => [...reviewKeys.all, 'list'] as const,
  list: (plan: string, statuses: readonly ReviewStatus[], page: number, language: Language) =>
    [...reviewKeys.lists(), plan, statuses.join(','), page, language] as const,
  details: () => [...reviewKeys.all, 'detail'] as const,
  detail: (plan: string, priority: string, period: string, language: Language) =>
    [...reviewKeys.details(), plan, priority, period, language] as const,
  findings: (plan: string, priority: string, period: string) =>
    [...reviewKeys.all, 'findings', plan, priority, period] as const,
  risks: (plan: string, priority: string, period: string) =>
    [...reviewKeys.all, 'risks', plan, priority, period] as const,
};

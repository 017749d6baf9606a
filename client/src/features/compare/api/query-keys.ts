import type { Language } from '@rbm/shared';
import type { CompareGrouping } from '@rbm/shared/schemas';

export const compareKeys = {
  all: ['compare'] as const,
  comparison: (plan: string, by: CompareGrouping, period: string | null, language: Language) =>
    [...compareKeys.all, plan, by, period, language] as const,
};

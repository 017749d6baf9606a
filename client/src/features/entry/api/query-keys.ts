import type { Language } from '@rbm/shared';

export const entryKeys = {
  all: ['entry'] as const,
  sheets: () => [...entryKeys.all, 'sheet'] as const,
  sheet: (plan: string, priority: string, period: string, language: Language) =>
    [...entryKeys.sheets(), plan, priority, period, language] as const,
  due: (plan: string, language: Language) => [...entryKeys.all, 'due', plan, language] as const,
};

import type { Language } from '@rbm/shared';

export const entryKeys = {
  all: ['entry'] as const,
  sheets: () => [...entryKeys.all, 'sheet'] as const,
  sheet: (plan: string, priority: string, period: string, language: Language) =>
    [...entryKeys.sheets(), plan, priority, period, language] as const,
  due: (plan: string, language: Language) => [...entryKeys.all, 'due', plan, language] as const,
  rules: (plan: string) => [...entryKeys.all, 'rules', plan] as const,
  findings: (plan: string, priority: string, period: string) =>
    [...entryKeys.all, 'findings', plan, priority, period] as const,
};

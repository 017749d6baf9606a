import type { Language } from '@rbm/shared';

export const frameworkKeys = {
  all: ['framework'] as const,
  plans: (language: Language) => [...frameworkKeys.all, 'plans', language] as const,
  tree: (plan: string, language: Language) => [...frameworkKeys.all, 'tree', plan, language] as const,
};

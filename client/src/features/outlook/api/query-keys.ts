import type { Language } from '@rbm/shared';

export const outlookKeys = {
  all: ['outlook'] as const,
  outlook: (plan: string, language: Language) => [...outlookKeys.all, plan, language] as const,
};

import type { Language } from '@rbm/shared';

export const reportKeys = {
  all: ['reports'] as const,
  annual: (plan: string, year: number, language: Language) =>
    [...reportKeys.all, 'annual', plan, year, language] as const,
};

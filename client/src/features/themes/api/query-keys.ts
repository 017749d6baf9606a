import type { Language } from '@rbm/shared';
import type { MatrixFilters } from '../utils/matrix-filters.ts';

export const themeKeys = {
  all: ['themes'] as const,
  matrix: (plan: string, filters: MatrixFilters, language: Language) =>
    [...themeKeys.all, 'matrix', plan, filters, language] as const,
  radar: (plan: string, theme: string | null) => [...themeKeys.all, 'radar', plan, theme] as const,
  report: (plan: string, year: number, language: Language) =>
    [...themeKeys.all, 'report', plan, year, language] as const,
};

import type { Language } from '@rbm/shared';

export const kpiPageKeys = {
  all: ['kpi-page'] as const,
  detail: (plan: string, code: string, language: Language) =>
    [...kpiPageKeys.all, 'detail', plan, code, language] as const,
  history: (id: number, unapproved: boolean) => [...kpiPageKeys.all, 'history', id, unapproved] as const,
  lineage: (id: number, language: Language) => [...kpiPageKeys.all, 'lineage', id, language] as const,
  risks: (id: number) => [...kpiPageKeys.all, 'risks', id] as const,
};

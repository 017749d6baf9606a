import type { Language } from '@rbm/shared';

export const kpiPageKeys = {
  all: ['kpi-page'] as const,
  byCode: (plan: string, code: string) => [...kpiPageKeys.all, 'by-code', plan, code] as const,
  detail: (id: number, language: Language) => [...kpiPageKeys.all, 'detail', id, language] as const,
  history: (id: number, unapproved: boolean) => [...kpiPageKeys.all, 'history', id, unapproved] as const,
};

import type { Language } from '@rbm/shared';
import type { ExplorerFilters } from '../utils/explorer-filters.ts';

export const explorerKeys = {
  all: ['explorer'] as const,
  tree: (plan: string, filters: Omit<ExplorerFilters, 'open'>, language: Language) =>
    [...explorerKeys.all, 'tree', plan, filters, language] as const,
};

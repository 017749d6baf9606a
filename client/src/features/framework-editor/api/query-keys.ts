import type { FrameworkItemKind } from '@rbm/shared/schemas';

export const frameworkEditorKeys = {
  all: ['framework-editor'] as const,
  items: (plan: string) => [...frameworkEditorKeys.all, 'items', plan] as const,
  history: (kind: FrameworkItemKind, id: number) =>
    [...frameworkEditorKeys.all, 'history', kind, id] as const,
};

export const planLifecycleKeys = {
  all: ['plan-lifecycle'] as const,
  checklist: (plan: string) => [...planLifecycleKeys.all, 'checklist', plan] as const,
};

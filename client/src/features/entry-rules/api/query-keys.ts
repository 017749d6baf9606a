export const entryRuleKeys = {
  all: ['entry-rules'] as const,
  plan: (plan: string) => [...entryRuleKeys.all, plan] as const,
};

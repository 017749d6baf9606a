export const retreatKeys = {
  commitments: (plan: string) => ['commitments', 'retreat', plan] as const,
};

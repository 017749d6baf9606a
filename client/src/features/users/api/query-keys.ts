export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
  detail: (id: number) => [...userKeys.all, 'detail', id] as const,
  tokens: (id: number) => [...userKeys.detail(id), 'tokens'] as const,
};

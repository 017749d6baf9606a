import type { ResolutionListQuery } from '@rbm/shared/schemas';

export const resolutionKeys = {
  all: ['resolutions'] as const,
  list: (query: ResolutionListQuery) => [...resolutionKeys.all, 'list', query] as const,
};

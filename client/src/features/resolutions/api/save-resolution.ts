import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { Resolution, ResolutionBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { resolutionKeys } from './query-keys.ts';

export function createResolution(body: ResolutionBody): Promise<Resolution> {
  return fetchRoute(api.createResolution, { body });
}

export function updateResolution(
  id: number,
  body: ResolutionBody & { version: number },
): Promise<Resolution> {
  return fetchRoute(api.updateResolution, { params: { id }, body });
}

/** Maps a new resolution (no id) or changes one (its id and the version loaded); the lists are fetched again. */
export function useSaveResolution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body, version }: { id: number | null; body: ResolutionBody; version: number }) =>
      id === null ? createResolution(body) : updateResolution(id, { ...body, version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resolutionKeys.all }),
  });
}

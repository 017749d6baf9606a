import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { RadarCandidate, RadarDecisionBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { themeKeys } from './query-keys.ts';

export function decideRadarCandidate(body: RadarDecisionBody): Promise<RadarCandidate> {
  return fetchRoute(api.decideRadarCandidate, { body });
}

/** A decision changes the radar and the matrix's counts: both are fetched again. */
export function useDecideRadarCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideRadarCandidate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: themeKeys.all }),
  });
}

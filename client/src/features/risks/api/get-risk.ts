import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { RiskDetail } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { riskKeys } from './query-keys.ts';

/** One risk with its links, actions and assessments (drafts only in the reader's scope). */
export function getRisk(id: number): Promise<RiskDetail> {
  return fetchRoute(api.getRisk, { params: { id } });
}

export const riskQueryOptions = (id: number) =>
  queryOptions({ queryKey: riskKeys.detail(id), queryFn: () => getRisk(id) });

export function useRisk(id: number) {
  return useQuery(riskQueryOptions(id));
}

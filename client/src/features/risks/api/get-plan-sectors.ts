import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { Language } from '@rbm/shared';
import type { Framework } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { riskKeys } from './query-keys.ts';

/** The plan's owner units (Sectors and the General Secretariat), for the risk form's owner choice. */
export function getPlanFramework(plan: string, lang: Language): Promise<Framework> {
  return fetchRoute(api.getFramework, { params: { plan }, query: { lang } });
}

export function usePlanSectors(plan: string, lang: Language) {
  return useQuery(
    queryOptions({
      queryKey: [...riskKeys.all, 'sectors', plan, lang] as const,
      queryFn: () => getPlanFramework(plan, lang),
      staleTime: 5 * 60_000,
      select: (framework) => framework.sectors,
    }),
  );
}

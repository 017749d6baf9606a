// Writes one value record through the values API (PUT with the loaded version, or DELETE).
import { api } from '@rbm/shared/api';
import type { KpiValue, PutValueBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';

export function putValue(kpiId: number, period: string, body: PutValueBody): Promise<KpiValue> {
  return fetchRoute(api.putValue, { params: { id: kpiId, period }, body });
}

export async function deleteValue(
  kpiId: number,
  period: string,
  region: string | null,
  version: number,
): Promise<void> {
  await fetchRoute(api.deleteValue, {
    params: { id: kpiId, period },
    query: { region, version },
  });
}

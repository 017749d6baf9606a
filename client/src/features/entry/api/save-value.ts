// Writes one value record through the values API (PUT with the loaded version, or DELETE).
import { api, apiPath } from '@rbm/shared/api';
import type { KpiValue, PutValueBody } from '@rbm/shared/schemas';
import { fetchJson, withQuery } from '../../../lib/api-client.ts';

export function putValue(kpiId: number, period: string, body: PutValueBody): Promise<KpiValue> {
  return fetchJson<KpiValue>(apiPath(api.putValue.url, { id: kpiId, period }), {
    method: 'PUT',
    body: JSON.stringify(body),
  });
}

export async function deleteValue(
  kpiId: number,
  period: string,
  region: string | null,
  version: number,
): Promise<void> {
  await fetchJson<null>(withQuery(apiPath(api.deleteValue.url, { id: kpiId, period }), { region, version }), {
    method: 'DELETE',
  });
}

import { api } from '@rbm/shared/api';
import { routeUrl } from '../../../lib/api-client.ts';

/** Where a plan's whole framework downloads, as a workbook or a framework document. */
export function frameworkFileUrl(plan: string, format: 'xlsx' | 'json'): string {
  const route = format === 'xlsx' ? api.exportFrameworkWorkbook : api.exportFrameworkDocument;
  return routeUrl(route, { params: { plan } });
}

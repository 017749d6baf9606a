// After a KPI write every screen's data is fetched again: the KPI shows on the framework, dashboard,
// entry and reports, and its targets decide the activation checklist.
import type { QueryClient } from '@tanstack/react-query';

export function refreshAfterKpiWrite(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries();
}

// After any framework write: the editor's items and histories, and every other screen's data (names, order
// and targets show on the framework, dashboard and reports) are fetched again.
import type { QueryClient } from '@tanstack/react-query';

export function refreshAfterWrite(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries();
}

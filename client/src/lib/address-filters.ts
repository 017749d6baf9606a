// Filters kept in the address (shareable, back and forward work). A change is merged into the filters the
// address is about to hold, not into those of the last render: a navigation renders as a transition, so on
// a busy machine a second choice made before that render would otherwise bring back the filters of before the
// first and silently drop it.
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

export function useAddressFilters<F>(
  read: (params: URLSearchParams) => F,
  write: (filters: F) => URLSearchParams,
): [filters: F, change: (next: Partial<F>, options?: NavigateOptions) => void] {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  // once a navigation (ours or the browser's) has rendered, it is the base of the next change
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  const filters = useMemo(() => read(params), [read, params]);
  const change = useCallback(
    (next: Partial<F>, options?: NavigateOptions) => {
      const search = write({ ...read(latest.current), ...next });
      latest.current = search;
      setParams(search, options);
    },
    [read, write, setParams],
  );
  return [filters, change];
}

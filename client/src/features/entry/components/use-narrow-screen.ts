// Whether the screen is too narrow for the grid (a phone): entry then becomes one card per KPI.
import { useSyncExternalStore } from 'react';

export const NARROW_QUERY = '(max-width: 699px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const narrow = () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW_QUERY).matches;

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, narrow, () => false);
}

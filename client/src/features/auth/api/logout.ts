import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import { ApiError, fetchRoute } from '../../../lib/api-client.ts';
import { discardAllDrafts } from '../../../lib/preserved-draft.ts';
import { forgetSession } from '../utils/session-store.ts';
import { authKeys } from './query-keys.ts';

export async function logout(): Promise<void> {
  try {
    await fetchRoute(api.logout, {}, { notifyUnauthorized: false });
  } catch (error) {
    // A session that has already ended is as good as signed out.
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      forgetSession();
      discardAllDrafts();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.session(), null);
    },
  });
}

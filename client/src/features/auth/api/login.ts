import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { LoginBody, Session } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { setLanguage } from '../../../lib/i18n.ts';
import { rememberSession } from '../utils/session-store.ts';
import { authKeys } from './query-keys.ts';

export async function login(body: LoginBody): Promise<Session> {
  // A 401 here means wrong credentials, not an ended session.
  const session = await fetchRoute(api.login, { body }, { notifyUnauthorized: false });
  rememberSession(session);
  return session;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async (session) => {
      // Whatever was cached belonged to the previous session (perhaps another user's scope).
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.session(), session);
      await setLanguage(session.user.language);
    },
  });
}

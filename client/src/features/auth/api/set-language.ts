import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { Session, SessionUser } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

/** Remembers the signed-in user's language, so it follows them to another browser. */
export function saveLanguage(language: Language): Promise<SessionUser> {
  return fetchRoute(api.setLanguage, { body: { language } });
}

export function useSaveLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveLanguage,
    onSuccess: (user) => {
      queryClient.setQueryData<Session | null>(authKeys.session(), (session) =>
        session ? { ...session, user } : session,
      );
    },
  });
}

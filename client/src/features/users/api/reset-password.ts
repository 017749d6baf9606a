import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiPath } from '@rbm/shared/api';
import type { ResetPasswordBody } from '@rbm/shared/schemas';
import { fetchJson } from '../../../lib/api-client.ts';
import { userKeys } from './query-keys.ts';

export type { ResetPasswordBody };

/** Sets a new password; the server ends the user's sessions. */
export async function resetPassword(id: number, body: ResetPasswordBody): Promise<void> {
  await fetchJson<null>(apiPath(api.resetPassword.url, { id }), {
    method: 'POST',
    body: JSON.stringify(body),
  });
}

export function useResetPassword(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResetPasswordBody) => resetPassword(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.detail(id), exact: true }),
  });
}

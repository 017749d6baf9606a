import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { ResetPasswordBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { userKeys } from './query-keys.ts';

export type { ResetPasswordBody };

/** Sets a new password; the server ends the user's sessions. */
export async function resetPassword(id: number, body: ResetPasswordBody): Promise<void> {
  await fetchRoute(api.resetPassword, { params: { id }, body });
}

export function useResetPassword(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResetPasswordBody) => resetPassword(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.detail(id), exact: true }),
  });
}

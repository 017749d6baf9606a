import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { TranslationItem, TranslationList, TranslationParams } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { withSavedItem } from '../utils/translation-list.ts';
import { translationKeys } from './query-keys.ts';

/** Confirms an unofficial translation: screens show it without the "unofficial" marker from then on. */
export function confirmTranslation(key: TranslationParams): Promise<TranslationItem> {
  return fetchRoute(api.confirmTranslation, { params: key });
}

export function useConfirmTranslation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmTranslation,
    onSuccess: async (item) => {
      queryClient.setQueriesData<TranslationList>({ queryKey: [...translationKeys.all, 'list'] }, (list) =>
        list ? withSavedItem(list, item) : list,
      );
      await queryClient.invalidateQueries({ queryKey: translationKeys.summary() });
      // The marker shows on every screen (framework, dashboard, reports): all other data is fetched again.
      return queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== translationKeys.all[0] });
    },
  });
}

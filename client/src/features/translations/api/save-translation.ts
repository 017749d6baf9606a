import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { TranslationItem, TranslationList, TranslationParams } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { withSavedItem } from '../utils/translation-list.ts';
import { translationKeys } from './query-keys.ts';

/** Sets one translation; an empty text removes it (the English shows again, marked). */
export function saveTranslation(key: TranslationParams, text: string): Promise<TranslationItem> {
  return fetchRoute(api.saveTranslation, { params: key, body: { text } });
}

export function useSaveTranslation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, text }: { key: TranslationParams; text: string }) => saveTranslation(key, text),
    onSuccess: (item) => {
      // The row stays where it is (even under "missing only") until the filters change, so the focus
      // does not jump; the counts follow.
      queryClient.setQueriesData<TranslationList>({ queryKey: [...translationKeys.all, 'list'] }, (list) =>
        list ? withSavedItem(list, item) : list,
      );
      void queryClient.invalidateQueries({ queryKey: translationKeys.summary() });
      // Names show on every screen (framework, dashboard, reports): all other data is fetched again.
      return queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== translationKeys.all[0] });
    },
  });
}

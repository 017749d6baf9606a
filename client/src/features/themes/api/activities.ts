// The activities list, the themes' names and units, and the activities sheet (export link, preview, import).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type {
  ActivityImportBody,
  ActivityKind,
  ActivityList,
  ConfirmActivityImportBody,
  SpreadsheetFormat,
  ThemeList,
} from '@rbm/shared/schemas';
import { fetchRoute, routeUrl } from '../../../lib/api-client.ts';
import { themeKeys } from './query-keys.ts';

export type ActivityQuery = { theme?: string; unit?: string; kind?: ActivityKind };

export function useActivities(query: ActivityQuery) {
  return useQuery({
    queryKey: [...themeKeys.all, 'activities', query] as const,
    queryFn: (): Promise<ActivityList> => fetchRoute(api.listActivities, { query }),
    placeholderData: keepPreviousData,
  });
}

export function useThemeList(language: Language) {
  return useQuery({
    queryKey: [...themeKeys.all, 'list', language] as const,
    queryFn: (): Promise<ThemeList> => fetchRoute(api.listThemes, { query: { lang: language } }),
    staleTime: 300_000,
  });
}

/** The export is a plain link to the API, so the browser saves the file. */
export const activityExportUrl = (format: SpreadsheetFormat) =>
  routeUrl(api.exportActivities, { query: { format } });

/** Reads the file on the server: nothing is written. */
export function usePreviewActivityImport() {
  return useMutation({
    mutationFn: (body: ActivityImportBody) => fetchRoute(api.previewActivityImport, { body }),
  });
}

/** Writes exactly the previewed file (409 import_stale if anything changed since). */
export function useImportActivities() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfirmActivityImportBody) => fetchRoute(api.importActivities, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: themeKeys.all }),
  });
}

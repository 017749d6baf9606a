// The MoU register's routes for the screens: list, one MoU, its history, record, change, confirm, and the
// sheet (export, preview, import).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { ConfirmMouImportBody, CreateMouBody, MouImportBody, UpdateMouBody } from '@rbm/shared/schemas';
import { fetchRoute, routeUrl } from '../../../lib/api-client.ts';
import { queryOfFilters, type MouFilters } from '../utils/mou-filters.ts';

export const mouKeys = {
  all: ['mous'] as const,
  list: (plan: string, filters: MouFilters) => [...mouKeys.all, 'list', plan, filters] as const,
  detail: (id: number) => [...mouKeys.all, 'detail', id] as const,
  history: (id: number) => [...mouKeys.all, 'history', id] as const,
};

/** The MoUs, filtered, with counts and expiry warnings; drafts only of the reader's own units. */
export function useMous(plan: string, filters: MouFilters) {
  return useQuery({
    queryKey: mouKeys.list(plan, filters),
    queryFn: () => fetchRoute(api.listMous, { query: { plan, ...queryOfFilters(filters) } as never }),
    staleTime: 30_000,
  });
}

export function useMou(id: number) {
  return useQuery({
    queryKey: mouKeys.detail(id),
    queryFn: () => fetchRoute(api.getMou, { params: { id } }),
  });
}

export function useMouHistory(id: number) {
  return useQuery({
    queryKey: mouKeys.history(id),
    queryFn: () => fetchRoute(api.getMouHistory, { params: { id } }),
  });
}

function useMouWrite<I>(write: (input: I) => Promise<{ id: number }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => queryClient.invalidateQueries({ queryKey: mouKeys.all }),
  });
}

export const useCreateMou = () => useMouWrite((body: CreateMouBody) => fetchRoute(api.createMou, { body }));
export const useUpdateMou = () =>
  useMouWrite((input: { id: number; body: UpdateMouBody }) =>
    fetchRoute(api.updateMou, { params: { id: input.id }, body: input.body }),
  );
export const useConfirmMou = () =>
  useMouWrite((id: number) => fetchRoute(api.confirmMou, { params: { id } }));

/** Where the sheet is downloaded (the MoUs as the reader sees them). */
export const mousExportUrl = (plan: string, format: 'xlsx' | 'csv') =>
  routeUrl(api.exportMous, { query: { plan, format } });
export const previewMouImport = (body: MouImportBody) => fetchRoute(api.previewMouImport, { body });
export const importMous = (body: ConfirmMouImportBody) => fetchRoute(api.importMous, { body });

// The Sectors and thematic priorities a user's scope is chosen from: the default plan's framework (shared
// defaultPlan). Composed here so the users feature does not reach into framework.
import { defaultPlan } from '@rbm/shared';
import { useQuery } from '@tanstack/react-query';
import { frameworkQueryOptions } from '../features/framework/api/get-framework.ts';
import { usePlans } from '../features/framework/api/get-plans.ts';
import type { ScopeChoices } from '../features/users/utils/scope.ts';
import { currentLanguage } from '../lib/i18n.ts';

export function useScopeChoices(): ScopeChoices {
  const language = currentLanguage();
  const plans = usePlans(language);
  const plan = plans.data ? defaultPlan(plans.data.items) : undefined;
  const framework = useQuery({
    ...frameworkQueryOptions(plan?.code ?? '', language),
    enabled: plan !== undefined,
  });

  if (plans.isError) return { status: 'error', error: plans.error, retry: () => void plans.refetch() };
  if (plans.isPending) return { status: 'pending' };
  if (!plan) return { status: 'ready', plan: null, sectors: [] };
  if (framework.isError)
    return { status: 'error', error: framework.error, retry: () => void framework.refetch() };
  if (framework.isPending) return { status: 'pending' };
  return { status: 'ready', plan: plan.code, sectors: framework.data.sectors };
}

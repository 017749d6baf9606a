// The first screen's requests, started side by side as soon as the app's code runs, rather than one after
// another as the screens render: who is signed in (before the first render), the overview's code (while
// the session is checked), and, once signed in, the overview's figures (before its page has rendered) and
// the browser's number formats (while the figures travel). On a phone's CPU and network each step saved
// is a few hundred milliseconds.
import type { QueryClient } from '@tanstack/react-query';
import { preloadChartsOnWideScreens } from '../components/charts/LazyCharts.tsx';
import { sessionQueryOptions } from '../features/auth/api/get-session.ts';
import { frameworkQueryOptions } from '../features/framework/api/get-framework.ts';
import { plansQueryOptions } from '../features/framework/api/get-plans.ts';
import { statisticsQueryOptions } from '../features/overview/api/get-statistics.ts';
import { warmUpNumbers } from '../lib/format.ts';
import { currentLanguage, i18nReady } from '../lib/i18n.ts';

/** "/" (which opens the overview) or a plan's overview; the plan's code when the address names it. */
export function landingPlan(pathname: string): { plan: string | null } | null {
  if (pathname === '/') return { plan: null };
  const match = /^\/plans\/([^/]+)\/overview\/?$/.exec(pathname);
  return match ? { plan: decodeURIComponent(match[1]!) } : null;
}

export function startLanding(queryClient: QueryClient, pathname: string): void {
  // the same query the session provider reads: it finds it answered, or on its way
  const session = queryClient.fetchQuery(sessionQueryOptions()).catch(() => null);
  const landing = landingPlan(pathname);
  if (!landing) return;
  void import('./pages/OverviewPage.tsx');
  // in the language the page will ask in (known once the user's texts are in)
  void Promise.all([session, i18nReady]).then(([signedIn]) => {
    if (!signedIn) return;
    const language = currentLanguage();
    // while the figures travel, rather than while they render
    setTimeout(() => warmUpNumbers(language), 0);
    preloadChartsOnWideScreens();
    void queryClient.prefetchQuery(plansQueryOptions(language));
    void queryClient.prefetchQuery(statisticsQueryOptions(language));
    if (landing.plan !== null) void queryClient.prefetchQuery(frameworkQueryOptions(landing.plan, language));
  });
}

// Providers and routes of the SPA. Every page but /sign-in needs a session (RequireSession).
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useState, type ComponentType } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireSession } from '../features/auth/components/RequireSession.tsx';
import { SessionProvider } from '../features/auth/components/SessionProvider.tsx';
import i18n, { loadPageTexts } from '../lib/i18n.ts';
import { HomeRedirect } from './pages/HomeRedirect.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { PageFocus } from './page-title.ts';
import { PageLoading } from './PageLoading.tsx';
import { createQueryClient } from './query-client.ts';

/** The landing route's page: loaded on first visit; its texts are the landing texts, already there. */
function landingPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/** A page loaded on first visit, so the landing route ships only its own code (each page is a chunk),
 * together with the texts of the pages beyond the landing route. */
function page<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadPageTexts()]);
    return { default: module[name] as ComponentType };
  });
}

const FrameworkPage = page(() => import('./pages/FrameworkPage.tsx'), 'FrameworkPage');
const OverviewPage = landingPage(() => import('./pages/OverviewPage.tsx'), 'OverviewPage');
const KpiPage = page(() => import('./pages/KpiPage.tsx'), 'KpiPage');
const ExplorerPage = page(() => import('./pages/ExplorerPage.tsx'), 'ExplorerPage');
const AnnualReportPage = page(() => import('./pages/AnnualReportPage.tsx'), 'AnnualReportPage');
const LatestReportRedirect = page(() => import('./pages/AnnualReportPage.tsx'), 'LatestReportRedirect');
const ComparePage = page(() => import('./pages/ComparePage.tsx'), 'ComparePage');
const OutlookPage = page(() => import('./pages/OutlookPage.tsx'), 'OutlookPage');
const RisksPage = page(() => import('./pages/RisksPage.tsx'), 'RisksPage');
const RecommendationsPage = page(() => import('./pages/RecommendationsPage.tsx'), 'RecommendationsPage');
const RecommendationPage = page(() => import('./pages/RecommendationsPage.tsx'), 'RecommendationPage');
const RiskPage = page(() => import('./pages/RiskPage.tsx'), 'RiskPage');
const NewRiskPage = page(() => import('./pages/NewRiskPage.tsx'), 'NewRiskPage');
const CommitmentsPage = page(() => import('./pages/CommitmentsPage.tsx'), 'CommitmentsPage');
const ThemesPage = page(() => import('./pages/ThemesPage.tsx'), 'ThemesPage');
const ResolutionsPage = page(() => import('./pages/ResolutionsPage.tsx'), 'ResolutionsPage');
const RadarPage = page(() => import('./pages/RadarPage.tsx'), 'RadarPage');
const ActivitiesPage = page(() => import('./pages/ActivitiesPage.tsx'), 'ActivitiesPage');
const ThemeReportPage = page(() => import('./pages/ThemeReportPage.tsx'), 'ThemeReportPage');
const LatestThemeReportRedirect = page(
  () => import('./pages/ThemeReportPage.tsx'),
  'LatestThemeReportRedirect',
);
const MousPage = page(() => import('./pages/MousPage.tsx'), 'MousPage');
const MouPage = page(() => import('./pages/MousPage.tsx'), 'MouPage');
const NewMouPage = page(() => import('./pages/MousPage.tsx'), 'NewMouPage');
const DuePage = page(() => import('./pages/DuePage.tsx'), 'DuePage');
const EntryPage = page(() => import('./pages/EntryPage.tsx'), 'EntryPage');
const ImportPage = page(() => import('./pages/ImportPage.tsx'), 'ImportPage');
const ReviewQueuePage = page(() => import('./pages/ReviewQueuePage.tsx'), 'ReviewQueuePage');
const ReviewPage = page(() => import('./pages/ReviewPage.tsx'), 'ReviewPage');
const UsersPage = page(() => import('./pages/UsersPage.tsx'), 'UsersPage');
const NewUserPage = page(() => import('./pages/NewUserPage.tsx'), 'NewUserPage');
const UserPage = page(() => import('./pages/UserPage.tsx'), 'UserPage');
const TranslationsPage = page(() => import('./pages/TranslationsPage.tsx'), 'TranslationsPage');
const FrameworkEditorPage = page(() => import('./pages/FrameworkEditorPage.tsx'), 'FrameworkEditorPage');
const FrameworkFilesPage = page(() => import('./pages/FrameworkFilesPage.tsx'), 'FrameworkFilesPage');
const InboxPage = page(() => import('./pages/InboxPage.tsx'), 'InboxPage');
const NotificationSettingsPage = page(
  () => import('./pages/NotificationSettingsPage.tsx'),
  'NotificationSettingsPage',
);
const EntryRulesPage = page(() => import('./pages/EntryRulesPage.tsx'), 'EntryRulesPage');
const PlansAdminPage = page(() => import('./pages/PlansAdminPage.tsx'), 'PlansAdminPage');

/** The query client may come from main.tsx, which starts the first screen's requests before rendering. */
export function App(props: { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => props.queryClient ?? createQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          {/* A plain BrowserRouter: the data router (needed for useBlocker) would add 16 KB to the landing
              route, over its budget; the entry grid guards its unsaved values itself (LeaveGuard). */}
          <BrowserRouter>
            <PageFocus />
            <Suspense fallback={<PageLoading />}>
              <Routes>
                <Route path="/sign-in" element={<SignInPage />} />
                <Route element={<RequireSession />}>
                  <Route path="/" element={<HomeRedirect />} />
                  <Route path="/plans/:plan/overview" element={<OverviewPage />} />
                  <Route path="/plans/:plan/kpis/:code" element={<KpiPage />} />
                  <Route path="/plans/:plan/framework" element={<FrameworkPage />} />
                  <Route path="/plans/:plan/explorer" element={<ExplorerPage />} />
                  <Route path="/plans/:plan/reports" element={<LatestReportRedirect />} />
                  <Route path="/plans/:plan/reports/:year" element={<AnnualReportPage />} />
                  <Route path="/plans/:plan/compare" element={<ComparePage />} />
                  <Route path="/plans/:plan/outlook" element={<OutlookPage />} />
                  <Route path="/plans/:plan/risks" element={<RisksPage />} />
                  <Route path="/plans/:plan/recommendations" element={<RecommendationsPage />} />
                  <Route path="/plans/:plan/recommendations/:id" element={<RecommendationPage />} />
                  <Route path="/plans/:plan/risks/new" element={<NewRiskPage />} />
                  <Route path="/plans/:plan/risks/:id" element={<RiskPage />} />
                  <Route path="/plans/:plan/commitments" element={<CommitmentsPage />} />
                  <Route path="/plans/:plan/themes" element={<ThemesPage />} />
                  <Route path="/plans/:plan/themes/radar" element={<RadarPage />} />
                  <Route path="/plans/:plan/themes/activities" element={<ActivitiesPage />} />
                  <Route path="/plans/:plan/resolutions" element={<ResolutionsPage />} />
                  <Route path="/plans/:plan/themes/report" element={<LatestThemeReportRedirect />} />
                  <Route path="/plans/:plan/themes/report/:year" element={<ThemeReportPage />} />
                  <Route path="/plans/:plan/mous" element={<MousPage />} />
                  <Route path="/plans/:plan/mous/new" element={<NewMouPage />} />
                  <Route path="/plans/:plan/mous/:id" element={<MouPage />} />
                  <Route path="/plans/:plan/entry" element={<DuePage />} />
                  <Route path="/plans/:plan/entry/:priority/:period" element={<EntryPage />} />
                  <Route path="/plans/:plan/entry/:priority/:period/import" element={<ImportPage />} />
                  <Route path="/plans/:plan/reviews" element={<ReviewQueuePage />} />
                  <Route path="/plans/:plan/reviews/:priority/:period" element={<ReviewPage />} />
                  <Route path="/admin/users" element={<UsersPage />} />
                  <Route path="/admin/users/new" element={<NewUserPage />} />
                  <Route path="/admin/users/:id" element={<UserPage />} />
                  <Route path="/admin/translations" element={<TranslationsPage />} />
                  <Route path="/admin/framework" element={<FrameworkEditorPage />} />
                  <Route path="/admin/frameworks" element={<FrameworkFilesPage />} />
                  <Route path="/admin/plans" element={<PlansAdminPage />} />
                  <Route path="/inbox" element={<InboxPage />} />
                  <Route path="/inbox/settings" element={<NotificationSettingsPage />} />
                  <Route path="/plans/:plan/entry-rules" element={<EntryRulesPage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </SessionProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

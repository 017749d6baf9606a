// The API's routes: path, method and schema bundle, defined once per resource in routes/. The server
// registers them (validation, serialization, OpenAPI); the client builds URLs from the same paths and
// takes its types from the schemas. The SPA's build replaces this module with the routes' method, URL
// and auth alone (client/vite.config.ts), so the browser does not download every schema to build a URL.
import { auditRoutes } from './routes/audit.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { entryRoutes } from './routes/entry.routes.ts';
import { entryRuleRoutes } from './routes/entry-rules.routes.ts';
import { explorerRoutes } from './routes/explorer.routes.ts';
import { frameworkRoutes } from './routes/frameworks.routes.ts';
import { frameworkItemRoutes } from './routes/framework-items.routes.ts';
import { importRoutes } from './routes/imports.routes.ts';
import { userRoutes } from './routes/users.routes.ts';
import { kpiDefinitionRoutes } from './routes/kpi-definitions.routes.ts';
import { kpiRoutes } from './routes/kpis.routes.ts';
import { kpiHistoryRoutes } from './routes/kpi-history.routes.ts';
import { outlookRoutes } from './routes/outlook.routes.ts';
import { planRoutes } from './routes/plans.routes.ts';
import { reportRoutes } from './routes/reports.routes.ts';
import { reviewRoutes } from './routes/reviews.routes.ts';
import { mouRoutes } from './routes/mous.routes.ts';
import { commitmentRoutes } from './routes/commitments.routes.ts';
import { recommendationRoutes } from './routes/recommendations.routes.ts';
import { riskRoutes } from './routes/risks.routes.ts';
import { translationRoutes } from './routes/translations.routes.ts';
import { notificationRoutes } from './routes/notifications.routes.ts';
import { themeRoutes } from './routes/themes.routes.ts';
import { resolutionRoutes } from './routes/resolutions.routes.ts';
import { statisticsRoutes } from './routes/statistics.routes.ts';

export type {
  RouteAuth,
  RouteBody,
  RouteDefinition,
  RouteParams,
  RouteQuery,
  RouteResponse,
  RouteSchema,
  ScopeSource,
} from './routes/route.ts';

export const api = {
  ...planRoutes,
  ...frameworkRoutes,
  ...frameworkItemRoutes,
  ...kpiRoutes,
  ...kpiHistoryRoutes,
  ...kpiDefinitionRoutes,
  ...reviewRoutes,
  ...entryRoutes,
  ...entryRuleRoutes,
  ...importRoutes,
  ...reportRoutes,
  ...outlookRoutes,
  ...explorerRoutes,
  ...auditRoutes,
  ...authRoutes,
  ...userRoutes,
  ...translationRoutes,
  ...notificationRoutes,
  ...riskRoutes,
  ...recommendationRoutes,
  ...commitmentRoutes,
  ...mouRoutes,
  ...themeRoutes,
  ...resolutionRoutes,
  ...statisticsRoutes,
} as const;

export { apiPath } from './api-path.ts';

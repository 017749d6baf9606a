// The API's routes: path, method and schema bundle, defined once per resource in routes/. The server
// registers them (validation, serialization, OpenAPI); the client builds URLs from the same paths and
// takes its types from the schemas.
import { auditRoutes } from './routes/audit.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { entryRoutes } from './routes/entry.routes.ts';
import { explorerRoutes } from './routes/explorer.routes.ts';
import { importRoutes } from './routes/imports.routes.ts';
import { userRoutes } from './routes/users.routes.ts';
import { kpiDefinitionRoutes } from './routes/kpi-definitions.routes.ts';
import { kpiRoutes } from './routes/kpis.routes.ts';
import { kpiHistoryRoutes } from './routes/kpi-history.routes.ts';
import { planRoutes } from './routes/plans.routes.ts';
import { reportRoutes } from './routes/reports.routes.ts';
import { reviewRoutes } from './routes/reviews.routes.ts';
import { translationRoutes } from './routes/translations.routes.ts';

export type { RouteAuth, RouteDefinition, RouteSchema, ScopeSource } from './routes/route.ts';

export const api = {
  ...planRoutes,
  ...kpiRoutes,
  ...kpiHistoryRoutes,
  ...kpiDefinitionRoutes,
  ...reviewRoutes,
  ...entryRoutes,
  ...importRoutes,
  ...reportRoutes,
  ...explorerRoutes,
  ...auditRoutes,
  ...authRoutes,
  ...userRoutes,
  ...translationRoutes,
} as const;

/** Fills `:name` segments of a route path, URL-encoding each value. */
export function apiPath(url: string, params: Record<string, string | number> = {}): string {
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${url}`);
    return encodeURIComponent(String(value));
  });
}

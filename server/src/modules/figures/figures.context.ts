// The context of a request that reads (the language) or reads figures (the store, the values it may see),
// built once by the route from the app and the request: `verb(ctx, input)` (lib/service-context.ts).
import type { Language } from '@rbm/shared';
import type { AppInstance } from '../../app-instance.ts';
import type { PlanRow } from '../../db/schema.ts';
import { requestLanguage } from '../../lib/language.ts';
import type { ServiceContext } from '../../lib/service-context.ts';
import type { MeasurementStore } from './measurement-store.ts';
import { visibilityOf, type Include, type Visibility } from './visibility.ts';

/** A request that reads in a language (names of plans, groups and KPIs). */
export interface ReadContext extends ServiceContext {
  language: Language;
}

/** A request that reads figures: the store, and which values it may see. */
export interface FiguresContext extends ReadContext {
  store: MeasurementStore;
  visibility: Visibility;
  /**
   * The thematic priorities whose drafts the user may see (null or absent: all). With visibility `all`, KPIs
   * owned by other priorities keep their approved values.
   */
  scope?: ReadonlySet<number> | null;
  /** The plan the route names, as the plan-lifecycle guard read it for this request (resolvePlan reuses it). */
  namedPlan?: PlanRow | null;
}

/** What a route knows of a reading request: its query's `lang` and the Accept-Language header. */
interface ReadRequest {
  query: { lang?: Language };
  headers: { 'accept-language'?: string | undefined };
}

/** The context of a request that reads in a language (a route builds it, the service reads it). */
export function readContext(app: AppInstance, request: ReadRequest): ReadContext {
  return {
    db: app.db,
    now: app.now(),
    language: requestLanguage(request.query, request.headers['accept-language']),
  };
}

/** What a route knows of a request for figures: besides the language, `include`, and its named plan. */
interface FiguresRequest extends ReadRequest {
  query: { lang?: Language; include?: Include };
  /** The plan the route names, when the plan-lifecycle guard has read it. */
  namedPlan?: PlanRow | null;
}

/** The context of a request that reads figures: approved values unless it asks for `include=unapproved`. */
export function figuresContext(
  app: AppInstance,
  request: FiguresRequest,
  scope?: ReadonlySet<number> | null,
): FiguresContext {
  return {
    ...readContext(app, request),
    store: app.measurements,
    visibility: visibilityOf(request.query.include),
    ...(scope === undefined ? {} : { scope }),
    ...(request.namedPlan ? { namedPlan: request.namedPlan } : {}),
  };
}

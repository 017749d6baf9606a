import {
  SaveTranslationBodySchema,
  TranslationItemSchema,
  TranslationListQuerySchema,
  TranslationListSchema,
  TranslationParamsSchema,
  TranslationSummaryQuerySchema,
  TranslationSummarySchema,
} from '../schemas/translations.ts';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

const framework = { permission: 'framework:write', scope: 'none' } as const;

export const translationRoutes = {
  listTranslations: route({
    method: 'GET',
    url: '/api/translations',
    auth: framework,
    schema: {
      summary: "The framework's names and definitions in English beside one other language",
      description:
        'Goals, targets, thematic priorities, outcomes and KPIs of one plan. Bounded by the framework ' +
        '(a few hundred texts), so not paginated.' +
        ` ${ACTIVE_PLAN_NOTE}`,
      tags: ['translations'],
      querystring: TranslationListQuerySchema,
      response: { 200: TranslationListSchema, ...problems },
    },
  }),
  saveTranslation: route({
    method: 'PUT',
    url: '/api/translations/:entity/:id/:field/:language',
    auth: framework,
    schema: {
      summary: 'Set one translation; an empty text removes it (English shows again, marked)',
      tags: ['translations'],
      params: TranslationParamsSchema,
      body: SaveTranslationBodySchema,
      response: { 200: TranslationItemSchema, ...problems },
    },
  }),
  translationSummary: route({
    method: 'GET',
    url: '/api/translations/summary',
    auth: framework,
    schema: {
      summary: 'Per language: how many framework texts are translated and how many are confirmed',
      description: ACTIVE_PLAN_NOTE,
      tags: ['translations'],
      querystring: TranslationSummaryQuerySchema,
      response: { 200: TranslationSummarySchema, ...problems },
    },
  }),
  confirmTranslation: route({
    method: 'POST',
    url: '/api/translations/:entity/:id/:field/:language/confirm',
    auth: framework,
    schema: {
      summary: 'Confirm an unofficial translation: it is shown without the "unofficial" marker from then on',
      tags: ['translations'],
      params: TranslationParamsSchema,
      response: { 200: TranslationItemSchema, ...problems },
    },
  }),
};

import {
  CreateRecommendationBodySchema,
  RecommendationDetailSchema,
  RecommendationIdParamsSchema,
  RecommendationListQuerySchema,
  RecommendationListSchema,
  RecommendationRatesQuerySchema,
  RecommendationRatesSchema,
  UpdateRecommendationBodySchema,
} from '../schemas/recommendations.ts';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

const tags = ['recommendations'];
const confirmedOnly =
  'Readers outside the responsible unit (the Council among them) see confirmed states only.';

export const recommendationRoutes = {
  listRecommendations: route({
    method: 'GET',
    url: '/api/recommendations',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'Oversight recommendations with filters, each with its latest state',
      description: `${confirmedOnly} ${ACTIVE_PLAN_NOTE}`,
      tags,
      querystring: RecommendationListQuerySchema,
      response: { 200: RecommendationListSchema, ...problems },
    },
  }),
  getRecommendationRates: route({
    method: 'GET',
    url: '/api/recommendations/rates',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'Implementation and acceptance rates by body and report year, ageing, overdue per unit',
      description: `Computed on confirmed states only, whoever asks. ${ACTIVE_PLAN_NOTE}`,
      tags,
      querystring: RecommendationRatesQuerySchema,
      response: { 200: RecommendationRatesSchema, ...problems },
    },
  }),
  getRecommendation: route({
    method: 'GET',
    url: '/api/recommendations/:id',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'One recommendation with the history of its states',
      description: confirmedOnly,
      tags,
      params: RecommendationIdParamsSchema,
      response: { 200: RecommendationDetailSchema, ...problems },
    },
  }),
  createRecommendation: route({
    method: 'POST',
    url: '/api/recommendations',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Record a recommendation (a focal point of the responsible unit); its state is a draft',
      tags,
      body: CreateRecommendationBodySchema,
      response: { 201: RecommendationDetailSchema, ...problems },
    },
  }),
  updateRecommendation: route({
    method: 'PUT',
    url: '/api/recommendations/:id',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Change a recommendation; a changed state is proposed as a draft',
      description: 'Send the version you loaded (409 version_conflict otherwise).',
      tags,
      params: RecommendationIdParamsSchema,
      body: UpdateRecommendationBodySchema,
      response: { 200: RecommendationDetailSchema, ...problems },
    },
  }),
  confirmRecommendation: route({
    method: 'POST',
    url: '/api/recommendations/:id/confirm',
    auth: { permission: 'reviews:decide', scope: 'service' },
    schema: {
      summary: 'Confirm the proposed state (a reviewer of the responsible unit): it is then published',
      tags,
      params: RecommendationIdParamsSchema,
      response: { 200: RecommendationDetailSchema, ...problems },
    },
  }),
} as const;

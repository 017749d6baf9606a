import {
  CreateMouBodySchema,
  MouIdParamsSchema,
  MouListQuerySchema,
  MouListSchema,
  MouSchema,
  UpdateMouBodySchema,
} from '../schemas/mous.ts';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

const tags = ['mous'];
const confirmedOnly = 'Readers outside the owner unit (the Council among them) see confirmed MoUs only.';

export const mouRoutes = {
  listMous: route({
    method: 'GET',
    url: '/api/mous',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'MoUs with filters, expiry warnings and counts by unit and region',
      description: `${confirmedOnly} ${ACTIVE_PLAN_NOTE}`,
      tags,
      querystring: MouListQuerySchema,
      response: { 200: MouListSchema, ...problems },
    },
  }),
  getMou: route({
    method: 'GET',
    url: '/api/mous/:id',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'One MoU',
      description: confirmedOnly,
      tags,
      params: MouIdParamsSchema,
      response: { 200: MouSchema, ...problems },
    },
  }),
  createMou: route({
    method: 'POST',
    url: '/api/mous',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Record a MoU (a focal point of the owner unit); a draft until confirmed',
      tags,
      body: CreateMouBodySchema,
      response: { 201: MouSchema, ...problems },
    },
  }),
  updateMou: route({
    method: 'PUT',
    url: '/api/mous/:id',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Change a MoU; a change makes it a draft again until a reviewer confirms it',
      description: 'Send the version you loaded (409 version_conflict otherwise).',
      tags,
      params: MouIdParamsSchema,
      body: UpdateMouBodySchema,
      response: { 200: MouSchema, ...problems },
    },
  }),
  confirmMou: route({
    method: 'POST',
    url: '/api/mous/:id/confirm',
    auth: { permission: 'reviews:decide', scope: 'service' },
    schema: {
      summary: 'Confirm a MoU (a reviewer of the owner unit): it is then published',
      tags,
      params: MouIdParamsSchema,
      response: { 200: MouSchema, ...problems },
    },
  }),
} as const;

// Authoring a plan's framework item by item (issue 14): goals, targets, thematic priorities, outcomes and
// outputs are created, edited, reordered, moved, retired and restored by administrators; each item's history
// comes from the audit log. A KPI's link moves from one outcome (or output) to another.
import { Type } from 'typebox';
import {
  CreateFrameworkItemBodySchema,
  FrameworkItemHistorySchema,
  FrameworkItemKindParamsSchema,
  FrameworkItemListQuerySchema,
  FrameworkItemListSchema,
  FrameworkItemParamsSchema,
  FrameworkItemSchema,
  FrameworkItemVersionBodySchema,
  KpiLinksSchema,
  MoveKpiLinkBodySchema,
  ReorderFrameworkItemBodySchema,
  UpdateFrameworkItemBodySchema,
} from '../schemas/framework-items.ts';
import { problems, route } from './route.ts';

const tags = ['framework'];
const auth = { permission: 'framework:write', scope: 'none' } as const;
const stale =
  'Send the `version` read: a stale one is 409 version_conflict (reload the item). A closed plan is 423 plan_closed. ';

export const frameworkItemRoutes = {
  listFrameworkItems: route({
    method: 'GET',
    url: '/api/framework-items',
    auth,
    schema: {
      summary:
        "A plan's goals, targets, priorities, outcomes, outputs and enablers, and the units, regions and themes " +
        'every plan shares, for the editor, retired ones included',
      description: 'Each item with its id, version, texts in every language held and linked KPI codes.',
      tags,
      querystring: FrameworkItemListQuerySchema,
      response: { 200: FrameworkItemListSchema, ...problems },
    },
  }),
  getFrameworkItem: route({
    method: 'GET',
    url: '/api/framework-items/:kind/:id',
    auth,
    schema: {
      summary: 'One framework item with its version (and, for a target, its revision history)',
      tags,
      params: FrameworkItemParamsSchema,
      response: { 200: FrameworkItemSchema, ...problems },
    },
  }),
  getFrameworkItemHistory: route({
    method: 'GET',
    url: '/api/framework-items/:kind/:id/history',
    auth,
    schema: {
      summary: 'Who created, changed, moved, retired or restored an item, and when, with each changed field',
      description: 'From the audit log, oldest first; changes made by the framework import are included.',
      tags,
      params: FrameworkItemParamsSchema,
      response: { 200: FrameworkItemHistorySchema, ...problems },
    },
  }),
  createFrameworkItem: route({
    method: 'POST',
    url: '/api/framework-items/:kind',
    auth,
    schema: {
      summary:
        'Add a goal, target, priority, outcome, output or enabler to a plan, or a unit, region or theme',
      description:
        'A target needs its goal (`parent`), unit, direction and deadline year; a priority its lead unit (a ' +
        'Sector); an outcome or output its priority (`parent`). A code the plan already uses for that kind is ' +
        '409 framework_code_taken; a parent or unit that does not exist in the plan, a field the kind does not ' +
        'have, a year before the plan starts are 422 with the field. Texts in other languages are stored as ' +
        'unofficial translations. A closed plan is 423 plan_closed. A unit needs its `unitKind` and may name the ' +
        'unit above it (`parent`); units, regions and themes are shared by every plan (`plan` names where the ' +
        'editor stands) and their codes are unique across plans.',
      tags,
      params: FrameworkItemKindParamsSchema,
      body: CreateFrameworkItemBodySchema,
      response: { 201: FrameworkItemSchema, ...problems },
    },
  }),
  updateFrameworkItem: route({
    method: 'PATCH',
    url: '/api/framework-items/:kind/:id',
    auth,
    schema: {
      summary: "Change an item's code, texts or fields, or move it under another goal or priority",
      description:
        stale +
        "In an active plan a target's value or deadline year changes only with a `reason` (422 reason_required), " +
        'kept in its revision history. Only fields that change are written and audited.',
      tags,
      params: FrameworkItemParamsSchema,
      body: UpdateFrameworkItemBodySchema,
      response: { 200: FrameworkItemSchema, ...problems },
    },
  }),
  reorderFrameworkItem: route({
    method: 'POST',
    url: '/api/framework-items/:kind/:id/reorder',
    auth,
    schema: {
      summary: 'Move an item one place up or down among its siblings',
      description: stale + 'The first item cannot go up nor the last down (409 cannot_move).',
      tags,
      params: FrameworkItemParamsSchema,
      body: ReorderFrameworkItemBodySchema,
      response: { 200: FrameworkItemSchema, ...problems },
    },
  }),
  retireFrameworkItem: route({
    method: 'POST',
    url: '/api/framework-items/:kind/:id/retire',
    auth,
    schema: {
      summary: 'Retire an item: it stays in history and old reports, and leaves the plan from now on',
      description:
        stale +
        'Items below it must be retired first (409 has_active_children, naming them). In an active plan an ' +
        'outcome whose retirement would leave a KPI without any outcome is refused (409 orphan_kpis, naming ' +
        'the KPIs): move their links first.',
      tags,
      params: FrameworkItemParamsSchema,
      body: FrameworkItemVersionBodySchema,
      response: { 200: FrameworkItemSchema, ...problems },
    },
  }),
  restoreFrameworkItem: route({
    method: 'POST',
    url: '/api/framework-items/:kind/:id/restore',
    auth,
    schema: {
      summary: 'Bring a retired item back into the plan',
      description: stale + 'Its goal or priority must not be retired (409 parent_retired).',
      tags,
      params: FrameworkItemParamsSchema,
      body: FrameworkItemVersionBodySchema,
      response: { 200: FrameworkItemSchema, ...problems },
    },
  }),
  moveKpiLink: route({
    method: 'POST',
    url: '/api/kpis/:id/links/move',
    auth,
    schema: {
      summary: "Move a KPI's link from one outcome (or output) to another of its plan",
      description:
        'A KPI not linked to `from` is 409 link_changed (reload); `to` must be a current item of the plan ' +
        '(422 unknown_link) not linked already (409 already_linked). The owning priority follows the first outcome.',
      tags: ['kpis'],
      params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }),
      body: MoveKpiLinkBodySchema,
      response: { 200: KpiLinksSchema, ...problems },
    },
  }),
} as const;

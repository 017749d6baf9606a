import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditLog, Problem } from '@rbm/shared/schemas';
import { TEST_NOW, buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { auditedWrite } from './audit.service.ts';

let ctx: TestContext;
let apiKpiId: number;
const ANA = {
  userId: 7,
  username: 'ana',
  role: 'planner' as const,
  priorityIds: null,
  via: 'system' as const,
};

beforeAll(async () => {
  ctx = await buildTestApp();
  // Eight entries, oldest first: the seed's two (each shipped framework file loaded by the system), a KPI
  // created through the API (as the request's actor), then five of known shape written as another actor:
  // three review changes, one value, one with a reason.
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/kpis',
    payload: {
      plan: 'SP-2024-2027',
      code: 'AUDIT-1',
      name: 'Audited KPI',
      unit: 'count',
      direction: 'increase',
      aggregation: 'sum',
      frequency: 'quarterly',
      outcomes: ['KAP-3.1'],
    },
  });
  apiKpiId = created.json<{ id: number }>().id;
  for (const [index, entity] of ['quarterly_review', 'quarterly_review', 'quarterly_review'].entries()) {
    await auditedWrite(ctx.db, { actor: ANA, now: TEST_NOW }, (_tx, audit) =>
      audit({
        action: 'submit',
        entity,
        entityId: 100 + index,
        before: { status: 'open' },
        after: { status: 'submitted' },
      }),
    );
  }
  await auditedWrite(ctx.db, { actor: ANA, now: TEST_NOW }, (_tx, audit) =>
    audit({ action: 'create', entity: 'kpi_value', entityId: 55, after: { value: 12.5 } }),
  );
  await auditedWrite(ctx.db, { actor: ANA, now: TEST_NOW }, (_tx, audit) =>
    audit({
      action: 'reopen',
      entity: 'quarterly_review',
      entityId: 100,
      before: { status: 'approved' },
      after: { status: 'open' },
      reason: 'Late correction',
    }),
  );
});
afterAll(async () => ctx.close());

const get = (query: string) => ctx.app.inject({ method: 'GET', url: `/api/audit${query}` });

describe('GET /api/audit', () => {
  it('lists the log newest first, with the actor and the parsed before/after snapshots', async () => {
    const res = await get('');
    expect(res.statusCode).toBe(200);
    const log = res.json<AuditLog>();
    expect(log).toMatchObject({ total: 8, page: 1, pageSize: 50 });
    expect(log.items.map((e) => e.action)).toEqual([
      'reopen',
      'create',
      'submit',
      'submit',
      'submit',
      'create',
      'import',
      'import',
    ]);
    expect(log.items.slice(-2).map((e) => [e.actor, e.entity, e.entityId])).toEqual([
      ['system', 'plan', 'SP-2020-2023'],
      ['system', 'plan', 'SP-2024-2027'],
    ]);
    expect(log.items[0]).toEqual({
      id: expect.any(Number),
      at: TEST_NOW.toISOString(),
      actor: 'ana',
      action: 'reopen',
      entity: 'quarterly_review',
      entityId: '100',
      before: { status: 'approved' },
      after: { status: 'open' },
      reason: 'Late correction',
    });
    expect(log.items[1]).toMatchObject({ before: null, after: { value: 12.5 }, reason: null });
  });

  it('pages through the log', async () => {
    const first = (await get('?pageSize=4')).json<AuditLog>();
    const second = (await get('?pageSize=4&page=2')).json<AuditLog>();
    const beyond = (await get('?pageSize=4&page=3')).json<AuditLog>();
    expect(first).toMatchObject({ total: 8, page: 1, pageSize: 4 });
    expect(first.items).toHaveLength(4);
    expect(second).toMatchObject({ total: 8, page: 2, pageSize: 4 });
    expect(second.items.map((e) => [e.entity, e.entityId])).toEqual([
      ['quarterly_review', '100'],
      ['kpi', String(apiKpiId)],
      ['plan', 'SP-2020-2023'],
      ['plan', 'SP-2024-2027'],
    ]);
    expect(beyond).toMatchObject({ items: [], total: 8 });
    const far = await get('?pageSize=500&page=100000');
    expect(far.statusCode).toBe(200);
    expect(far.json<AuditLog>()).toMatchObject({ items: [], total: 8 });
    expect((await get('?pageSize=500&page=100000000000000000000')).statusCode).toBe(400);
    const ids = [...first.items, ...second.items].map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('filters by entity, and by entity and id', async () => {
    const reviews = (await get('?entity=quarterly_review')).json<AuditLog>();
    expect(reviews.total).toBe(4);
    expect(reviews.items.every((e) => e.entity === 'quarterly_review')).toBe(true);
    const one = (await get('?entity=quarterly_review&id=100')).json<AuditLog>();
    expect(one.items.map((e) => e.action)).toEqual(['reopen', 'submit']);
    const values = (await get('?entity=kpi_value&id=55')).json<AuditLog>();
    expect(values.items).toHaveLength(1);
  });

  it('answers an empty page, not 404, for an id without entries', async () => {
    const res = await get('?entity=kpi&id=987654');
    expect(res.statusCode).toBe(200);
    expect(res.json<AuditLog>()).toEqual({ items: [], total: 0, page: 1, pageSize: 50 });
  });

  it('refuses an id without its entity (400 entity_required), an unknown entity and a bad page', async () => {
    const noEntity = await get('?id=100');
    expect(noEntity.statusCode).toBe(400);
    expect(noEntity.json<Problem>()).toMatchObject({
      code: 'entity_required',
      errors: [expect.objectContaining({ field: 'querystring.entity' })],
    });
    const unknown = await get('?entity=kpi_value_row');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<Problem>().errors?.[0]?.field).toBe('querystring.entity');
    expect((await get('?page=0')).statusCode).toBe(400);
    const nul = await get('?entity=kpi&id=a%00b');
    expect(nul.statusCode).toBe(400);
    expect(nul.json<Problem>().code).toBe('invalid_character');
    expect((await get('?pageSize=501')).statusCode).toBe(400);
  });

  it('shows writes made through the API under the actor of the request', async () => {
    const log = (await get(`?entity=kpi&id=${apiKpiId}`)).json<AuditLog>();
    expect(log.items).toEqual([
      expect.objectContaining({
        actor: 'test-admin',
        action: 'create',
        entityId: String(apiKpiId),
        before: null,
        after: expect.objectContaining({ id: apiKpiId, code: 'AUDIT-1', ownerPriority: 'KAP-3' }),
      }),
    ]);
  });
});

describe('the audit log cannot be changed through the API', () => {
  it.each(['PUT', 'PATCH', 'DELETE'] as const)(
    '%s /api/audit answers 404 route_not_found',
    async (method) => {
      for (const url of ['/api/audit', '/api/audit/1']) {
        const res = await ctx.app.inject({ method, url, payload: method === 'DELETE' ? undefined : {} });
        expect(res.statusCode).toBe(404);
        expect(res.json<Problem>().code).toBe('route_not_found');
      }
    },
  );
});

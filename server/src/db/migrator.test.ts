import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { migrateToLatest, pendingMigrations } from './migrator.ts';

const EXPECTED_TABLES = [
  'activity',
  'activity_participant',
  'activity_text',
  'activity_theme',
  'api_token',
  'app_user',
  'audit_log',
  'commitment',
  'commitment_kpi',
  'commitment_priority',
  'commitment_progress',
  'commitment_risk',
  'data_revision',
  'enabler',
  'goal',
  'intersectoral_theme',
  'kpi',
  'kpi_annual_target',
  'kpi_entry_rule',
  'kpi_outcome',
  'kpi_output',
  'kpi_target',
  'kpi_target_revision',
  'kpi_theme',
  'kpi_value',
  'mou',
  'mou_priority',
  'mou_theme',
  'notification',
  'notification_preference',
  'org_unit',
  'outcome',
  'output',
  'plan',
  'plan_entry_rule',
  'quarterly_review',
  'radar_decision',
  'recommendation',
  'recommendation_kpi',
  'recommendation_priority',
  'recommendation_risk',
  'recommendation_state',
  'region',
  'resolution',
  'resolution_entity',
  'resolution_priority',
  'resolution_theme',
  'resolution_title',
  'review_action_item',
  'risk',
  'risk_action',
  'risk_assessment',
  'risk_kpi',
  'risk_outcome',
  'risk_priority',
  'sector',
  'session',
  'sign_in_throttle',
  'statistic',
  'statistic_indicator',
  'target',
  'target_revision',
  'thematic_priority',
  'theme_coordinator',
  'theme_focal_point',
  'translation',
  'user_scope',
];

describe('migrations', () => {
  let database: TestDatabase;
  afterEach(async () => database.drop());

  it('build the whole schema on an empty database', async () => {
    database = await createTestDatabase();
    const { db } = database;
    const applied = await migrateToLatest(db);
    expect(applied.length).toBeGreaterThanOrEqual(4);
    expect(applied[0]).toBe('0001_framework');
    const tables = await db.withoutPlugins().introspection.getTables();
    expect(tables.map((t) => t.name).sort()).toEqual(EXPECTED_TABLES);
  });

  it('are a no-op on a migrated database', async () => {
    database = await createTestDatabase();
    const { db } = database;
    await migrateToLatest(db);
    await db.insertInto('sector').values({ code: 'ITU-D', name: 'Development' }).execute();
    expect(await pendingMigrations(db)).toEqual([]);
    expect(await migrateToLatest(db)).toEqual([]);
    const sectors = await db.selectFrom('sector').select('code').execute();
    expect(sectors).toEqual([{ code: 'ITU-D' }]);
  });

  it('keep one total and one value per region for a KPI quarter', async () => {
    database = await createTestDatabase();
    const { db } = database;
    await migrateToLatest(db);
    const now = '2026-01-01T00:00:00Z';
    const plan = await db
      .insertInto('plan')
      .values({ code: 'P', name: 'P', startYear: 2024, endYear: 2027, status: 'active', createdAt: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const sector = await db
      .insertInto('sector')
      .values({ code: 'S', name: 'S' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const region = await db
      .insertInto('region')
      .values({ code: 'AFR', name: 'Africa' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const priority = await db
      .insertInto('thematicPriority')
      .values({
        planId: plan.id,
        sectorId: sector.id,
        code: 'T',
        name: 'T',
        sourceStatus: 'demo',
        sourceUrl: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const kpi = await db
      .insertInto('kpi')
      .values({
        planId: plan.id,
        ownerPriorityId: priority.id,
        code: 'K',
        name: 'K',
        definition: null,
        unit: 'count',
        direction: 'increase',
        aggregation: 'sum',
        frequency: 'quarterly',
        baselineValue: null,
        baselinePeriod: null,
        dataSource: null,
        ownerUnit: null,
        sourceStatus: 'demo',
        sourceUrl: null,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const value = (regionId: number | null) => ({
      kpiId: kpi.id,
      period: '2025-Q1',
      regionId,
      value: 1,
      noDataReason: null,
      note: null,
      evidenceUrl: null,
      returnComment: null,
      enteredBy: null,
      enteredAt: now,
      submittedAt: null,
      approvedAt: null,
    });
    await db.insertInto('kpiValue').values(value(null)).execute();
    await db.insertInto('kpiValue').values(value(region.id)).execute();
    await expect(db.insertInto('kpiValue').values(value(null)).execute()).rejects.toThrow(
      /UNIQUE|duplicate key/,
    );
    await expect(db.insertInto('kpiValue').values(value(region.id)).execute()).rejects.toThrow(
      /UNIQUE|duplicate key/,
    );
  });
});

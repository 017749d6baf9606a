// A plan's framework as a framework document (shared/src/schemas/framework-document.ts): the one shape the
// JSON and XLSX exports write and the import reads, so exporting and importing again changes nothing.
import {
  AGGREGATIONS,
  DIRECTIONS,
  FREQUENCIES,
  KPI_UNITS,
  LANGUAGES,
  PLAN_STATUSES,
  SOURCE_STATUSES,
  type Language,
} from '@rbm/shared';
import {
  FRAMEWORK_SCHEMA_VERSION,
  ORG_UNIT_KINDS,
  type FrameworkDocText,
  type FrameworkDocument,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { TranslatableEntity } from '../../db/schema.ts';
import { notFound } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';
import type { ServiceContext } from '../../lib/service-context.ts';
import * as repo from './frameworks.repository.ts';

type Texts = ReturnType<typeof textIndex>;

/** The translations as `entity:id:field` -> language -> text, and the confirmed languages of each item. */
function textIndex(rows: Awaited<ReturnType<typeof repo.findFrameworkTranslations>>) {
  const texts = new Map<string, Partial<Record<Language, string>>>();
  const confirmed = new Map<string, Set<Language>>();
  for (const row of rows) {
    const language = asEnum(LANGUAGES, row.language, 'translation.language');
    const key = `${row.entity}:${row.entityId}:${row.field}`;
    texts.set(key, { ...texts.get(key), [language]: row.text });
    if (row.status === 'confirmed') {
      const item = `${row.entity}:${row.entityId}`;
      confirmed.set(item, (confirmed.get(item) ?? new Set()).add(language));
    }
  }
  return {
    text(entity: TranslatableEntity, id: number, field: string, english: string): FrameworkDocText {
      return { en: english, ...texts.get(`${entity}:${id}:${field}`) };
    },
    optional(entity: TranslatableEntity, id: number, field: string, english: string | null) {
      return english === null || english === '' ? {} : { [field]: this.text(entity, id, field, english) };
    },
    confirmed(entity: TranslatableEntity, id: number): { confirmedLanguages?: Language[] } {
      const set = confirmed.get(`${entity}:${id}`);
      return set ? { confirmedLanguages: LANGUAGES.filter((l) => set.has(l)) } : {};
    },
  };
}

interface ItemRow {
  id: number;
  code: string;
  name: string;
  description: string | null;
  sourceStatus: string;
  sourceUrl: string | null;
  retiredAt: string | null;
}

/** The fields every item of the chain shares, in the document's order. */
function item(entity: TranslatableEntity, row: ItemRow, t: Texts) {
  return {
    code: row.code,
    name: t.text(entity, row.id, 'name', row.name),
    ...t.optional(entity, row.id, 'description', row.description),
    sourceStatus: asEnum(SOURCE_STATUSES, row.sourceStatus, `${entity}.source_status`),
    ...(row.sourceUrl ? { sourceUrl: row.sourceUrl } : {}),
    ...t.confirmed(entity, row.id),
    ...(row.retiredAt ? { retired: true } : {}),
  };
}

function codesOf(links: Array<{ kpiId: number; code: string }>): Map<number, string[]> {
  const byKpi = new Map<number, string[]>();
  for (const link of links) byKpi.set(link.kpiId, [...(byKpi.get(link.kpiId) ?? []), link.code]);
  return byKpi;
}

/** The document of one plan, or a 404 naming the plan. */
export async function exportFrameworkDocument(
  ctx: ServiceContext,
  input: { plan: string },
): Promise<FrameworkDocument> {
  const plan = await repo.findPlanByCode(ctx.db, input.plan);
  if (!plan) throw notFound('Plan', input.plan);
  return buildDocument(ctx.db, plan);
}

async function buildDocument(
  db: Db,
  plan: NonNullable<Awaited<ReturnType<typeof repo.findPlanByCode>>>,
): Promise<FrameworkDocument> {
  const [units, sectors, regions, themes, goals, targets, priorities, outcomes, outputs, enablers] =
    await Promise.all([
      repo.findOrgUnits(db),
      repo.findSectors(db),
      repo.findRegions(db),
      repo.findThemes(db),
      repo.findGoals(db, plan.id),
      repo.findTargets(db, plan.id),
      repo.findPriorities(db, plan.id),
      repo.findOutcomes(db, plan.id),
      repo.findOutputs(db, plan.id),
      repo.findEnablers(db, plan.id),
    ]);
  const [kpis, annualTargets, links, translations] = await Promise.all([
    repo.findKpis(db, plan.id),
    repo.findAnnualTargets(db, plan.id),
    repo.findKpiLinks(db, plan.id),
    repo.findFrameworkTranslations(db),
  ]);
  const t = textIndex(translations);
  const unitCodeById = new Map(units.map((u) => [u.id, u.code]));
  const targetsByKpi = new Map<number, Record<string, number>>();
  for (const row of annualTargets) {
    targetsByKpi.set(row.kpiId, { ...targetsByKpi.get(row.kpiId), [String(row.year)]: row.value });
  }
  const [outcomeCodes, outputCodes, targetCodes, themeCodes] = [
    codesOf(links.outcomes),
    codesOf(links.outputs),
    codesOf(links.targets),
    codesOf(links.themes),
  ];
  return {
    schemaVersion: FRAMEWORK_SCHEMA_VERSION,
    plan: {
      code: plan.code,
      name: t.text('plan', plan.id, 'name', plan.name),
      startYear: plan.startYear,
      endYear: plan.endYear,
      status: asEnum(PLAN_STATUSES, plan.status, 'plan.status'),
      thresholds: { onTrack: plan.thresholdOnTrack, atRisk: plan.thresholdAtRisk },
      calendar: {
        reportingDeadlineDays: plan.reportingDeadlineDays,
        reviewDeadlineDays: plan.reviewDeadlineDays,
      },
      ...t.confirmed('plan', plan.id),
    },
    units: [
      ...units.map((u) => ({
        code: u.code,
        ...(u.parentId === null ? {} : { parent: unitCodeById.get(u.parentId) ?? '' }),
        kind: asEnum(ORG_UNIT_KINDS, u.kind, 'org_unit.kind'),
        name: t.text('org_unit', u.id, 'name', u.name),
        ...t.confirmed('org_unit', u.id),
        ...(u.retiredAt ? { retired: true } : {}),
      })),
      // A database loaded before units were data knows its Sectors only: each stands as a top unit.
      ...sectors
        .filter((s) => !units.some((u) => u.code === s.code))
        .map((s) => ({
          code: s.code,
          kind: 'sector' as const,
          name: t.text('sector', s.id, 'name', s.name),
          ...t.confirmed('sector', s.id),
        })),
    ],
    regions: regions.map((r) => ({
      code: r.code,
      name: t.text('region', r.id, 'name', r.name),
      ...t.confirmed('region', r.id),
      ...(r.retiredAt ? { retired: true } : {}),
    })),
    goals: goals.map((g) => item('goal', g, t)),
    targets: targets.map((row) => ({
      ...item('target', row, t),
      goal: row.goalCode,
      value: row.value,
      unit: row.unit,
      direction: asEnum(DIRECTIONS, row.direction, 'target.direction'),
      deadlineYear: row.deadlineYear,
      ...(row.baselineValue !== null && row.baselineYear !== null
        ? { baseline: { value: row.baselineValue, year: row.baselineYear } }
        : {}),
      ...(row.indicator ? { statistic: row.indicator } : {}),
    })),
    priorities: priorities.map((p) => ({ ...item('thematic_priority', p, t), unit: p.sectorCode })),
    outcomes: outcomes.map((o) => ({ ...item('outcome', o, t), priority: o.priorityCode })),
    outputs: outputs.map((o) => ({ ...item('output', o, t), priority: o.priorityCode })),
    enablers: enablers.map((e) => item('enabler', e, t)),
    themes: themes.map((th) => item('intersectoral_theme', th, t)),
    kpis: kpis.map((k) => ({
      code: k.code,
      name: t.text('kpi', k.id, 'name', k.name),
      ...t.optional('kpi', k.id, 'definition', k.definition),
      priority: k.priorityCode,
      unit: asEnum(KPI_UNITS, k.unit, 'kpi.unit'),
      direction: asEnum(DIRECTIONS, k.direction, 'kpi.direction'),
      aggregation: asEnum(AGGREGATIONS, k.aggregation, 'kpi.aggregation'),
      frequency: asEnum(FREQUENCIES, k.frequency, 'kpi.frequency'),
      ...(k.baselineValue !== null && k.baselinePeriod !== null
        ? { baseline: { value: k.baselineValue, period: k.baselinePeriod } }
        : {}),
      annualTargets: targetsByKpi.get(k.id) ?? {},
      tolerance: k.tolerance,
      weight: k.weight,
      ...(k.dataSource ? { dataSource: k.dataSource } : {}),
      ...(k.ownerUnit ? { ownerUnit: k.ownerUnit } : {}),
      byRegion: k.byRegion === 1,
      outcomes: outcomeCodes.get(k.id) ?? [],
      outputs: outputCodes.get(k.id) ?? [],
      targets: targetCodes.get(k.id) ?? [],
      themes: themeCodes.get(k.id) ?? [],
      sourceStatus: asEnum(SOURCE_STATUSES, k.sourceStatus, 'kpi.source_status'),
      ...(k.sourceUrl ? { sourceUrl: k.sourceUrl } : {}),
      ...t.confirmed('kpi', k.id),
      ...(k.active === 1 ? {} : { retired: true }),
    })),
  };
}

// The checks a framework item must pass before it is written: fields the kind has, texts not blank, a
// parent of the same plan still in it, a lead unit that exists, years that fit the plan, a known statistic.
// Each check adds field errors; the service raises them together as one 422.
import type { CreateFrameworkItemBody, FrameworkItemKind, KindField } from '@rbm/shared/schemas';
import { KIND_FIELDS, TRANSLATED_LANGUAGES } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { conflict, unprocessable, type FieldError } from '../../errors.ts';
import { assertPlanOpen } from '../plans/plan-status.ts';
import { KINDS } from './framework-item.kinds.ts';
import * as repo from './framework-items.repository.ts';
import * as shared from './framework-items.shared.repository.ts';

export type ItemFields = Partial<Pick<CreateFrameworkItemBody, KindField | 'description' | 'translations'>>;

/** The resolved references of the fields given (undefined: not given; parent null: a top unit). */
export interface Resolved {
  parentId?: number | null;
  sectorId?: number;
}

/** One 422 carrying every field error. */
export function raiseFieldErrors(kind: FrameworkItemKind, errors: FieldError[]): void {
  if (errors.length === 0) return;
  throw unprocessable(
    'framework_item_invalid',
    `The ${KINDS[kind].label} cannot be saved: ${errors.map((e) => e.message).join('; ')}`,
    errors,
  );
}

/**
 * A closed plan is history: its framework no longer changes (409 plan_closed, the lifecycle's one rule).
 * Units, regions and themes (plan null) are every plan's: a closed plan keeps reading them.
 */
export { assertPlanOpen };
export function assertItemPlanOpen(plan: PlanRow | null): void {
  if (plan !== null) assertPlanOpen(plan);
}

export function assertVersion(kind: FrameworkItemKind, code: string, current: string, sent: string): void {
  if (current !== sent) {
    throw conflict(
      'version_conflict',
      `The ${KINDS[kind].label} "${code}" was changed since you read it (version ${sent}, now ${current}): reload it`,
    );
  }
}

/** A required text without surrounding blanks. */
export function requiredText(text: string, field: string, errors: FieldError[]): string {
  const trimmed = text.trim();
  if (trimmed === '') errors.push({ field, code: 'blank', message: `${field} must not be blank` });
  return trimmed;
}

export function optionalText(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Fields of another kind (a deadline on an outcome) are refused rather than ignored. */
export function checkFieldsApply(kind: FrameworkItemKind, body: ItemFields, errors: FieldError[]): void {
  for (const name of KIND_FIELDS) {
    if (body[name] !== undefined && !KINDS[kind].fields.includes(name)) {
      const field = `body.${name}`;
      errors.push({
        field,
        code: 'field_not_applicable',
        message: `${field}: a ${KINDS[kind].label} has no ${name}`,
      });
    }
  }
  if (KINDS[kind].described) return;
  const described =
    (body.description !== undefined && body.description !== null) ||
    TRANSLATED_LANGUAGES.some((language) => body.translations?.[language]?.description !== undefined);
  if (described) {
    errors.push({
      field: 'body.description',
      code: 'field_not_applicable',
      message: `body.description: a ${KINDS[kind].label} has a name only`,
    });
  }
}

/** On creation, the fields every item of the kind must have. */
export function checkRequired(kind: FrameworkItemKind, body: ItemFields, errors: FieldError[]): void {
  const required: KindField[] =
    kind === 'target'
      ? ['parent', 'unit', 'direction', 'deadlineYear']
      : kind === 'priority'
        ? ['leadUnit']
        : kind === 'unit'
          ? ['unitKind']
          : KINDS[kind].parent
            ? ['parent']
            : [];
  for (const name of required) {
    if (body[name] === undefined) {
      const field = `body.${name}`;
      errors.push({
        field,
        code: 'invalid_required',
        message: `${field} is required for a ${KINDS[kind].label}`,
      });
    }
  }
}

/** Resolves the parent and lead unit named, and checks years and the statistic against the plan. */
export async function checkReferences(
  db: Db,
  kind: FrameworkItemKind,
  plan: PlanRow | null,
  body: ItemFields,
  errors: FieldError[],
): Promise<Resolved> {
  const resolved: Resolved = {};
  const parentKind = KINDS[kind].parent;
  if (body.parent === null && kind === 'unit') resolved.parentId = null;
  else if (body.parent === null && parentKind !== null) {
    errors.push({
      field: 'body.parent',
      code: 'invalid_required',
      message: `body.parent: a ${KINDS[kind].label} needs its ${KINDS[parentKind].label}`,
    });
  } else if (body.parent !== undefined && parentKind !== null) {
    const field = 'body.parent';
    const parent = (await repo.findItems(db, parentKind, { planId: plan?.id ?? null })).find(
      (p) => p.code === body.parent,
    );
    if (!parent) {
      errors.push({
        field,
        code: 'unknown_link',
        message:
          plan === null
            ? `${field}: there is no ${KINDS[parentKind].label} "${body.parent}"`
            : `${field}: plan ${plan.code} has no ${KINDS[parentKind].label} "${body.parent}"`,
      });
    } else if (parent.retiredAt !== null) {
      errors.push({
        field,
        code: 'parent_retired',
        message: `${field}: the ${KINDS[parentKind].label} "${body.parent}" is retired; restore it first`,
      });
    } else resolved.parentId = parent.id;
  }
  if (body.leadUnit !== undefined) {
    const sector = await repo.findSectorByCode(db, body.leadUnit);
    if (sector && (await shared.isRetiredUnit(db, body.leadUnit))) {
      const field = 'body.leadUnit';
      errors.push({
        field,
        code: 'unit_retired',
        message: `${field}: the unit "${body.leadUnit}" is retired; restore it first or choose another`,
      });
    } else if (sector) resolved.sectorId = sector.id;
    else {
      const field = 'body.leadUnit';
      errors.push({
        field,
        code: 'unknown_unit',
        message: `${field}: there is no unit "${body.leadUnit}" that can lead a priority`,
      });
    }
  }
  if (plan === null) return resolved;
  // A target may be set beyond the plan (Connect 2030), never before it starts.
  if (body.deadlineYear !== undefined && body.deadlineYear < plan.startYear) {
    const field = 'body.deadlineYear';
    errors.push({
      field,
      code: 'year_outside_plan',
      message: `${field}: ${body.deadlineYear} is before the plan starts (${plan.startYear})`,
    });
  }
  if (body.baseline && body.baseline.year > plan.endYear) {
    const field = 'body.baseline.year';
    errors.push({
      field,
      code: 'baseline_after_plan',
      message: `${field}: the baseline (${body.baseline.year}) cannot be after the plan ends (${plan.endYear})`,
    });
  }
  if (body.statistic !== undefined && body.statistic !== null) {
    if (!(await repo.findStatistic(db, body.statistic))) {
      const field = 'body.statistic';
      errors.push({
        field,
        code: 'unknown_statistic',
        message: `${field}: "${body.statistic}" is not a published statistic`,
      });
    }
  }
  return resolved;
}

/** A code the plan (or, for a shared kind, any plan) already uses for the kind is refused (retired: too). */
export async function assertCodeFree(
  db: Db,
  kind: FrameworkItemKind,
  plan: PlanRow | null,
  code: string,
  exceptId: number | null,
): Promise<void> {
  const taken = (await repo.findItems(db, kind, { planId: plan?.id ?? null })).find(
    (r) => r.code === code && r.id !== exceptId,
  );
  if (taken) {
    throw conflict(
      'framework_code_taken',
      `${plan === null ? 'There is already' : `Plan ${plan.code} already has`} a ${KINDS[kind].label} "${code}"` +
        (taken.retiredAt === null ? '' : ' (retired: restore it instead)') +
        '; choose another code',
    );
  }
}

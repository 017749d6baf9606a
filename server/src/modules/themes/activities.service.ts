// The units' activities on the intersectoral themes: listed with the events each overlaps, recorded and
// changed by whoever may edit the unit's activities (theme-access.ts), checked, audited, in one transaction.
import { LANGUAGES } from '@rbm/shared';
import type {
  Activity,
  ActivityBody,
  ActivityKind,
  ActivityList,
  ActivityTexts,
  UpdateActivityBody,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import { AppError, conflict, notFound, unprocessable, type FieldError } from '../../errors.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { overlapsOf, type ScheduledActivity } from './activity-overlap.ts';
import { listUnits, themeAccess } from './theme-access.ts';
import * as repo from './themes.repository.ts';

type Scheduled = ScheduledActivity & { row: repo.ActivityRow; texts: ActivityTexts; participants: string[] };

function assemble(rows: repo.ActivityRows): Scheduled[] {
  return rows.activities.map((row) => {
    const texts: ActivityTexts = {};
    for (const t of rows.texts.filter((x) => x.activityId === row.id)) {
      texts[t.language as keyof ActivityTexts] = { title: t.title, description: t.description };
    }
    return {
      row,
      code: row.code,
      kind: row.kind,
      unit: row.unit,
      region: row.regionCode,
      startDate: row.startDate,
      endDate: row.endDate,
      themes: rows.themes.filter((t) => t.activityId === row.id).map((t) => t.code),
      texts,
      participants: rows.participants.filter((p) => p.activityId === row.id).map((p) => p.unit),
    };
  });
}

function toActivity(item: Scheduled, all: readonly Scheduled[]): Activity {
  return {
    id: item.row.id,
    code: item.code,
    kind: item.kind as ActivityKind,
    unit: item.unit,
    region: item.region,
    startDate: item.startDate,
    endDate: item.endDate,
    texts: item.texts,
    themes: [...item.themes],
    partners: JSON.parse(item.row.partners) as string[],
    participants: item.participants,
    version: item.row.version,
    sourceStatus: item.row.sourceStatus,
    overlaps: overlapsOf(item, all),
  };
}

/** Every activity, assembled (the radar reads them too). */
export async function loadActivities(ctx: ServiceContext): Promise<Activity[]> {
  const all = assemble(await repo.findActivities(ctx.db));
  return all.map((a) => toActivity(a, all));
}

export async function listActivities(
  ctx: WriteServiceContext,
  query: { theme?: string; unit?: string; kind?: ActivityKind; overlapping?: boolean },
): Promise<ActivityList> {
  const [all, access, units] = await Promise.all([
    loadActivities(ctx),
    themeAccess(ctx.db, ctx.actor),
    listUnits(ctx.db),
  ]);
  const items = all.filter(
    (a) =>
      (query.theme === undefined || a.themes.includes(query.theme)) &&
      (query.unit === undefined || a.unit === query.unit || a.participants.includes(query.unit)) &&
      (query.kind === undefined || a.kind === query.kind) &&
      (query.overlapping !== true || a.overlaps.length > 0),
  );
  return { items, mayEdit: units.some((u) => access.editsActivitiesOf(u)) };
}

export async function getActivity(ctx: ServiceContext, input: { id: number }): Promise<Activity> {
  const found = (await loadActivities(ctx)).find((a) => a.id === input.id);
  if (!found) throw notFound('Activity', input.id);
  return found;
}

const realDate = (text: string) => new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;

/** The row's fields and links, or a 422 naming every bad unit, region, theme and day. */
export async function resolveBody(db: Db, body: ActivityBody) {
  const errors: FieldError[] = [];
  const [units, regions, themes] = await Promise.all([
    listUnits(db),
    repo.findRegions(db),
    repo.findThemes(db),
  ]);
  const unitError = (field: string, unit: string) =>
    errors.push({ field, code: 'unknown_unit', message: `No unit "${unit}" (${units.join(', ')})` });
  if (!units.includes(body.unit)) unitError('body.unit', body.unit);
  body.participants.forEach((unit, i) => {
    if (!units.includes(unit)) unitError(`body.participants.${i}`, unit);
    else if (unit === body.unit) {
      const message = `${unit} runs the activity: list only the other units taking part`;
      errors.push({ field: `body.participants.${i}`, code: 'own_unit', message });
    }
  });
  const region = body.region === null ? null : regions.find((r) => r.code === body.region);
  if (region === undefined) {
    const message = `No region "${body.region}" (${regions.map((r) => r.code).join(', ')}; null for global)`;
    errors.push({ field: 'body.region', code: 'unknown_region', message });
  }
  const themeIds = body.themes.map((code, i) => {
    const theme = themes.find((t) => t.code === code);
    if (!theme) {
      errors.push({ field: `body.themes.${i}`, code: 'unknown_theme', message: `No theme "${code}"` });
    }
    return theme?.id ?? 0;
  });
  for (const field of ['startDate', 'endDate'] as const) {
    if (!realDate(body[field])) {
      const message = `${body[field]} is not a day of the calendar`;
      errors.push({ field: `body.${field}`, code: 'invalid_date', message });
    }
  }
  if (body.endDate < body.startDate) {
    const message = `The last day (${body.endDate}) is before the first (${body.startDate})`;
    errors.push({ field: 'body.endDate', code: 'end_before_start', message });
  }
  if (errors.length > 0) {
    throw unprocessable('activity_invalid', errors.map((e) => e.message).join('; '), errors);
  }
  const fields: repo.ActivityFields = {
    code: body.code,
    kind: body.kind,
    unit: body.unit,
    regionId: region?.id ?? null,
    startDate: body.startDate,
    endDate: body.endDate,
    partners: JSON.stringify(body.partners),
    sourceStatus: 'entered',
  };
  const texts = LANGUAGES.flatMap((language) => {
    const text = body.texts[language];
    return text ? [{ language, title: text.title, description: text.description }] : [];
  });
  return { fields, links: { texts, themeIds, participants: body.participants } };
}

async function requireEditor(ctx: WriteServiceContext, unit: string, what: string) {
  if (!(await themeAccess(ctx.db, ctx.actor)).editsActivitiesOf(unit)) {
    throw new AppError(403, 'out_of_scope', `${what}: ${unit}'s activities are outside your scope`);
  }
}

async function refuseTakenCode(db: Db, code: string, ownId: number | null) {
  const taken = await repo.findActivityIdByCode(db, code);
  if (taken && taken.id !== ownId)
    throw conflict('activity_taken', `An activity ${code} is already recorded`);
}

export async function createActivity(ctx: WriteServiceContext, body: ActivityBody): Promise<Activity> {
  await requireEditor(ctx, body.unit, `Recording ${body.code}`);
  const { fields, links } = await resolveBody(ctx.db, body);
  const id = await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    await refuseTakenCode(tx, body.code, null);
    const newId = await repo.insertActivity(tx, fields, ctx.now.toISOString());
    await repo.replaceActivityLinks(tx, newId, links);
    await audit({ action: 'create', entity: 'activity', entityId: newId, after: body });
    return newId;
  });
  return getActivity(ctx, { id });
}

export async function updateActivity(
  ctx: WriteServiceContext,
  input: { id: number; body: UpdateActivityBody },
): Promise<Activity> {
  const { version, ...body } = input.body;
  const before = await getActivity(ctx, { id: input.id });
  await requireEditor(ctx, before.unit, `Changing ${before.code}`);
  await requireEditor(ctx, body.unit, `Moving ${before.code} to ${body.unit}`);
  const { fields, links } = await resolveBody(ctx.db, body);
  fields.sourceStatus = before.sourceStatus;
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    await refuseTakenCode(tx, body.code, input.id);
    if (!(await repo.updateActivity(tx, input.id, version, fields, ctx.now.toISOString()))) {
      throw conflict(
        'version_conflict',
        `Someone changed ${before.code} since you loaded it (your version ${version}, now ${before.version})`,
      );
    }
    await repo.replaceActivityLinks(tx, input.id, links);
    await audit({ action: 'update', entity: 'activity', entityId: input.id, before, after: body });
  });
  return getActivity(ctx, { id: input.id });
}

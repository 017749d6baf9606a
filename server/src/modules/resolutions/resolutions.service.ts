// The resolution mapping: listed with filters, read, mapped and changed by an administrator or the
// coordinator of a linked theme (resolution-access.ts), checked, audited with before and after.
import { LANGUAGES } from '@rbm/shared';
import {
  CONFERENCES,
  RESOLUTION_SECTORS,
  type Conference,
  type Resolution,
  type ResolutionBody,
  type ResolutionEntities,
  type ResolutionList,
  type ResolutionListQuery,
  type ResolutionTitles,
  type UpdateResolutionBody,
} from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import { AppError, conflict, notFound, unprocessable, type FieldError } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { resolutionAccess, type ResolutionAccess } from './resolution-access.ts';
import * as repo from './resolutions.repository.ts';

export interface MappedResolution {
  row: repo.ResolutionRow;
  themeIds: number[];
  item: Omit<Resolution, 'mayEdit'>;
}

export const resolutionKey = (r: { conference: string; number: string }) => `${r.conference} ${r.number}`;

/** The mapping's order: conferences as listed (PP first), then numbers as numbers (70 before 123). */
export function compareResolutions(a: { conference: string; number: string }, b: typeof a): number {
  const conference =
    CONFERENCES.indexOf(a.conference as Conference) - CONFERENCES.indexOf(b.conference as Conference);
  return conference || a.number.localeCompare(b.number, 'en', { numeric: true });
}

/** Every resolution with its titles, entities and links, in the mapping's order. */
export async function loadResolutions(db: Db): Promise<MappedResolution[]> {
  const rows = await repo.findResolutions(db);
  return [...rows.resolutions].sort(compareResolutions).map((row) => {
    const titles: ResolutionTitles = {};
    for (const t of rows.titles.filter((x) => x.resolutionId === row.id)) {
      titles[t.language as keyof ResolutionTitles] = t.title;
    }
    const entities: ResolutionEntities = {};
    for (const e of rows.entities.filter((x) => x.resolutionId === row.id)) {
      entities[e.sector as keyof ResolutionEntities] = e.entity;
    }
    const themes = rows.themes.filter((t) => t.resolutionId === row.id);
    return {
      row,
      themeIds: themes.map((t) => t.themeId),
      item: {
        id: row.id,
        conference: row.conference as Conference,
        number: row.number,
        revision: row.revision,
        titles,
        entities,
        themes: themes.map((t) => t.code),
        priorities: rows.priorities
          .filter((p) => p.resolutionId === row.id)
          .map((p) => ({ plan: p.planCode, code: p.code })),
        sourceStatus: row.sourceStatus,
        version: row.version,
      },
    };
  });
}

const withAccess = (access: ResolutionAccess) => (m: MappedResolution) => ({
  ...m.item,
  mayEdit: access.edits(m.themeIds),
});

export async function listResolutions(
  ctx: WriteServiceContext,
  query: ResolutionListQuery,
): Promise<ResolutionList> {
  const [all, access] = await Promise.all([loadResolutions(ctx.db), resolutionAccess(ctx.db, ctx.actor)]);
  const items = all
    .filter(
      ({ item }) =>
        (query.conference === undefined || item.conference === query.conference) &&
        (query.sector === undefined || item.entities[query.sector] !== undefined) &&
        (query.theme === undefined || item.themes.includes(query.theme.toUpperCase())),
    )
    .map(withAccess(access));
  return { items, mayCreate: access.mayCreate };
}

export async function getResolution(ctx: WriteServiceContext, input: { id: number }): Promise<Resolution> {
  const found = (await loadResolutions(ctx.db)).find((m) => m.row.id === input.id);
  if (!found) throw notFound('Resolution', input.id);
  return withAccess(await resolutionAccess(ctx.db, ctx.actor))(found);
}

/** The row's fields and links, or a 422 naming every unknown theme and priority. */
export async function resolveResolutionBody(db: Db, body: ResolutionBody) {
  const [themes, priorities] = await Promise.all([repo.findThemes(db), repo.findPriorities(db)]);
  const errors: FieldError[] = [];
  const themeIds = body.themes.map((code, i) => {
    const theme = themes.find((t) => t.code === code.toUpperCase());
    if (!theme)
      errors.push({ field: `body.themes.${i}`, code: 'unknown_theme', message: `No theme "${code}"` });
    return theme?.id ?? 0;
  });
  const priorityIds = body.priorities.map((code, i) => {
    const priority = priorities.find((p) => p.code === code);
    if (!priority) {
      const message = `No thematic priority "${code}"`;
      errors.push({ field: `body.priorities.${i}`, code: 'unknown_priority', message });
    }
    return priority?.id ?? 0;
  });
  if (errors.length > 0) {
    throw unprocessable('resolution_invalid', errors.map((e) => e.message).join('; '), errors);
  }
  const fields: repo.ResolutionFields = {
    conference: body.conference,
    number: body.number,
    revision: body.revision,
    sourceStatus: 'entered',
  };
  const links: repo.ResolutionLinks = {
    titles: LANGUAGES.flatMap((language) => {
      const title = body.titles[language];
      return title ? [{ language, title }] : [];
    }),
    entities: RESOLUTION_SECTORS.flatMap((sector) => {
      const entity = body.entities[sector];
      return entity ? [{ sector, entity }] : [];
    }),
    themeIds,
    priorityIds: [...new Set(priorityIds)],
  };
  return { fields, links };
}

export function refuseUnlessEditor(access: ResolutionAccess, themeIds: readonly number[], what: string) {
  if (!access.edits(themeIds)) {
    throw new AppError(
      403,
      'out_of_scope',
      `${what}: only an administrator or the coordinator of a linked theme changes it`,
    );
  }
}

async function refuseTakenKey(db: Db, body: ResolutionBody, ownId: number | null) {
  const taken = await repo.findResolutionIdByKey(db, body.conference, body.number);
  if (taken && taken.id !== ownId) {
    throw conflict('resolution_taken', `Resolution ${resolutionKey(body)} is already mapped`);
  }
}

export async function createResolution(ctx: WriteServiceContext, body: ResolutionBody): Promise<Resolution> {
  const access = await resolutionAccess(ctx.db, ctx.actor);
  const { fields, links } = await resolveResolutionBody(ctx.db, body);
  refuseUnlessEditor(access, links.themeIds, `Mapping ${resolutionKey(body)}`);
  const id = await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    await refuseTakenKey(tx, body, null);
    const newId = await repo.insertResolution(tx, fields, ctx.now.toISOString());
    await repo.replaceResolutionLinks(tx, newId, links);
    await audit({ action: 'create', entity: 'resolution', entityId: newId, after: body });
    return newId;
  });
  return getResolution(ctx, { id });
}

export async function updateResolution(
  ctx: WriteServiceContext,
  input: { id: number; body: UpdateResolutionBody },
): Promise<Resolution> {
  const { version, ...body } = input.body;
  const before = (await loadResolutions(ctx.db)).find((m) => m.row.id === input.id);
  if (!before) throw notFound('Resolution', input.id);
  const access = await resolutionAccess(ctx.db, ctx.actor);
  refuseUnlessEditor(access, before.themeIds, `Changing ${resolutionKey(before.item)}`);
  const { fields, links } = await resolveResolutionBody(ctx.db, body);
  refuseUnlessEditor(access, links.themeIds, `Unlinking ${resolutionKey(before.item)} from your themes`);
  fields.sourceStatus = before.row.sourceStatus;
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    await refuseTakenKey(tx, body, input.id);
    if (!(await repo.updateResolution(tx, input.id, version, fields, ctx.now.toISOString()))) {
      throw conflict(
        'version_conflict',
        `Someone changed ${resolutionKey(before.item)} since you loaded it (your version ${version}, now ${before.row.version})`,
      );
    }
    await repo.replaceResolutionLinks(tx, input.id, links);
    await audit({
      action: 'update',
      entity: 'resolution',
      entityId: input.id,
      before: before.item,
      after: body,
    });
  });
  return getResolution(ctx, { id: input.id });
}

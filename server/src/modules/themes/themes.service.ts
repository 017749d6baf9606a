// The intersectoral themes with their coordinator and the units' focal points; appointing them (an
// administrator appoints coordinators; a coordinator, or an administrator, the focal points of the theme).
import { inFramework } from '@rbm/shared';
import type { AppointmentBody, Theme, ThemeList } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import { AppError, notFound, unprocessable } from '../../errors.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import type { ReadContext } from '../figures/figures.service.ts';
import { createLocalizer } from '../translations/localizer.ts';
import { listUnits, themeAccess } from './theme-access.ts';
import * as repo from './themes.repository.ts';

const person = (row: { username: string; displayName: string }) => ({
  username: row.username,
  name: row.displayName,
});

export async function listThemes(ctx: ReadContext): Promise<ThemeList> {
  const [themes, coordinators, focalPoints, units, t] = await Promise.all([
    repo.findThemes(ctx.db),
    repo.findCoordinators(ctx.db),
    repo.findFocalPoints(ctx.db),
    listUnits(ctx.db),
    createLocalizer(ctx.db, ctx.language, ['intersectoral_theme']),
  ]);
  // the theme list and matrix are current screens: a theme retired by now is not listed (shared/src/retired-items.ts)
  const items = inFramework(themes, ctx.now).map((theme): Theme => {
    const coordinator = coordinators.find((c) => c.themeId === theme.id);
    return {
      code: theme.code,
      name: t.text('intersectoral_theme', theme.id, 'name', theme.name),
      coordinator: coordinator ? person(coordinator) : null,
      focalPoints: focalPoints
        .filter((f) => f.themeId === theme.id)
        .sort((a, b) => units.indexOf(a.unit) - units.indexOf(b.unit))
        .map((f) => ({ unit: f.unit, person: person(f) })),
    };
  });
  return { units, items };
}

async function requireTheme(db: Db, code: string) {
  const theme = (await repo.findThemes(db)).find((t) => t.code === code.toUpperCase());
  if (!theme) throw notFound('Theme', code);
  return theme;
}

async function userIdOf(db: Db, body: AppointmentBody): Promise<number | null> {
  if (body.username === null) return null;
  const user = await repo.findActiveUser(db, body.username);
  if (!user) {
    const message = `No active user "${body.username}"`;
    throw unprocessable('unknown_user', message, [{ field: 'body.username', code: 'unknown_user', message }]);
  }
  return user.id;
}

async function themeAfter(ctx: WriteServiceContext, code: string): Promise<Theme> {
  const { items } = await listThemes({ ...ctx, language: 'en' });
  const theme = items.find((t) => t.code === code);
  if (!theme) throw notFound('Theme', code);
  return theme;
}

export async function appointThemeCoordinator(
  ctx: WriteServiceContext,
  input: { code: string; body: AppointmentBody },
): Promise<Theme> {
  const theme = await requireTheme(ctx.db, input.code);
  const userId = await userIdOf(ctx.db, input.body);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    await repo.setCoordinator(tx, theme.id, userId);
    await audit({ action: 'appoint', entity: 'theme_coordinator', entityId: theme.code, after: input.body });
  });
  return themeAfter(ctx, theme.code);
}

export async function appointThemeFocalPoint(
  ctx: WriteServiceContext,
  input: { code: string; unit: string; body: AppointmentBody },
): Promise<Theme> {
  const theme = await requireTheme(ctx.db, input.code);
  if (!(await themeAccess(ctx.db, ctx.actor)).coordinates(theme.id)) {
    throw new AppError(
      403,
      'out_of_scope',
      `Only the coordinator of ${theme.code} appoints its focal points`,
    );
  }
  const units = await listUnits(ctx.db);
  if (!units.includes(input.unit)) {
    const message = `No unit "${input.unit}" (${units.join(', ')})`;
    throw unprocessable('unknown_unit', message, [{ field: 'params.unit', code: 'unknown_unit', message }]);
  }
  const userId = await userIdOf(ctx.db, input.body);
  await auditedWrite(ctx.db, ctx, async (tx, audit) => {
    await repo.setFocalPoint(tx, theme.id, input.unit, userId);
    const entityId = `${theme.code}/${input.unit}`;
    await audit({ action: 'appoint', entity: 'theme_focal_point', entityId, after: input.body });
  });
  return themeAfter(ctx, theme.code);
}

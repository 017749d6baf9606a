// A MoU's history from the audit log: readers who may see its drafts read every record, change and
// confirmation with the fields each change set; everyone else (the Council) reads who confirmed it and when.
import { MOU_HISTORY_FIELDS, type MouHistory } from '@rbm/shared/schemas';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { entityHistory } from '../audit/audit-log.service.ts';
import { accessBySector } from '../review-scope/unit-access.service.ts';
import { getMou } from './mous.service.ts';
import * as repo from './mous.repository.ts';

/** A field's value as text, whatever shape the audit kept it in (a unit as an object or a code). */
function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(', ');
  if (typeof value === 'object') return String((value as { code?: unknown }).code ?? JSON.stringify(value));
  return String(value);
}

export async function getMouHistory(ctx: WriteServiceContext, input: { id: number }): Promise<MouHistory> {
  await getMou(ctx, input); // 404 for a reader who may not see it at all
  const row = await repo.findMouById(ctx.db, input.id);
  const drafts =
    row !== undefined && (await accessBySector(ctx.db, ctx.actor, row.planId))(row.sectorId).drafts;
  const entries = await entityHistory(ctx, { entity: 'mou', id: input.id });
  return {
    items: entries
      .filter((e) => drafts || e.action === 'confirm')
      .map((e) => {
        const before = (e.before ?? {}) as Record<string, unknown>;
        const after = (e.after ?? {}) as Record<string, unknown>;
        const changes =
          !drafts || e.action === 'confirm'
            ? []
            : MOU_HISTORY_FIELDS.filter((f) => f in after)
                .map((field) => ({
                  field,
                  before: e.action === 'create' ? null : text(before[field]),
                  after: text(after[field]),
                }))
                .filter((c) => c.before !== c.after);
        return { at: e.at, actor: e.actor, action: e.action, reason: e.reason, changes };
      }),
  };
}

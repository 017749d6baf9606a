// An item's history from the audit log, oldest first: who created, changed, moved, reordered, retired or
// restored it (here or through the framework import), when, why, and each field before and after.
import type { FrameworkItemHistory, FrameworkItemKind } from '@rbm/shared/schemas';
import type { ServiceContext } from '../../lib/service-context.ts';
import { entityHistory } from '../audit/audit-log.service.ts';
import { KINDS } from './framework-item.kinds.ts';
import { requireItem } from './framework-items.service.ts';

/** A field's value as text: a text in several languages by its English, a baseline as "value (year)". */
function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return String(value);
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string') return record.en;
  if ('value' in record && 'year' in record) return `${String(record.value)} (${String(record.year)})`;
  return JSON.stringify(value);
}

function asRecord(snapshot: unknown): Record<string, unknown> {
  return snapshot !== null && typeof snapshot === 'object' ? (snapshot as Record<string, unknown>) : {};
}

export async function getFrameworkItemHistory(
  ctx: ServiceContext,
  input: { kind: FrameworkItemKind; id: number },
): Promise<FrameworkItemHistory> {
  await requireItem(ctx.db, input.kind, input.id); // 404 for an item that does not exist
  const entries = await entityHistory(ctx, { entity: KINDS[input.kind].entity, id: input.id });
  return {
    items: entries.map((entry) => {
      const before = asRecord(entry.before);
      const after = asRecord(entry.after);
      const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
        (f) => !['kind', 'id', 'plan'].includes(f),
      );
      return {
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        reason: entry.reason,
        changes: fields
          .map((field) => ({ field, before: text(before[field]), after: text(after[field]) }))
          .filter((c) => c.before !== c.after),
      };
    }),
  };
}

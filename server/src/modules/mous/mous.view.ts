// MoU rows as API objects: readers in the owner unit's scope see the MoU as it is (a draft included);
// everyone else sees it as last confirmed (its published copy), or not at all before a first confirmation.
import { mouExpiry, type MouStatus } from '@rbm/shared/rbm';
import type { Mou } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { UnitAccess } from '../review-scope/unit-access.service.ts';
import * as repo from './mous.repository.ts';

export const today = (now: Date) => now.toISOString().slice(0, 10);

type Published = Omit<Mou, 'canEdit' | 'canConfirm' | 'expiry'>;

/** The MoU as it stands now, without the reader's rights and the expiry warning. */
function current(row: repo.MouRow, links: Awaited<ReturnType<typeof repo.findLinkCodes>>): Published {
  return {
    id: row.id,
    code: row.code,
    partner: row.partner,
    type: row.type as Mou['type'],
    signedDate: row.signedDate,
    expiryDate: row.expiryDate,
    financialAmount: row.financialAmount,
    currency: row.currency,
    strategicImplications: row.strategicImplications,
    status: row.status as MouStatus,
    sector: { code: row.sectorCode, name: row.sectorName },
    region: row.regionCode,
    priorities: links.priorities.filter((l) => l.mouId === row.id).map((l) => l.code),
    themes: links.themes.filter((l) => l.mouId === row.id).map((l) => l.code),
    state: row.state as Mou['state'],
    confirmedBy: row.confirmerName,
    confirmedAt: row.confirmedAt,
    version: row.version,
  };
}

/** What a reviewer's confirmation publishes: the MoU as it stands once confirmed. */
export async function publishedCopy(db: Db, row: repo.MouRow): Promise<string> {
  return JSON.stringify(current(row, await repo.findLinkCodes(db, [row.id])));
}

/** The MoUs each reader may see, in the order of the rows. */
export async function toMous(
  db: Db,
  rows: readonly repo.MouRow[],
  access: (sectorId: number) => UnitAccess,
  now: Date,
): Promise<Mou[]> {
  const links = await repo.findLinkCodes(
    db,
    rows.map((r) => r.id),
  );
  return rows.flatMap((row) => {
    const a = access(row.sectorId);
    const seen: Published | null = a.drafts
      ? current(row, links)
      : row.published === null
        ? null
        : ({ ...(JSON.parse(row.published) as Published), id: row.id } satisfies Published);
    if (seen === null) return [];
    return [{ ...seen, expiry: mouExpiry(seen, today(now)), canEdit: a.edit, canConfirm: a.confirm }];
  });
}

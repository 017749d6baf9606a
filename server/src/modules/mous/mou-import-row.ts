// One row of the MoU sheet read into a MoU's fields, or its first bad cell with the reason (the import's
// parser; mou-import.service.ts compares and writes).
import { MOU_STATUSES, MOU_TYPES } from '@rbm/shared/rbm';
import type { MOU_SHEET_HEADERS } from '@rbm/shared/schemas';
import { type MouImportProblem } from '@rbm/shared/schemas';
import type { PlanRow } from '../../db/schema.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import type { Table } from '../imports/spreadsheet.ts';
import * as repo from './mous.repository.ts';

const CODE = /^[A-Za-z0-9._-]{1,40}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;
const realDate = (text: string) =>
  DAY.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
const list = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
export const cellText = (cell: Table[number][number] | undefined) =>
  cell === null || cell === undefined ? '' : String(cell).trim();
type Header = (typeof MOU_SHEET_HEADERS)[number];
type Problem = { code: MouImportProblem['code']; column: Header; message: string };
const bad = (code: Problem['code'], column: Header, message: string): Problem => ({ code, column, message });

export interface Parsed {
  fields: repo.MouFields;
  links: { priorityIds: number[]; themeIds: number[] };
  facts: Record<string, unknown>;
  /** The row's cells as the export writes them, to compare with the MoU. */
  cells: string[];
}
export interface Lookups {
  sectors: Map<string, number>;
  regions: Map<string, number>;
}

/** One row's MoU, or the first bad cell with its reason. */
export async function parseRow(
  ctx: WriteServiceContext,
  plan: PlanRow,
  values: string[],
  lookups: Lookups,
): Promise<Parsed | Problem> {
  const at = (i: number) => values[i] ?? '';
  const [code, partner, type, signedDate, expiry, amountText, currencyText, strategic, status] = values.map(
    (_, i) => at(i),
  );
  const [unit, regionCode] = [at(9), at(10)];
  if (!CODE.test(code ?? '')) {
    return bad(
      'code_invalid',
      'Code',
      `Code "${code}" must be 1-40 letters, digits, dots, dashes or underscores`,
    );
  }
  if (!partner || partner.length > 300) {
    return bad('partner_missing', 'Partner', 'The partner is required (at most 300 characters)');
  }
  if (!(MOU_TYPES as readonly string[]).includes(type ?? '')) {
    return bad('choice_unknown', 'Type', `Type "${type}" is not one of ${MOU_TYPES.join(', ')}`);
  }
  if (!(MOU_STATUSES as readonly string[]).includes(status ?? '')) {
    return bad('choice_unknown', 'Status', `Status "${status}" is not one of ${MOU_STATUSES.join(', ')}`);
  }
  if (!realDate(signedDate ?? '')) {
    return bad('date_invalid', 'Signed date', `Signed date "${signedDate}" is not a day (YYYY-MM-DD)`);
  }
  const expiryDate = expiry === '' ? null : (expiry ?? null);
  if (expiryDate !== null && (!realDate(expiryDate) || expiryDate < (signedDate ?? ''))) {
    return bad(
      'date_invalid',
      'Expiry date',
      `Expiry date "${expiryDate}" must be a day (YYYY-MM-DD) on or after the signed date`,
    );
  }
  const amount = amountText === '' ? null : Number(amountText);
  if (amount !== null && (!Number.isFinite(amount) || amount < 0 || amount > 1e12)) {
    return bad('amount_invalid', 'Amount', `Amount "${amountText}" is not a number from 0 to 10^12`);
  }
  const currency = currencyText === '' ? null : (currencyText ?? null);
  if (currency !== null && !CURRENCY.test(currency)) {
    return bad('amount_without_currency', 'Currency', `Currency "${currency}" is not a code like CHF`);
  }
  if ((amount === null) !== (currency === null)) {
    return bad(
      'amount_without_currency',
      'Currency',
      'A financial implication needs both an amount and a currency',
    );
  }
  if ((strategic ?? '').length > 2000) {
    return bad('partner_missing', 'Strategic implications', 'At most 2000 characters');
  }
  const sectorId = lookups.sectors.get(unit);
  if (sectorId === undefined) return bad('sector_unknown', 'Owner unit', `No owner unit "${unit}"`);
  const regionId = regionCode === '' ? null : lookups.regions.get(regionCode);
  if (regionId === undefined) return bad('region_unknown', 'Region', `No region "${regionCode}"`);
  const codes = { priorities: list(at(11)), themes: list(at(12)) };
  const targets = await repo.findLinkTargets(ctx.db, plan.id, codes);
  for (const [kind, column] of [
    ['priorities', 'Priorities'],
    ['themes', 'Themes'],
  ] as const) {
    const unknown = codes[kind].filter((c) => !targets[kind].some((t) => t.code === c));
    if (unknown.length > 0)
      return bad('link_unknown', column, `Not known in ${plan.code}: ${unknown.join(', ')}`);
  }
  const fields: repo.MouFields = {
    code: code ?? '',
    partner,
    type: type ?? '',
    signedDate: signedDate ?? '',
    expiryDate,
    financialAmount: amount,
    currency,
    strategicImplications: strategic === '' ? null : (strategic ?? null),
    sectorId,
    regionId,
    status: status ?? '',
    proposedBy: ctx.actor.userId,
  };
  const cells = [
    ...values.slice(0, 5),
    amount === null ? '' : String(amount),
    ...values.slice(6, 11),
    codes.priorities.join(', '),
    codes.themes.join(', '),
  ];
  return {
    fields,
    links: {
      priorityIds: codes.priorities.map((c) => targets.priorities.find((t) => t.code === c)?.id ?? 0),
      themeIds: codes.themes.map((c) => targets.themes.find((t) => t.code === c)?.id ?? 0),
    },
    facts: { ...fields, proposedBy: undefined, sector: unit, region: regionCode || null, ...codes },
    cells,
  };
}

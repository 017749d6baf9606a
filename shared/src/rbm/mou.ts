// The MoU register's rules (issue 15): types, statuses, and the expiry warning. Pure.

export const MOU_TYPES = [
  'memorandum_of_understanding',
  'cooperation_agreement',
  'letter_of_intent',
  'framework_agreement',
] as const;
export const MOU_STATUSES = ['under_negotiation', 'active', 'expired', 'terminated'] as const;
export type MouStatus = (typeof MOU_STATUSES)[number];
export const MOU_STATES = ['draft', 'confirmed'] as const;

/** An active MoU expiring within this many days is flagged. */
export const MOU_EXPIRY_WARNING_DAYS = 90;

export type MouExpiry = 'expired' | 'expiring' | null;

/** Whether an active MoU has run past its expiry date, or expires within the warning days (the day counts). */
export function mouExpiry(m: { status: MouStatus; expiryDate: string | null }, today: string): MouExpiry {
  if (m.status !== 'active' || m.expiryDate === null) return null;
  if (m.expiryDate < today) return 'expired';
  const days = (Date.parse(`${m.expiryDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= MOU_EXPIRY_WARNING_DAYS ? 'expiring' : null;
}

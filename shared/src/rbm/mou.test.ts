import { describe, expect, it } from 'vitest';
import { mouExpiry } from './mou.ts';

describe('MoU expiry warning', () => {
  it('warns for an active MoU within 90 days of its expiry, and names one past it', () => {
    const today = '2026-11-23';
    expect(mouExpiry({ status: 'active', expiryDate: '2027-02-21' }, today)).toBe('expiring'); // 90 days
    expect(mouExpiry({ status: 'active', expiryDate: '2027-02-22' }, today)).toBeNull(); // 91 days
    expect(mouExpiry({ status: 'active', expiryDate: '2026-11-23' }, today)).toBe('expiring');
    expect(mouExpiry({ status: 'active', expiryDate: '2026-11-22' }, today)).toBe('expired');
  });

  it('never warns for a MoU that is not active or has no expiry date', () => {
    expect(mouExpiry({ status: 'terminated', expiryDate: '2026-11-22' }, '2026-11-23')).toBeNull();
    expect(mouExpiry({ status: 'active', expiryDate: null }, '2026-11-23')).toBeNull();
  });
});

// The reminder sweep on a clock the test moves: nothing before the reminder window, a "due soon" notice
// in it, a "passed" one after the due day, none for a submitted quarter, each once however often the
// sweep runs; the weekly digest once per ISO week for those who asked. Without a mail server nothing
// waits to be e-mailed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { createUser } from '../../../test/factories.ts';
import { isoWeek } from './notifications.sweep.ts';

let ctx: TestContext;
let now: Date;
const ids: Record<string, number> = {};

// A fresh database and clock for every test: each one moves the clock through what it needs, so none
// depends on another having run first.
beforeEach(async () => {
  now = new Date('2026-10-05T09:00:00Z');
  ctx = await buildTestApp({ demo: false, now, clock: () => now });
  ids.kap = await createUser(ctx.db, {
    username: 'kap',
    role: 'planner',
    email: 'kap@example.org',
    priorities: ['KAP-2'],
  });
  ids.sector = await createUser(ctx.db, { username: 'itud', role: 'planner', sectors: ['ITU-D'] });
  ids.gone = await createUser(ctx.db, {
    username: 'gone',
    role: 'planner',
    priorities: ['KAP-2'],
    active: false,
  });
  ids.reviewer = await createUser(ctx.db, { username: 'rev', role: 'reviewer', sectors: ['ITU-D'] });
  // KAP-1's 2026-Q3 is submitted: its planners are not reminded.
  const kap1 = await ctx.db
    .selectFrom('thematicPriority')
    .select('id')
    .where('code', '=', 'KAP-1')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('quarterlyReview')
    .values({
      priorityId: kap1.id,
      period: '2026-Q3',
      status: 'submitted',
      submittedAt: '2026-10-01T00:00:00Z',
      updatedAt: '2026-10-01T00:00:00Z',
    })
    .execute();
});
afterEach(async () => ctx.close());

const notices = (userId: number) =>
  ctx.db
    .selectFrom('notification')
    .select(['kind', 'subject', 'occasion', 'mailState', 'inInbox'])
    .where('userId', '=', userId)
    .orderBy('id')
    .execute();

describe('the reminder sweep', () => {
  it('says nothing before the reminder window (7 days before 15 October)', async () => {
    expect(await ctx.app.notifier.sweep()).toEqual({ reminders: 0, digests: 0, sent: 0 });
  });

  it('reminds the planners of every unsubmitted priority once in the window', async () => {
    now = new Date('2026-10-08T00:00:00Z');
    const first = await ctx.app.notifier.sweep();
    expect(first.reminders).toBeGreaterThan(0);
    expect(await notices(ids.kap ?? 0)).toEqual([
      {
        kind: 'deadline_soon',
        subject: 'SP-2024-2027/KAP-2',
        occasion: '2026-Q3@2026-10-15',
        mailState: 'none', // no mail server: the inbox alone
        inInbox: 1,
      },
    ]);
    const sector = await notices(ids.sector ?? 0);
    expect(sector.map((n) => n.subject)).toContain('SP-2024-2027/KAP-2');
    expect(sector.map((n) => n.subject)).not.toContain('SP-2024-2027/KAP-1');
    expect(sector.map((n) => n.subject)).not.toContain('SP-2024-2027/R-SPA');
    expect(await notices(ids.gone ?? 0)).toEqual([]);
    expect(await notices(ids.reviewer ?? 0)).toEqual([]);

    now = new Date('2026-10-12T00:00:00Z');
    expect((await ctx.app.notifier.sweep()).reminders).toBe(0);
  });

  it('reminds them again once the due day has passed, once', async () => {
    now = new Date('2026-10-08T00:00:00Z');
    expect((await ctx.app.notifier.sweep()).reminders).toBeGreaterThan(0); // "due soon"
    now = new Date('2026-10-15T23:59:00Z');
    expect((await ctx.app.notifier.sweep()).reminders).toBe(0); // the due day itself is still on time
    now = new Date('2026-10-16T00:00:00Z');
    expect((await ctx.app.notifier.sweep()).reminders).toBeGreaterThan(0);
    now = new Date('2026-11-23T09:00:00Z');
    expect((await ctx.app.notifier.sweep()).reminders).toBe(0);
    expect((await notices(ids.kap ?? 0)).map((n) => n.kind)).toEqual(['deadline_soon', 'deadline_passed']);
  });
});

describe('the weekly digest', () => {
  it('goes once per ISO week to those who chose it', async () => {
    now = new Date('2026-11-23T09:00:00Z');
    await ctx.db
      .insertInto('notificationPreference')
      .values({ userId: ids.reviewer ?? 0, kind: 'weekly_digest', inbox: 1, email: 0 })
      .execute();
    expect((await ctx.app.notifier.sweep()).digests).toBe(1);
    expect((await ctx.app.notifier.sweep()).digests).toBe(0);
    now = new Date('2026-11-30T06:00:00Z');
    expect((await ctx.app.notifier.sweep()).digests).toBe(1);
    const digests = await ctx.db
      .selectFrom('notification')
      .select(['occasion', 'paramsJson'])
      .where('kind', '=', 'weekly_digest')
      .orderBy('id')
      .execute();
    expect(digests.map((d) => d.occasion)).toEqual(['2026-W48', '2026-W49']);
    // The reviewer's Sector has one submitted quarter (KAP-1) waiting.
    expect(JSON.parse(digests[0]?.paramsJson ?? '{}')).toEqual({
      digest: { overdue: 0, waiting: 1, unread: 0 },
    });
  });

  it('names weeks as ISO 8601 does, across the turn of a year', () => {
    expect(isoWeek(new Date('2026-11-23T00:00:00Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2027-01-04T00:00:00Z'))).toBe('2027-W01');
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
  });
});

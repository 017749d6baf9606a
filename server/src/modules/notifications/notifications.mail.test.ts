// Reminder e-mails through a real SMTP server started by the test: an overdue quarter's planners get
// their reminder in their own language (French, Arabic), the inbox shows it, and neither a second sweep
// nor two server instances sweeping at once send anything twice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotificationList } from '@rbm/shared/schemas';
import type { AppInstance } from '../../app-instance.ts';
import { buildApp } from '../../app.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { createApiToken, createUser } from '../../../test/factories.ts';
import { startSmtpInbox, type SmtpInbox } from '../../../test/smtp-inbox.ts';
import type { NotifierSettings } from './notifier.ts';

// 2026-Q3 was due on 15 October 2026: on 23 November it is overdue.
const NOW = new Date('2026-11-23T09:00:00Z');
let smtp: SmtpInbox;
let ctx: TestContext;
let settings: NotifierSettings;
const tokens = new Map<string, string>();

// A fresh database and mail server for every test: each one sends what it needs first, so none depends
// on another having run before it.
beforeEach(async () => {
  smtp = await startSmtpInbox();
  settings = {
    smtpUrl: smtp.url,
    mailFrom: 'RBM dashboard <rbm@example.org>',
    reminderDaysBefore: 7,
    sweepEveryMinutes: 60,
    publicUrl: 'https://rbm.example.org',
  };
  // No demo values: every quarter of the plan is open, so the test knows who owes what.
  ctx = await buildTestApp({ demo: false, now: NOW, notifications: settings });
  const users = [
    { username: 'amelie', language: 'fr', email: 'amelie@example.org', priorities: ['KAP-2'] },
    { username: 'karim', language: 'ar', email: 'karim@example.org', priorities: ['R-SPA'] },
  ];
  tokens.clear();
  for (const user of users) {
    const id = await createUser(ctx.db, { ...user, role: 'planner' });
    tokens.set(user.username, await createApiToken(ctx.db, id));
  }
});
afterEach(async () => {
  await ctx.close();
  await smtp.close();
});

/** The reminders of the overdue quarter sent once, to Amélie (KAP-2) and Karim (R-SPA). */
async function firstSweep() {
  expect((await ctx.app.notifier.sweep()).sent).toBe(2);
}

async function addOlga() {
  const id = await createUser(ctx.db, {
    username: 'olga',
    role: 'planner',
    language: 'ru',
    email: 'olga@example.org',
    priorities: ['T-STD'],
  });
  tokens.set('olga', await createApiToken(ctx.db, id));
}

const mailTo = (address: string) => smtp.received.filter((m) => m.to.includes(address));

async function inboxOf(username: string): Promise<NotificationList> {
  const res = await ctx.app.inject({
    url: '/api/notifications',
    headers: { authorization: `Bearer ${tokens.get(username)}` },
  });
  expect(res.statusCode).toBe(200);
  return res.json<NotificationList>();
}

describe('reminder e-mails for an overdue quarter', () => {
  it('arrive in French and in Arabic, subject and body', async () => {
    const result = await ctx.app.notifier.sweep();
    expect(result.sent).toBe(2);

    const [french] = mailTo('amelie@example.org');
    expect(mailTo('amelie@example.org')).toHaveLength(1);
    expect(french?.from).toBe('rbm@example.org');
    expect(french?.language).toBe('fr');
    expect(french?.subject).toBe('En retard : KAP-2, 2026-Q3');
    expect(french?.text).toContain('pour 2026-Q3 étaient à remettre le 15 octobre 2026');
    expect(french?.text).toContain("Le trimestre n'est toujours pas soumis.");
    expect(french?.text).toContain('Ouvrir : https://rbm.example.org/plans/SP-2024-2027/entry/KAP-2/2026-Q3');

    const [arabic] = mailTo('karim@example.org');
    expect(mailTo('karim@example.org')).toHaveLength(1);
    expect(arabic?.language).toBe('ar');
    // A left-to-right mark keeps "2026-Q3" in its order inside the Arabic sentence.
    expect(arabic?.subject).toBe('متأخر: R-SPA، \u200e2026-Q3');
    expect(arabic?.text).toContain('للفترة \u200e2026-Q3 مستحقة في 15 أكتوبر 2026');
    expect(arabic?.text).toContain('ولم يُقدَّم الربع حتى الآن');
    expect(arabic?.text).toContain('افتح: https://rbm.example.org/plans/SP-2024-2027/entry/R-SPA/2026-Q3');
  });

  it('are in the inbox too, unread, with the quarter they concern', async () => {
    await firstSweep();
    const inbox = await inboxOf('amelie');
    expect(inbox.unread).toBe(1);
    expect(inbox.items).toEqual([
      expect.objectContaining({
        kind: 'deadline_passed',
        read: false,
        plan: 'SP-2024-2027',
        priority: expect.objectContaining({ code: 'KAP-2' }),
        period: '2026-Q3',
        dueDate: '2026-10-15',
      }),
    ]);
    expect((await inboxOf('karim')).items.map((n) => [n.kind, n.priority?.code])).toEqual([
      ['deadline_passed', 'R-SPA'],
    ]);
  });

  it('are not sent again by a second sweep, nor by two server instances sweeping at once', async () => {
    await firstSweep();
    const before = smtp.received.length;
    expect(await ctx.app.notifier.sweep()).toEqual({ reminders: 0, digests: 0, sent: 0 });

    // A second instance on the same database, as behind a load balancer or after a restart.
    const other: AppInstance = await buildApp({
      db: ctx.db,
      clientDist: null,
      now: () => NOW,
      notifications: settings,
    });
    await other.ready();
    try {
      const results = await Promise.all([ctx.app.notifier.sweep(), other.notifier.sweep()]);
      expect(results.map((r) => r.sent)).toEqual([0, 0]);
    } finally {
      await other.close();
    }
    expect(smtp.received.length).toBe(before);
    expect((await inboxOf('amelie')).total).toBe(1);
    const rows = await ctx.db
      .selectFrom('notification')
      .select(['kind', 'mailState'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { kind: 'deadline_passed', mailState: 'sent' },
      { kind: 'deadline_passed', mailState: 'sent' },
    ]);
  });

  it('races for a new event: two instances recording and sending it at once send it once', async () => {
    await firstSweep();
    await addOlga();
    const other = await buildApp({ db: ctx.db, clientDist: null, now: () => NOW, notifications: settings });
    await other.ready();
    try {
      const results = await Promise.all([ctx.app.notifier.sweep(), other.notifier.sweep()]);
      expect(results.reduce((sum, r) => sum + r.reminders, 0)).toBe(1);
      expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(1);
    } finally {
      await other.close();
    }
    const russian = mailTo('olga@example.org');
    expect(russian.map((m) => m.subject)).toEqual(['Просрочено: T-STD, 2026-Q3']);
  });

  it('claims each e-mail: two instances delivering the same pending e-mail at once send it once', async () => {
    await addOlga();
    expect((await ctx.app.notifier.sweep()).sent).toBe(3);
    // A notice recorded but not yet e-mailed (its process stopped before sending), found by both.
    const olga = await ctx.db
      .selectFrom('notification')
      .innerJoin('appUser', 'appUser.id', 'notification.userId')
      .select('notification.id')
      .where('appUser.username', '=', 'olga')
      .executeTakeFirstOrThrow();
    await ctx.db
      .updateTable('notification')
      .set({ mailState: 'pending' })
      .where('id', '=', olga.id)
      .execute();
    const other = await buildApp({ db: ctx.db, clientDist: null, now: () => NOW, notifications: settings });
    await other.ready();
    try {
      const sent = await Promise.all([ctx.app.notifier.deliver(), other.notifier.deliver()]);
      expect(sent[0] + sent[1]).toBe(1);
    } finally {
      await other.close();
    }
    expect(mailTo('olga@example.org')).toHaveLength(2);
  });

  it('keeps an e-mail the mail server did not take, and sends it at the next try', async () => {
    await firstSweep();
    const karim = await ctx.db
      .selectFrom('notification')
      .innerJoin('appUser', 'appUser.id', 'notification.userId')
      .select(['notification.id', 'notification.mailAttempts'])
      .where('appUser.username', '=', 'karim')
      .executeTakeFirstOrThrow();
    await ctx.db
      .updateTable('notification')
      .set({ mailState: 'pending' })
      .where('id', '=', karim.id)
      .execute();
    // Nothing listens on port 1: the connection is refused.
    const down = await buildApp({
      db: ctx.db,
      clientDist: null,
      now: () => NOW,
      notifications: { ...settings, smtpUrl: 'smtp://127.0.0.1:1' },
    });
    await down.ready();
    try {
      expect(await down.notifier.deliver()).toBe(0);
    } finally {
      await down.close();
    }
    const kept = await ctx.db
      .selectFrom('notification')
      .select(['mailState', 'mailAttempts'])
      .where('id', '=', karim.id)
      .executeTakeFirstOrThrow();
    expect(kept).toEqual({ mailState: 'pending', mailAttempts: karim.mailAttempts + 1 });
    expect(await ctx.app.notifier.deliver()).toBe(1);
    expect(mailTo('karim@example.org')).toHaveLength(2);
  });
});

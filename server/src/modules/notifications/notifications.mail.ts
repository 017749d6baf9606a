// E-mail: each notice written in its recipient's stored language and sent through the configured SMTP
// server. The notice row is the outbox: a process claims a pending e-mail before sending it, so two
// server processes never send the same one; one that fails goes back to pending, up to MAX_ATTEMPTS.
import { LANGUAGES, type Language } from '@rbm/shared';
import type { NotificationKind } from '@rbm/shared/schemas';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../db/connection.ts';
import { createLocalizer } from '../translations/localizer.ts';
import type { NoticeParams } from './notifications.kinds.ts';
import { fill, MAIL_WORDS } from './notifications.messages.ts';
import * as repo from './notifications.repository.ts';

const MAX_ATTEMPTS = 5;
/** An e-mail not sent within two days is no longer news: it is dropped (the inbox keeps the notice). */
const MAIL_FRESH_MS = 2 * 24 * 60 * 60 * 1000;
const BATCH = 100;

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  language: Language;
}

export interface MailSettings {
  smtpUrl: string;
  from: string;
}

export class Mailer {
  private readonly transport: Transporter;

  constructor(private readonly settings: MailSettings) {
    this.transport = nodemailer.createTransport(settings.smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.settings.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      headers: { 'Content-Language': message.language },
    });
  }

  close(): void {
    this.transport.close();
  }
}

const asLanguage = (value: string): Language =>
  (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : 'en';

function formatDay(day: string | undefined, language: Language): string {
  if (day === undefined) return '';
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** Where a notice's link leads in the app. */
export function noticePath(
  kind: NotificationKind,
  plan: string,
  priority: string | null,
  period: string | null,
) {
  if (priority === null || period === null) return kind === 'weekly_digest' ? '/inbox' : `/plans/${plan}`;
  const page = kind === 'review_waiting' || kind === 'review_approved' ? 'reviews' : 'entry';
  return `/plans/${plan}/${page}/${priority}/${period}`;
}

/** The e-mail of one notice, in its recipient's language. */
async function renderMail(
  db: Db,
  notice: repo.NoticeRow,
  user: { email: string; language: string },
  publicUrl: string,
): Promise<MailMessage> {
  const language = asLanguage(user.language);
  const words = MAIL_WORDS[language];
  const kind = notice.kind as NotificationKind;
  const params = JSON.parse(notice.paramsJson) as NoticeParams;
  const [priority] = await repo.findPriorityNames(db, notice.priorityId === null ? [] : [notice.priorityId]);
  const t = await createLocalizer(db, language, ['thematic_priority']);
  const name = priority ? t.text('thematic_priority', priority.id, 'name', priority.name).text : '';
  // In Arabic a period such as 2026-Q3 keeps its order only with a left-to-right mark before it.
  const ltr = (text: string) => (language === 'ar' && text !== '' ? `\u200e${text}` : text);
  const values = {
    period: ltr(notice.period ?? ''),
    date: formatDay(params.dueDate, language),
    count: params.returnedKpis?.length ?? 0,
    kpis: ltr((params.returnedKpis ?? []).join(', ')),
    overdue: params.digest?.overdue ?? 0,
    waiting: params.digest?.waiting ?? 0,
    unread: params.digest?.unread ?? 0,
    link: `${publicUrl}${noticePath(kind, notice.planCode, priority?.code ?? null, notice.period)}`,
    settings: `${publicUrl}/inbox/settings`,
  };
  const subject = fill(words.subject[kind], { ...values, priority: priority?.code ?? '' });
  const body = fill(words.body[kind], { ...values, priority: priority ? `${name} (${priority.code})` : '' });
  const text = [body, '', fill(words.open, values), '', '--', fill(words.settings, values), ''].join('\n');
  return { to: user.email, subject, text, language };
}

export interface DeliveryLog {
  error: (line: string) => void;
}

/** Sends every pending e-mail this process can claim; returns how many went out. */
export async function deliverPendingMail(
  db: Db,
  mailer: Mailer | null,
  publicUrl: string,
  now: Date,
  log: DeliveryLog,
): Promise<number> {
  const stamp = now.toISOString();
  if (mailer === null) {
    await repo.dropPendingMail(db, 'none', null, stamp);
    return 0;
  }
  await repo.dropPendingMail(db, 'expired', new Date(now.getTime() - MAIL_FRESH_MS).toISOString(), stamp);
  let sent = 0;
  for (;;) {
    const pending = await repo.findPendingMail(db, BATCH);
    if (pending.length === 0) return sent;
    for (const notice of pending) {
      if (!(await repo.claimMail(db, notice.id, stamp))) continue;
      const user = await repo.findUser(db, notice.userId);
      if (!user?.email) {
        await repo.setMailState(db, notice.id, 'none', stamp);
        continue;
      }
      try {
        await mailer.send(
          await renderMail(db, notice, { email: user.email, language: user.language }, publicUrl),
        );
        await repo.setMailState(db, notice.id, 'sent', stamp);
        sent += 1;
      } catch (error) {
        const attempts = notice.mailAttempts + 1;
        const state = attempts >= MAX_ATTEMPTS ? 'failed' : 'pending';
        await repo.setMailState(db, notice.id, state, stamp);
        log.error(
          `E-mail of notice ${notice.id} not sent (attempt ${attempts}): ${(error as Error).message}`,
        );
        if (state === 'pending') return sent; // the server is down: try again at the next sweep
      }
    }
  }
}

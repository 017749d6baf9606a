// The running side of notifications: the reminder sweep on a timer (and at start), and the delivery of
// pending e-mails after each sweep and after each change to a review. Work is serialised in one process;
// across processes the event keys and the claim on each e-mail keep everything single.
import type { Db } from '../../db/connection.ts';
import type { MeasurementStore } from '../figures/figures.service.ts';
import { deliverPendingMail, Mailer } from './notifications.mail.ts';
import { sweepNotices, type SweepResult } from './notifications.sweep.ts';

export interface NotifierSettings {
  smtpUrl: string | null;
  mailFrom: string;
  reminderDaysBefore: number;
  sweepEveryMinutes: number;
  /** The address e-mails link to. */
  publicUrl: string;
}

export const DEFAULT_NOTIFIER_SETTINGS: NotifierSettings = Object.freeze({
  smtpUrl: null,
  mailFrom: '',
  reminderDaysBefore: 7,
  sweepEveryMinutes: 60,
  publicUrl: 'http://127.0.0.1:3000',
});

export interface NotifierLog {
  info: (line: string) => void;
  error: (line: string) => void;
}

export interface NotifierDeps {
  db: Db;
  measurements: MeasurementStore;
  now: () => Date;
  log: NotifierLog;
}

/** The one line start-up prints about e-mail. */
export function mailStatusLine(settings: NotifierSettings): string {
  if (settings.smtpUrl === null) {
    return 'E-mail:                   off (no RBM_SMTP_URL); notices go to the in-app inbox only';
  }
  const host = new URL(settings.smtpUrl).host;
  return `E-mail:                   through ${host} from ${settings.mailFrom}; reminders every ${settings.sweepEveryMinutes} min`;
}

export class Notifier {
  readonly mailer: Mailer | null;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: NotifierDeps,
    readonly settings: NotifierSettings,
  ) {
    this.mailer =
      settings.smtpUrl === null ? null : new Mailer({ smtpUrl: settings.smtpUrl, from: settings.mailFrom });
  }

  get mailConfigured(): boolean {
    return this.mailer !== null;
  }

  /** Runs after whatever work is under way (one at a time in this process); rejects if it fails. */
  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** For timers and hooks: a failure is logged, and the next sweep tries again. */
  private background(work: Promise<unknown>): void {
    work.catch((error: unknown) => this.deps.log.error(`Notifications: ${(error as Error).message}`));
  }

  /** Sends the pending e-mails (or, without a mail server, marks them as not to be sent). */
  deliver(): Promise<number> {
    const { db, now, log } = this.deps;
    return this.serialise(() => deliverPendingMail(db, this.mailer, this.settings.publicUrl, now(), log));
  }

  /** Delivers in the background (after a change to a review has been answered). */
  deliverSoon(): void {
    this.background(this.deliver());
  }

  /** Records the reminders and digests due now, then sends their e-mails. */
  sweep(): Promise<SweepResult & { sent: number }> {
    return this.serialise(async () => {
      const result = await sweepNotices({
        db: this.deps.db,
        measurements: this.deps.measurements,
        now: this.deps.now(),
        reminderDaysBefore: this.settings.reminderDaysBefore,
      });
      const sent = await deliverPendingMail(
        this.deps.db,
        this.mailer,
        this.settings.publicUrl,
        this.deps.now(),
        this.deps.log,
      );
      if (result.reminders + result.digests + sent > 0) {
        this.deps.log.info(
          `Notifications: ${result.reminders} reminders, ${result.digests} digests recorded; ${sent} e-mails sent`,
        );
      }
      return { ...result, sent };
    });
  }

  /** A sweep now and then every `sweepEveryMinutes`. */
  start(): void {
    if (this.timer !== null) return;
    this.background(this.sweep());
    this.timer = setInterval(() => this.background(this.sweep()), this.settings.sweepEveryMinutes * 60_000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.queue;
    this.mailer?.close();
  }
}

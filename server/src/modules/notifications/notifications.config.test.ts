// Notification settings from the environment: the inbox alone by default, e-mail once RBM_SMTP_URL and
// RBM_MAIL_FROM are set, one clear line for each wrong value; and the one line start-up prints about it.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { DEFAULT_NOTIFIER_SETTINGS, mailStatusLine } from './notifier.ts';

describe('notification settings', () => {
  it('default to the inbox alone, reminders 7 days ahead, a sweep every hour', () => {
    expect(loadConfig({}).notifications).toEqual({
      smtpUrl: null,
      mailFrom: '',
      reminderDaysBefore: 7,
      sweepEveryMinutes: 60,
      publicUrl: null,
    });
  });

  it('read RBM_SMTP_URL, RBM_MAIL_FROM, RBM_REMINDER_DAYS, RBM_SWEEP_MINUTES and RBM_PUBLIC_URL', () => {
    const config = loadConfig({
      RBM_SMTP_URL: 'smtps://rbm:secret@mail.example.org:465',
      RBM_MAIL_FROM: 'RBM <rbm@example.org>',
      RBM_REMINDER_DAYS: '3',
      RBM_SWEEP_MINUTES: '15',
      RBM_PUBLIC_URL: 'https://rbm.example.org',
    });
    expect(config.notifications).toEqual({
      smtpUrl: 'smtps://rbm:secret@mail.example.org:465',
      mailFrom: 'RBM <rbm@example.org>',
      reminderDaysBefore: 3,
      sweepEveryMinutes: 15,
      publicUrl: 'https://rbm.example.org',
    });
  });

  it('stop at a wrong value with one line saying what to set', () => {
    expect(() => loadConfig({ RBM_SMTP_URL: 'mail.example.org' })).toThrow(
      'RBM_SMTP_URL is not a URL: "mail.example.org"',
    );
    expect(() => loadConfig({ RBM_SMTP_URL: 'http://mail.example.org', RBM_MAIL_FROM: 'a@b' })).toThrow(
      'RBM_SMTP_URL must start with smtp:// or smtps://, not "http:"',
    );
    expect(() => loadConfig({ RBM_SMTP_URL: 'smtp://mail.example.org' })).toThrow(
      'RBM_SMTP_URL needs RBM_MAIL_FROM, the sender address (e.g. rbm@example.org)',
    );
    expect(() => loadConfig({ RBM_REMINDER_DAYS: '0' })).toThrow(
      'RBM_REMINDER_DAYS must be a whole number from 1 to 60, not "0"',
    );
    expect(() => loadConfig({ RBM_SWEEP_MINUTES: 'often' })).toThrow(
      'RBM_SWEEP_MINUTES must be a whole number from 1 to 1440, not "often"',
    );
  });

  it('start-up says in one line whether e-mail goes out, without the password', () => {
    expect(mailStatusLine(DEFAULT_NOTIFIER_SETTINGS)).toBe(
      'E-mail:                   off (no RBM_SMTP_URL); notices go to the in-app inbox only',
    );
    const line = mailStatusLine({
      ...DEFAULT_NOTIFIER_SETTINGS,
      smtpUrl: 'smtps://rbm:secret@mail.example.org:465',
      mailFrom: 'rbm@example.org',
    });
    expect(line).toBe(
      'E-mail:                   through mail.example.org:465 from rbm@example.org; reminders every 60 min',
    );
    expect(line).not.toContain('secret');
  });
});

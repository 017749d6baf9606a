import type { Notification } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import { formatDay, noticeView } from './notice-view.ts';

const base: Notification = {
  id: 1,
  kind: 'deadline_passed',
  createdAt: '2026-11-23T09:00:00.000Z',
  read: false,
  plan: 'SP-2024-2027',
  priority: { code: 'KAP-2', name: { text: 'Inclusive connectivity', language: 'en' } },
  period: '2026-Q3',
  dueDate: '2026-10-15',
  returnedKpis: null,
  digest: null,
};

describe('noticeView', () => {
  it('leads a planner to the entry grid of the overdue quarter, the date in their language', () => {
    const view = noticeView(base, 'fr');
    expect(view.path).toBe('/plans/SP-2024-2027/entry/KAP-2/2026-Q3');
    expect(view.titleKey).toBe('notifications.kind.deadline_passed.title');
    expect(view.values).toMatchObject({ priority: 'KAP-2', period: '2026-Q3', date: '15 octobre 2026' });
  });

  it('leads a reviewer to the review page, and names the KPIs returned', () => {
    expect(noticeView({ ...base, kind: 'review_waiting' }, 'en').path).toBe(
      '/plans/SP-2024-2027/reviews/KAP-2/2026-Q3',
    );
    const returned = noticeView({ ...base, kind: 'review_returned', returnedKpis: ['D2-K3', 'D2-K4'] }, 'en');
    expect(returned.path).toBe('/plans/SP-2024-2027/entry/KAP-2/2026-Q3');
    expect(returned.values.kpis).toBe('D2-K3, D2-K4');
  });

  it('keeps codes and periods in their order inside Arabic text', () => {
    const view = noticeView({ ...base, kind: 'review_returned', returnedKpis: ['D1-K1'] }, 'ar');
    expect(view.values).toMatchObject({
      priority: '\u2068KAP-2\u2069',
      period: '\u20682026-Q3\u2069',
      kpis: '\u2068D1-K1\u2069',
    });
  });

  it('gives a digest its counts and the plan', () => {
    const digest = noticeView(
      {
        ...base,
        kind: 'weekly_digest',
        priority: null,
        period: null,
        dueDate: null,
        digest: { overdue: 2, waiting: 1, unread: 4 },
      },
      'en',
    );
    expect(digest.path).toBe('/plans/SP-2024-2027/entry');
    expect(digest.values).toMatchObject({ overdue: 2, waiting: 1, unread: 4, date: '' });
  });

  it('formats a due day in UTC whatever the zone', () => {
    expect(formatDay('2026-10-15', 'en')).toBe('October 15, 2026');
    expect(formatDay('not a day', 'en')).toBe('not a day');
  });
});

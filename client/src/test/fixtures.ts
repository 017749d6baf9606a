// Sessions, users and a small framework for client tests, typed by the shared schemas.
import { ROLE_PERMISSIONS, type Role } from '@rbm/shared';
import type { Framework, PlanList, Session, User } from '@rbm/shared/schemas';

export function sessionFor(role: Role, overrides: Partial<Session['user']> = {}): Session {
  return {
    user: {
      id: 1,
      username: `${role}-user`,
      displayName: `Ada ${role}`,
      role,
      language: 'en',
      scope: { sectors: [], priorities: [] },
      permissions: [...ROLE_PERMISSIONS[role]],
      ...overrides,
    },
    csrfToken: `csrf-${role}`,
    expiresAt: '2099-01-01T00:00:00.000Z',
  };
}

export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: 7,
    username: 'grace',
    displayName: 'Grace Hopper',
    email: 'grace@example.org',
    role: 'planner',
    active: true,
    language: 'en',
    scope: { sectors: [], priorities: ['KAP-1'] },
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    ...overrides,
  };
}

const text = (t: string) => ({ text: t, language: 'en' as const });

export const plans: PlanList = {
  items: [
    {
      code: 'SP-TEST',
      name: text('Test plan'),
      startYear: 2024,
      endYear: 2027,
      status: 'active',
      thresholds: { onTrack: 0.9, atRisk: 0.6 },
      reportingDeadlineDays: 30,
    },
  ],
};

export const framework: Framework = {
  plan: plans.items[0]!,
  language: 'en',
  goals: [],
  themes: [],
  sectors: [
    {
      code: 'ITU-D',
      name: text('Development Sector'),
      priorities: [
        {
          code: 'KAP-1',
          name: text('Connectivity'),
          description: null,
          outcomes: [],
          sourceStatus: 'verified',
          sourceUrl: null,
        },
        {
          code: 'KAP-2',
          name: text('Digital skills'),
          description: null,
          outcomes: [],
          sourceStatus: 'verified',
          sourceUrl: null,
        },
      ],
    },
  ],
};

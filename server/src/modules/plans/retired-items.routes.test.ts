// Retired framework items leave the current screens and stay in history (issue 14; the rule is
// shared/src/retired-items.ts): a goal and its targets retired through the editor's API today, a priority and
// its outcomes retired in March 2026 (as a framework import that leaves them out would, its KPIs still
// active), and a theme. Every current read omits them; the 2025 annual report (a year that ended before they
// retired), the editor's list, the item's history and the audit log keep them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AnnualReport,
  AuditLog,
  Comparison,
  Dashboard,
  DueWork,
  Explorer,
  Framework,
  FrameworkItem,
  FrameworkItemHistory,
  FrameworkItemList,
  ReviewList,
  ThemeList,
} from '@rbm/shared/schemas';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

const PLAN = 'SP-2024-2027';
const RETIRED_IN_MARCH = '2026-03-01T00:00:00.000Z';

let ctx: TestContext;
let council: AppInstance;
let priority: FrameworkItem;
let goal: FrameworkItem;
let theme: string;

const get = async <T>(url: string, app: AppInstance = ctx.app): Promise<T> => {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json<T>();
};
const items = () => get<FrameworkItemList>(`/api/framework-items?plan=${PLAN}`).then((l) => l.items);

/** Every priority, goal and theme code each current read names. */
async function currentReads() {
  const framework = await get<Framework>(`/api/plans/${PLAN}/framework`);
  const dashboard = await get<Dashboard>(`/api/dashboard?plan=${PLAN}`);
  const bySector = await get<Explorer>(`/api/explorer?plan=${PLAN}&view=sector`);
  const byGoal = await get<Explorer>(`/api/explorer?plan=${PLAN}&view=goal`);
  const compare = await get<Comparison>(`/api/compare?plan=${PLAN}&by=priority`);
  const due = await get<DueWork>(`/api/entry/due?plan=${PLAN}`);
  const reviews = await get<ReviewList>(`/api/reviews?plan=${PLAN}&pageSize=500`);
  const report = await get<AnnualReport>(`/api/reports/annual/2026?plan=${PLAN}`, council);
  const themes = await get<ThemeList>('/api/themes');
  return {
    priorities: {
      framework: framework.sectors.flatMap((s) => s.priorities.map((p) => p.code)),
      dashboard: dashboard.priorities.map((p) => p.code),
      explorer: bySector.roots.flatMap((r) => r.priorities.map((p) => p.code)),
      compare: compare.groups.map((g) => g.code),
      due: due.items.map((i) => i.priority.code),
      reviews: reviews.items.map((r) => r.priority.code),
      report2026: report.sectors.flatMap((s) => s.priorities.map((p) => p.code)),
    },
    goals: {
      framework: framework.goals.map((g) => g.code),
      dashboard: dashboard.goals.map((g) => g.code),
      explorer: byGoal.roots.filter((r) => r.kind === 'goal').map((r) => r.code),
      report2026: report.goals.map((g) => g.code),
    },
    targets: framework.goals.flatMap((g) => g.targets.map((t) => t.code)),
    themes: {
      framework: framework.themes.map((t) => t.code),
      list: themes.items.map((t) => t.code),
    },
  };
}

beforeAll(async () => {
  ctx = await buildTestApp();
  council = await ctx.signIn('council', DEMO_PASSWORD);
  // a priority with a quarter due today, so that the due list and the review queue name it before
  const due = await get<DueWork>(`/api/entry/due?plan=${PLAN}`);
  const code = due.items[0]?.priority.code;
  const all = await items();
  priority = all.find((i) => i.kind === 'priority' && i.code === code)!;
  goal = all.filter((i) => i.kind === 'goal').at(-1)!;
  theme = (await get<ThemeList>('/api/themes')).items[0]!.code;
});
afterAll(async () => ctx.close());

describe('retired framework items', () => {
  it('are in every current read before they retire', async () => {
    expect(priority).toBeDefined();
    const before = await currentReads();
    for (const [read, codes] of Object.entries(before.priorities))
      expect(codes, read).toContain(priority.code);
    for (const [read, codes] of Object.entries(before.goals)) expect(codes, read).toContain(goal.code);
    for (const [read, codes] of Object.entries(before.themes)) expect(codes, read).toContain(theme);
  });

  it('leave every current read once retired', async () => {
    // the goal through the editor's API (its targets first), stamped with today's date
    const targets = (await items()).filter((i) => i.kind === 'target' && i.parent === goal.code);
    expect(targets.length).toBeGreaterThan(0);
    for (const item of [...targets, goal]) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: `/api/framework-items/${item.kind}/${item.id}/retire`,
        payload: { version: item.version },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    // the priority and its outcomes retired in March, as an import leaving them out would; its KPIs stay active
    await ctx.db
      .updateTable('outcome')
      .set({ retiredAt: RETIRED_IN_MARCH })
      .where('priorityId', '=', priority.id)
      .execute();
    await ctx.db
      .updateTable('thematicPriority')
      .set({ retiredAt: RETIRED_IN_MARCH })
      .where('id', '=', priority.id)
      .execute();
    await ctx.db
      .updateTable('intersectoralTheme')
      .set({ retiredAt: RETIRED_IN_MARCH })
      .where('code', '=', theme)
      .execute();

    const after = await currentReads();
    for (const [read, codes] of Object.entries(after.priorities)) {
      expect(codes, read).not.toContain(priority.code);
      expect(codes.length, read).toBeGreaterThan(0);
    }
    for (const [read, codes] of Object.entries(after.goals)) expect(codes, read).not.toContain(goal.code);
    for (const target of targets) expect(after.targets).not.toContain(target.code);
    for (const [read, codes] of Object.entries(after.themes)) expect(codes, read).not.toContain(theme);
  });

  it('stay in the report of a year that ended before they retired, in the editor, their history and the audit', async () => {
    const report2025 = await get<AnnualReport>(`/api/reports/annual/2025?plan=${PLAN}`, council);
    expect(report2025.sectors.flatMap((s) => s.priorities.map((p) => p.code))).toContain(priority.code);
    expect(report2025.goals.map((g) => g.code)).toContain(goal.code);

    const editor = await items();
    expect(editor.find((i) => i.kind === 'priority' && i.id === priority.id)?.retiredAt).toBe(
      RETIRED_IN_MARCH,
    );
    expect(editor.find((i) => i.kind === 'goal' && i.id === goal.id)?.retiredAt).toBe(
      ctx.app.now().toISOString(),
    );
    const history = await get<FrameworkItemHistory>(`/api/framework-items/goal/${goal.id}/history`);
    expect(history.items.map((h) => h.action)).toContain('retire');
    const audit = await get<AuditLog>(`/api/audit?entity=goal&id=${goal.id}`);
    expect(audit.items.map((a) => a.action)).toContain('retire');
  });
});

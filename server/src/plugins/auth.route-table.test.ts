// Walks the route table: every route declares a permission, and every write route answers 401 without
// credentials, 403 to a viewer and to a planner outside its scope, and succeeds for the right role.
import { PERMISSIONS } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import {
  COMMITMENT_SHEET_HEADERS,
  MOU_SHEET_HEADERS,
  RECOMMENDATION_SHEET_HEADERS,
  ACTIVITY_SHEET_HEADERS,
  RESOLUTION_SHEET_HEADERS,
  RISK_SHEET_HEADERS,
} from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/connection.ts';
import { buildTestApp } from '../../test/build-test-app.ts';
import { createApiToken, createUser } from '../../test/factories.ts';
import { TEST_NOW } from '../../test/build-test-app.ts';
import { previewImport } from '../modules/imports/imports.service.ts';
import { previewCommitmentImport } from '../modules/commitments/commitment-import.service.ts';
import { previewMouImport } from '../modules/mous/mou-import.service.ts';
import { previewRecommendationImport } from '../modules/recommendations/recommendation-import.service.ts';
import { previewRiskImport } from '../modules/risks/risk-import.service.ts';
import { previewFrameworkImport } from '../modules/frameworks/framework-import.service.ts';
import { smallFramework } from '../modules/frameworks/framework-import.fixture.ts';
import { previewResolutionImport } from '../modules/resolutions/resolution-sheet.service.ts';
import { previewActivityImport } from '../modules/themes/activity-sheet.service.ts';
import { previewStatisticsImport } from '../modules/statistics/statistics-sheet.service.ts';
import { SYSTEM_ACTOR } from '../lib/actor.ts';
import { getFrameworkItem } from '../modules/framework-items/framework-items.service.ts';
import { resolveReviewScope } from '../modules/review-scope/review-scope.service.ts';
import { createSuccessor } from '../modules/plans/plan-lifecycle.service.ts';

const PASSWORD = 'sweep-password-1';

interface Call {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  payload?: object;
}

async function kpi(db: Db, code: string) {
  return db.selectFrom('kpi').select(['id', 'unit']).where('code', '=', code).executeTakeFirstOrThrow();
}

/** A framework item of the active plan with the version an editor would send back. */
async function frameworkItem(db: Db, kind: 'goal' | 'target', code: string) {
  const plan = await db
    .selectFrom('plan')
    .select('id')
    .where('code', '=', 'SP-2024-2027')
    .executeTakeFirstOrThrow();
  const table = db.selectFrom(kind === 'goal' ? 'goal' : 'target');
  const row = await table
    .select('id')
    .where('code', '=', code)
    .where('planId', '=', plan.id)
    .executeTakeFirstOrThrow();
  return getFrameworkItem({ db, now: TEST_NOW }, { kind, id: row.id });
}

async function valueVersion(db: Db, kpiId: number, period: string) {
  const row = await db
    .selectFrom('kpiValue')
    .select('version')
    .where('kpiId', '=', kpiId)
    .where('period', '=', period)
    .where('regionId', 'is', null)
    .executeTakeFirstOrThrow();
  return row.version;
}

const NO_RULES = {
  min: null,
  max: null,
  integer: null,
  maxChangeShare: null,
  maxTargetMultiple: null,
  regionsAddUp: null,
};

const SWEEP_RISK = {
  code: 'RSK-SWEEP',
  title: 'Risk of the route sweep',
  description: null,
  category: 'operational',
  sector: 'ITU-D',
  focalPoint: null,
  treatment: 'accept',
  priorities: ['KAP-4'],
  outcomes: [],
  kpis: [],
  actions: [],
};

/** A register file with one new ITU-D risk (CSV). */
const riskFile = () => ({
  fileName: 'risks.csv',
  content: Buffer.from(
    `${RISK_SHEET_HEADERS.join(',')}\r\nRSK-SWEEP-2,Risk of the import sweep,,people,ITU-D,,accept,KAP-4,,\r\n`,
  ).toString('base64'),
});

// a new recommendation of ITU-D (the sweep planner's unit), proposed accepted
const recommendationFile = () => ({
  fileName: 'recommendations.csv',
  content: Buffer.from(
    `${RECOMMENDATION_SHEET_HEADERS.join(',')}\r\n` +
      'internal_audit,IAU/2026/SWEEP-IMPORT,2026-05-04,1,Recommendation of the import sweep,executive_head,' +
      'medium,ITU-D,KAP-1,,,accepted,not_started,2027-03-31,,\r\n',
  ).toString('base64'),
});

/** A framework file of a new plan (JSON). */
const frameworkFile = () => ({
  fileName: 'framework.json',
  content: Buffer.from(JSON.stringify(smallFramework('SP-SWEEP'))).toString('base64'),
});

const statisticsFile = () => ({
  fileName: 'ff26.csv',
  content: Buffer.from(
    'Indicator,Area,Year,Value,Edition,Source\ninternet_use_pct,World,2026,78,FF2026,\n',
  ).toString('base64'),
});

const SWEEP_RECOMMENDATION = {
  body: 'internal_audit',
  reportRef: 'IAU/2026/SWEEP',
  reportDate: '2026-05-04',
  number: '1',
  text: 'Recommendation of the route sweep',
  addressee: 'executive_head',
  priority: 'medium',
  sector: 'ITU-D',
  priorities: ['KAP-4'],
  kpis: [],
  risks: [],
  status: {
    acceptance: 'accepted',
    implementation: 'in_progress',
    targetDate: null,
    evidence: [],
    note: null,
  },
};

const SWEEP_COMMITMENT = {
  code: 'RET-SWEEP',
  source: 'retreat',
  sourceName: 'Retreat of the route sweep',
  sourceYear: 2026,
  title: { en: 'Commitment of the route sweep' },
  sector: 'ITU-D',
  reach: 'internal',
  horizon: 'short_term',
  pillar: 'organisational_excellence',
  dueDate: null,
  priorities: ['KAP-4'],
  kpis: [],
  risks: [],
};
/** A commitments sheet with one new ITU-D commitment (CSV). */
const commitmentFile = () => ({
  fileName: 'commitments.csv',
  content: Buffer.from(
    `${COMMITMENT_SHEET_HEADERS.join(',')}\r\nRET-SWEEP-2,retreat,Sweep retreat,2026,Commitment of the import sweep,,,,,,ITU-D,internal,short_term,organisational_excellence,,KAP-4,,\r\n`,
  ).toString('base64'),
});
const SWEEP_PROGRESS = { period: '2026-Q4', status: 'in_progress', note: null };

/** A demo commitment of ITU-D; with a progress note awaiting confirmation when `draft`. */
async function itudCommitment(db: Db, draft: boolean) {
  return db
    .selectFrom('commitment')
    .innerJoin('sector', 'sector.id', 'commitment.sectorId')
    .select(['commitment.id', 'commitment.version'])
    .where('sector.code', '=', 'ITU-D')
    .$if(draft, (q) =>
      q.where('commitment.id', 'in', (eb) =>
        eb.selectFrom('commitmentProgress').select('commitmentId').where('state', '=', 'draft'),
      ),
    )
    .orderBy('commitment.id')
    .executeTakeFirstOrThrow();
}

const SWEEP_MOU = {
  code: 'MOU-SWEEP',
  partner: 'Partner of the route sweep',
  type: 'letter_of_intent',
  signedDate: '2026-05-04',
  expiryDate: null,
  financialAmount: null,
  currency: null,
  strategicImplications: null,
  status: 'active',
  sector: 'ITU-D',
  region: null,
  priorities: ['KAP-4'],
  themes: [],
};

/** A MoU sheet with one new ITU-D MoU (CSV). */
const mouFile = () => ({
  fileName: 'mous.csv',
  content: Buffer.from(
    `${MOU_SHEET_HEADERS.join(',')}\r\nMOU-SWEEP-2,Partner of the import sweep,letter_of_intent,2026-05-04,,,,,active,ITU-D,,KAP-4,\r\n`,
  ).toString('base64'),
});

/** A demo MoU of ITU-D; with a change awaiting confirmation when `draft`. */
async function itudMou(db: Db, draft: boolean) {
  return db
    .selectFrom('mou')
    .innerJoin('sector', 'sector.id', 'mou.sectorId')
    .select(['mou.id', 'mou.version'])
    .where('sector.code', '=', 'ITU-D')
    .$if(draft, (q) => q.where('mou.state', '=', 'draft'))
    .orderBy('mou.id')
    .executeTakeFirstOrThrow();
}

/** A demo recommendation of ITU-D; with a state awaiting confirmation when `draft`. */
async function itudRecommendation(db: Db, draft: boolean) {
  return db
    .selectFrom('recommendation')
    .innerJoin('sector', 'sector.id', 'recommendation.sectorId')
    .select(['recommendation.id', 'recommendation.version'])
    .where('sector.code', '=', 'ITU-D')
    .$if(draft, (q) =>
      q.where('recommendation.id', 'in', (eb) =>
        eb.selectFrom('recommendationState').select('recommendationId').where('state', '=', 'draft'),
      ),
    )
    .orderBy('recommendation.id')
    .executeTakeFirstOrThrow();
}

async function riskId(db: Db, code: string) {
  return (await db.selectFrom('risk').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

const SWEEP_ACTIVITY = {
  code: 'ACT-SWEEP',
  kind: 'event',
  unit: 'ITU-D',
  region: null,
  startDate: '2026-05-04',
  endDate: '2026-05-05',
  texts: { en: { title: 'Activity of the route sweep', description: null } },
  themes: ['GEN'],
  partners: [],
  participants: [],
};

const SWEEP_RESOLUTION = {
  conference: 'other',
  number: 'SWEEP-1',
  revision: null,
  titles: { en: 'Resolution of the route sweep' },
  entities: { 'ITU-D': 'TDAG' },
  themes: ['GEN'],
  priorities: ['KAP-4'],
};

/** A mapping file with one new resolution (CSV): conference, number, title (en) and theme. */
const resolutionFile = () => ({
  fileName: 'resolutions.csv',
  content: Buffer.from(
    `${RESOLUTION_SHEET_HEADERS.join(',')}\r\n` +
      RESOLUTION_SHEET_HEADERS.map(
        (h) =>
          ({ Conference: 'other', Number: 'SWEEP-2', 'Title (en)': 'Imported in the sweep', Themes: 'GEN' })[
            h as string
          ] ?? '',
      ).join(',') +
      '\r\n',
  ).toString('base64'),
});

/** An activities file with one new ITU-D activity (CSV). */
const activityFile = () => ({
  fileName: 'activities.csv',
  content: Buffer.from(
    `${ACTIVITY_SHEET_HEADERS.join(',')}\r\n` +
      ACTIVITY_SHEET_HEADERS.map(
        (h) =>
          (
            ({
              Code: 'ACT-SWEEP-2',
              Kind: 'event',
              Unit: 'ITU-D',
              Start: '2026-05-04',
              End: '2026-05-04',
              Themes: 'GEN',
              'Title (en)': 'Imported in the sweep',
            }) as Record<string, string>
          )[h] ?? '',
      ).join(',') +
      '\r\n',
  ).toString('base64'),
});

async function activityKey(db: Db, code: string) {
  const row = await db.selectFrom('activity').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return `activity:${row.id}`;
}

/** For every write route: the role that may use it, and a request it should accept. */
const WRITES: Record<
  string,
  // readOnly: a POST that reads what it is sent and writes nothing (an import's preview)
  // everyone: a route about one's own things, which any signed-in user may call: the viewer's and the
  // outsider's answer (200, or 404 for another user's notice) instead of 403
  // outsiderCellStatus: a batch refuses a planner outside the scope cell by cell (200, that cell 403)
  {
    role: 'planner' | 'reviewer' | 'admin';
    call: (db: Db) => Promise<Call>;
    readOnly?: true;
    everyone?: number;
    outsiderCellStatus?: number;
  }
> = {
  putValue: {
    role: 'planner',
    call: async (db) => {
      const k = await kpi(db, 'D2-K3');
      return {
        method: 'PUT',
        url: `/api/kpis/${k.id}/values/2026-Q3`,
        payload: { value: 3, version: await valueVersion(db, k.id, '2026-Q3') },
      };
    },
  },
  saveValueBatch: {
    role: 'planner',
    outsiderCellStatus: 403,
    call: async (db) => {
      const k = await kpi(db, 'D2-K3');
      const version = await valueVersion(db, k.id, '2026-Q3');
      return {
        method: 'POST',
        url: '/api/values/batch',
        payload: { cells: [{ kpiId: k.id, period: '2026-Q3', value: 3, version }] },
      };
    },
  },
  deleteValue: {
    role: 'planner',
    call: async (db) => ({
      method: 'DELETE',
      url: `/api/kpis/${(await kpi(db, 'D2-K4')).id}/values/2026-Q3`,
    }),
  },
  createKpi: {
    role: 'admin',
    call: async () => ({
      method: 'POST',
      url: '/api/kpis',
      payload: {
        plan: 'SP-2024-2027',
        code: 'SWEEP-1',
        name: 'KPI created by the route sweep',
        unit: 'count',
        direction: 'increase',
        aggregation: 'sum',
        frequency: 'quarterly',
        outcomes: ['KAP-3.1'],
      },
    }),
  },
  updateKpi: {
    role: 'admin',
    call: async (db) => ({
      method: 'PATCH',
      url: `/api/kpis/${(await kpi(db, 'D2-K3')).id}`,
      payload: { dataSource: 'Sweep' },
    }),
  },
  reviseKpiTarget: {
    role: 'admin',
    call: async (db) => {
      const k = await kpi(db, 'D2-K3');
      const target = await db
        .selectFrom('kpiAnnualTarget')
        .select('value')
        .where('kpiId', '=', k.id)
        .where('year', '=', 2027)
        .executeTakeFirstOrThrow();
      const value = target.value >= 2 ? Math.floor(target.value) - 1 : Math.floor(target.value) + 1;
      return {
        method: 'POST',
        url: `/api/kpis/${k.id}/targets`,
        payload: { year: 2027, value, reason: 'Route sweep' },
      };
    },
  },
  setAnnualTargets: {
    role: 'admin',
    // a draft successor: its annual targets are set directly
    call: async (db) => {
      const ctx = { db, now: TEST_NOW, actor: SYSTEM_ACTOR, language: 'en' as const };
      await createSuccessor(ctx, {
        plan: 'SP-2024-2027',
        code: 'SP-2028-2031',
        title: 'Sweep',
        startYear: 2028,
        endYear: 2031,
      });
      return {
        method: 'PUT',
        url: '/api/kpi-definitions/annual-targets',
        payload: { plan: 'SP-2028-2031', targets: [{ kpi: 'D2-K3', year: 2028, value: 5 }] },
      };
    },
  },
  createFrameworkItem: {
    role: 'admin',
    call: async () => ({
      method: 'POST',
      url: '/api/framework-items/goal',
      payload: { plan: 'SP-2024-2027', code: 'SWEEP-G', name: 'Goal created by the route sweep' },
    }),
  },
  updateFrameworkItem: {
    role: 'admin',
    call: async (db) => {
      const goal = await frameworkItem(db, 'goal', 'G1');
      return {
        method: 'PATCH',
        url: `/api/framework-items/goal/${goal.id}`,
        payload: { version: goal.version, name: 'Renamed by the route sweep' },
      };
    },
  },
  reorderFrameworkItem: {
    role: 'admin',
    call: async (db) => {
      const goal = await frameworkItem(db, 'goal', 'G2');
      return {
        method: 'POST',
        url: `/api/framework-items/goal/${goal.id}/reorder`,
        payload: { version: goal.version, direction: 'up' },
      };
    },
  },
  retireFrameworkItem: {
    role: 'admin',
    call: async (db) => {
      const target = await frameworkItem(db, 'target', 'UMC-1');
      return {
        method: 'POST',
        url: `/api/framework-items/target/${target.id}/retire`,
        payload: { version: target.version },
      };
    },
  },
  restoreFrameworkItem: {
    role: 'admin',
    call: async (db) => {
      const { id } = await frameworkItem(db, 'target', 'UMC-1');
      await db
        .updateTable('target')
        .set({ retiredAt: TEST_NOW.toISOString() })
        .where('id', '=', id)
        .execute();
      const target = await frameworkItem(db, 'target', 'UMC-1');
      return {
        method: 'POST',
        url: `/api/framework-items/target/${id}/restore`,
        payload: { version: target.version },
      };
    },
  },
  moveKpiLink: {
    role: 'admin',
    call: async (db) => ({
      method: 'POST',
      url: `/api/kpis/${(await kpi(db, 'D2-K3')).id}/links/move`,
      payload: { level: 'outcome', from: 'KAP-2.1', to: 'KAP-2.2' },
    }),
  },
  createRisk: {
    role: 'planner',
    call: async () => ({ method: 'POST', url: '/api/risks', payload: SWEEP_RISK }),
  },
  updateRisk: {
    role: 'planner',
    call: async (db) => ({
      method: 'PUT',
      url: `/api/risks/${await riskId(db, 'RSK-D-02')}`,
      payload: { ...SWEEP_RISK, code: 'RSK-D-02', version: 1 },
    }),
  },
  assessRisk: {
    role: 'planner',
    call: async (db) => ({
      method: 'PUT',
      url: `/api/risks/${await riskId(db, 'RSK-D-01')}/assessments/2026-Q3`,
      payload: {
        inherent: { likelihood: 4, impact: 4 },
        residual: { likelihood: 2, impact: 4 },
        note: null,
      },
    }),
  },
  confirmRiskAssessment: {
    role: 'reviewer',
    // the demo data leaves RSK-D-01's last quarter a draft
    call: async (db) => ({
      method: 'POST',
      url: `/api/risks/${await riskId(db, 'RSK-D-01')}/assessments/2026-Q3/confirm`,
    }),
  },
  previewRiskImport: {
    role: 'planner',
    readOnly: true,
    call: async () => ({ method: 'POST', url: '/api/risks/import/preview', payload: riskFile() }),
  },
  importRisks: {
    role: 'planner',
    // a new risk of the planner's Sector: outside it (the outsider) the row is refused
    call: async (db) => {
      const app = { db, now: TEST_NOW, actor: SYSTEM_ACTOR };
      const { token } = await previewRiskImport(app, riskFile());
      return { method: 'POST', url: '/api/risks/import', payload: { ...riskFile(), token } };
    },
  },
  previewRecommendationImport: {
    role: 'planner',
    readOnly: true,
    call: async () => ({
      method: 'POST',
      url: '/api/recommendations/import/preview',
      payload: recommendationFile(),
    }),
  },
  importRecommendations: {
    role: 'planner',
    // a new recommendation of the planner's unit: outside it (the outsider) the row is refused
    call: async (db) => {
      const app = { db, now: TEST_NOW, actor: SYSTEM_ACTOR };
      const { token } = await previewRecommendationImport(app, recommendationFile());
      return {
        method: 'POST',
        url: '/api/recommendations/import',
        payload: { ...recommendationFile(), token },
      };
    },
  },
  previewFrameworkImport: {
    role: 'admin',
    readOnly: true,
    call: async () => ({ method: 'POST', url: '/api/frameworks/import/preview', payload: frameworkFile() }),
  },
  confirmFrameworkImport: {
    role: 'admin',
    call: async (db) => {
      const { token } = await previewFrameworkImport(
        { db, now: TEST_NOW, actor: SYSTEM_ACTOR },
        frameworkFile(),
      );
      return { method: 'POST', url: '/api/frameworks/import', payload: { ...frameworkFile(), token } };
    },
  },
  createRecommendation: {
    role: 'planner',
    call: async () => ({ method: 'POST', url: '/api/recommendations', payload: SWEEP_RECOMMENDATION }),
  },
  updateRecommendation: {
    role: 'planner',
    call: async (db) => {
      const rec = await itudRecommendation(db, false);
      return {
        method: 'PUT',
        url: `/api/recommendations/${rec.id}`,
        payload: { ...SWEEP_RECOMMENDATION, version: rec.version },
      };
    },
  },
  confirmRecommendation: {
    role: 'reviewer',
    call: async (db) => ({
      method: 'POST',
      url: `/api/recommendations/${(await itudRecommendation(db, true)).id}/confirm`,
    }),
  },
  createCommitment: {
    role: 'planner',
    call: async () => ({
      method: 'POST',
      url: '/api/commitments',
      payload: { ...SWEEP_COMMITMENT, progress: SWEEP_PROGRESS },
    }),
  },
  updateCommitment: {
    role: 'planner',
    call: async (db) => {
      const c = await itudCommitment(db, false);
      return {
        method: 'PUT',
        url: `/api/commitments/${c.id}`,
        payload: { ...SWEEP_COMMITMENT, version: c.version },
      };
    },
  },
  addCommitmentProgress: {
    role: 'planner',
    call: async (db) => ({
      method: 'POST',
      url: `/api/commitments/${(await itudCommitment(db, false)).id}/progress`,
      payload: SWEEP_PROGRESS,
    }),
  },
  previewCommitmentImport: {
    role: 'planner',
    readOnly: true,
    call: async () => ({ method: 'POST', url: '/api/commitments/import/preview', payload: commitmentFile() }),
  },
  importCommitments: {
    role: 'planner',
    // a new commitment of the planner's unit: outside it (the outsider) the row is refused
    call: async (db) => {
      const app = { db, now: TEST_NOW, actor: SYSTEM_ACTOR };
      const { token } = await previewCommitmentImport(app, commitmentFile());
      return { method: 'POST', url: '/api/commitments/import', payload: { ...commitmentFile(), token } };
    },
  },
  confirmCommitment: {
    role: 'reviewer',
    call: async (db) => ({
      method: 'POST',
      url: `/api/commitments/${(await itudCommitment(db, true)).id}/confirm`,
    }),
  },
  createMou: {
    role: 'planner',
    call: async () => ({ method: 'POST', url: '/api/mous', payload: SWEEP_MOU }),
  },
  updateMou: {
    role: 'planner',
    call: async (db) => {
      const m = await itudMou(db, false);
      return { method: 'PUT', url: `/api/mous/${m.id}`, payload: { ...SWEEP_MOU, version: m.version } };
    },
  },
  previewMouImport: {
    role: 'planner',
    readOnly: true,
    call: async () => ({ method: 'POST', url: '/api/mous/import/preview', payload: mouFile() }),
  },
  importMous: {
    role: 'planner',
    // a new MoU of the planner's unit: outside it (the outsider) the row is refused
    call: async (db) => {
      const app = { db, now: TEST_NOW, actor: SYSTEM_ACTOR };
      const { token } = await previewMouImport(app, mouFile());
      return { method: 'POST', url: '/api/mous/import', payload: { ...mouFile(), token } };
    },
  },
  confirmMou: {
    role: 'reviewer',
    call: async (db) => ({ method: 'POST', url: `/api/mous/${(await itudMou(db, true)).id}/confirm` }),
  },
  createPlanSuccessor: {
    role: 'admin',
    call: async () => ({
      method: 'POST',
      url: '/api/plans/SP-2024-2027/successor',
      payload: { code: 'SP-2028-2031', title: 'Sweep plan', startYear: 2028, endYear: 2031 },
    }),
  },
  activatePlan: {
    role: 'admin',
    // a draft successor whose annual targets are filled: the rest of its checklist passes as copied
    call: async (db) => {
      const ctx = { db, now: TEST_NOW, actor: SYSTEM_ACTOR, language: 'en' as const };
      await createSuccessor(ctx, {
        plan: 'SP-2024-2027',
        code: 'SP-2028-2031',
        title: 'Sweep',
        startYear: 2028,
        endYear: 2031,
      });
      const kpis = await db
        .selectFrom('kpi')
        .innerJoin('plan', 'plan.id', 'kpi.planId')
        .select('kpi.id')
        .where('plan.code', '=', 'SP-2028-2031')
        .execute();
      const rows = kpis.flatMap((k) =>
        [2028, 2029, 2030, 2031].map((year) => ({ kpiId: k.id, year, value: 1 })),
      );
      await db.insertInto('kpiAnnualTarget').values(rows).execute();
      return { method: 'POST', url: '/api/plans/SP-2028-2031/activate' };
    },
  },
  closePlan: {
    role: 'admin',
    // two plans active: the older may be closed
    call: async (db) => {
      await db.updateTable('plan').set({ status: 'active' }).where('code', '=', 'SP-2020-2023').execute();
      return { method: 'POST', url: '/api/plans/SP-2020-2023/close' };
    },
  },
  putEntryRules: {
    role: 'admin',
    call: async () => ({
      method: 'PUT',
      url: '/api/plans/SP-2024-2027/entry-rules',
      payload: {
        completeness: { requiredNarratives: ['achievements'], noteRequiredFor: [] },
        defaults: NO_RULES,
      },
    }),
  },
  putKpiEntryRule: {
    role: 'admin',
    call: async () => ({
      method: 'PUT',
      url: '/api/plans/SP-2024-2027/entry-rules/kpis/D2-K3',
      payload: { ...NO_RULES, max: 48 },
    }),
  },
  deleteKpiEntryRule: {
    role: 'admin',
    call: async (db) => {
      const k = await kpi(db, 'D2-K3');
      await db
        .insertInto('kpiEntryRule')
        .values({ kpiId: k.id, maxValue: 48, updatedAt: TEST_NOW.toISOString() })
        .execute();
      return { method: 'DELETE', url: '/api/plans/SP-2024-2027/entry-rules/kpis/D2-K3' };
    },
  },
  submitReview: {
    role: 'planner',
    call: async () => ({ method: 'POST', url: '/api/reviews/KAP-2/2026-Q3/submit', payload: {} }),
  },
  updateReviewNarrative: {
    role: 'planner',
    call: async () => ({
      method: 'PUT',
      url: '/api/reviews/KAP-4/2026-Q3/narrative',
      payload: { achievements: 'Sweep' },
    }),
  },
  approveReview: {
    role: 'reviewer',
    call: async () => ({ method: 'POST', url: '/api/reviews/KAP-1/2026-Q3/approve', payload: {} }),
  },
  returnReview: {
    role: 'reviewer',
    call: async () => ({
      method: 'POST',
      url: '/api/reviews/KAP-3/2026-Q3/return',
      payload: { comment: 'Please check' },
    }),
  },
  decideReview: {
    role: 'reviewer',
    call: async () => ({
      method: 'POST',
      url: '/api/reviews/KAP-5/2026-Q3/decision',
      payload: { kpis: [] },
    }),
  },
  reopenReview: {
    role: 'admin',
    call: async () => ({
      method: 'POST',
      url: '/api/reviews/KAP-1/2025-Q4/reopen',
      payload: { comment: 'Correction' },
    }),
  },
  createUser: {
    role: 'admin',
    call: async () => ({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'newcomer',
        displayName: 'New Comer',
        role: 'viewer',
        password: 'a-long-password-1',
      },
    }),
  },
  updateUser: {
    role: 'admin',
    call: async (db) => ({
      method: 'PATCH',
      url: `/api/users/${await userId(db, 'sweep-viewer')}`,
      payload: { displayName: 'Renamed' },
    }),
  },
  resetPassword: {
    role: 'admin',
    call: async (db) => ({
      method: 'POST',
      url: `/api/users/${await userId(db, 'sweep-viewer')}/password`,
      payload: { password: 'another-long-password' },
    }),
  },
  createApiToken: {
    role: 'admin',
    call: async (db) => ({
      method: 'POST',
      url: `/api/users/${await userId(db, 'sweep-planner')}/tokens`,
      payload: { name: 'sweep' },
    }),
  },
  revokeApiToken: {
    role: 'admin',
    call: async (db) => {
      const owner = await userId(db, 'sweep-planner');
      await createApiToken(db, owner, 'to revoke');
      const token = await db
        .selectFrom('apiToken')
        .select('id')
        .where('userId', '=', owner)
        .executeTakeFirstOrThrow();
      return { method: 'DELETE', url: `/api/users/${owner}/tokens/${token.id}` };
    },
  },
  createReviewActionItem: {
    role: 'planner',
    call: async () => ({
      method: 'POST',
      url: '/api/reviews/KAP-4/2026-Q3/action-items',
      payload: { description: 'Sweep item', owner: 'Sweep' },
    }),
  },
  updateReviewActionItem: {
    role: 'reviewer',
    call: async (db) => {
      const priority = await db
        .selectFrom('thematicPriority')
        .select('id')
        .where('code', '=', 'KAP-4')
        .executeTakeFirstOrThrow();
      const item = await db
        .insertInto('reviewActionItem')
        .values({
          priorityId: priority.id,
          openedPeriod: '2026-Q3',
          description: 'Sweep item',
          owner: 'Sweep',
          updatedAt: TEST_NOW.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return {
        method: 'PATCH',
        url: `/api/reviews/KAP-4/2026-Q3/action-items/${item.id}`,
        payload: { status: 'closed' },
      };
    },
  },
  previewImport: {
    role: 'planner',
    readOnly: true,
    call: async () => ({
      method: 'POST',
      url: '/api/entry/KAP-4/2026-Q3/import/preview',
      payload: sweepFile,
    }),
  },
  confirmImport: {
    role: 'planner',
    call: async (db) => {
      const ctx = { db, now: TEST_NOW };
      const scope = await resolveReviewScope(ctx, { priority: 'KAP-4', period: '2026-Q3' });
      const { token } = await previewImport(ctx, { scope, body: sweepFile });
      return { method: 'POST', url: '/api/entry/KAP-4/2026-Q3/import', payload: { ...sweepFile, token } };
    },
  },
  saveTranslation: {
    role: 'admin',
    call: async (db) => {
      const kpi = await db
        .selectFrom('kpi')
        .select('id')
        .where('code', '=', 'D4-K3')
        .executeTakeFirstOrThrow();
      return {
        method: 'PUT',
        url: `/api/translations/kpi/${kpi.id}/name/es`,
        payload: { text: 'Nombre de barrido' },
      };
    },
  },
  confirmTranslation: {
    role: 'admin',
    call: async (db) => {
      const kpi = await db
        .selectFrom('kpi')
        .select('id')
        .where('code', '=', 'D4-K3')
        .executeTakeFirstOrThrow();
      return { method: 'POST', url: `/api/translations/kpi/${kpi.id}/name/ar/confirm` };
    },
  },
  appointThemeCoordinator: {
    role: 'admin',
    call: async () => ({
      method: 'PUT',
      url: '/api/themes/GEN/coordinator',
      payload: { username: 'sweep-viewer' },
    }),
  },
  appointThemeFocalPoint: {
    role: 'admin',
    call: async () => ({
      method: 'PUT',
      url: '/api/themes/GEN/focal-points/ITU-R',
      payload: { username: 'sweep-viewer' },
    }),
  },
  createActivity: {
    role: 'planner',
    call: async () => ({ method: 'POST', url: '/api/activities', payload: SWEEP_ACTIVITY }),
  },
  updateActivity: {
    role: 'planner',
    call: async (db) => {
      const row = await db
        .selectFrom('activity')
        .select(['id', 'version'])
        .where('code', '=', 'ACT-D-05')
        .executeTakeFirstOrThrow();
      const payload = { ...SWEEP_ACTIVITY, code: 'ACT-D-05', themes: ['RMS'], version: row.version };
      return { method: 'PUT', url: `/api/activities/${row.id}`, payload };
    },
  },
  previewActivityImport: {
    role: 'planner',
    readOnly: true,
    call: async () => ({ method: 'POST', url: '/api/activities/import/preview', payload: activityFile() }),
  },
  importActivities: {
    role: 'planner',
    call: async (db) => {
      const { token } = await previewActivityImport(
        { db, now: TEST_NOW, actor: SYSTEM_ACTOR },
        activityFile(),
      );
      return { method: 'POST', url: '/api/activities/import', payload: { ...activityFile(), token } };
    },
  },
  decideRadarCandidate: {
    role: 'admin',
    call: async (db) => ({
      method: 'POST',
      url: '/api/themes/radar/decisions',
      payload: {
        a: await activityKey(db, 'ACT-D-05'),
        b: await activityKey(db, 'ACT-GS-04'),
        decision: 'duplicate',
        note: 'Sweep',
      },
    }),
  },
  createResolution: {
    role: 'admin',
    call: async () => ({ method: 'POST', url: '/api/resolutions', payload: SWEEP_RESOLUTION }),
  },
  updateResolution: {
    role: 'admin',
    call: async (db) => {
      const row = await db
        .selectFrom('resolution')
        .select(['id', 'version'])
        .where('conference', '=', 'PP')
        .where('number', '=', '70')
        .executeTakeFirstOrThrow();
      const payload = { ...SWEEP_RESOLUTION, conference: 'PP', number: '70', version: row.version };
      return { method: 'PUT', url: `/api/resolutions/${row.id}`, payload };
    },
  },
  previewResolutionImport: {
    role: 'admin',
    readOnly: true,
    call: async () => ({ method: 'POST', url: '/api/resolutions/import/preview', payload: resolutionFile() }),
  },
  importResolutions: {
    role: 'admin',
    call: async (db) => {
      const { token } = await previewResolutionImport(
        { db, now: TEST_NOW, actor: SYSTEM_ACTOR },
        resolutionFile(),
      );
      return { method: 'POST', url: '/api/resolutions/import', payload: { ...resolutionFile(), token } };
    },
  },
  previewStatisticsImport: {
    role: 'admin',
    readOnly: true,
    call: async () => ({ method: 'POST', url: '/api/statistics/import/preview', payload: statisticsFile() }),
  },
  importStatistics: {
    role: 'admin',
    call: async (db) => {
      const { token } = await previewStatisticsImport(
        { db, now: TEST_NOW, actor: SYSTEM_ACTOR },
        statisticsFile(),
      );
      return { method: 'POST', url: '/api/statistics/import', payload: { ...statisticsFile(), token } };
    },
  },
  setLanguage: {
    role: 'planner',
    everyone: 200,
    call: async () => ({ method: 'PUT', url: '/api/auth/language', payload: { language: 'es' } }),
  },
  readNotification: {
    role: 'planner',
    everyone: 404,
    call: async (db) => ({ method: 'POST', url: `/api/notifications/${await notice(db)}/read` }),
  },
  readAllNotifications: {
    role: 'planner',
    everyone: 200,
    call: async (db) => {
      await notice(db);
      return { method: 'POST', url: '/api/notifications/read-all' };
    },
  },
  updateNotificationPreferences: {
    role: 'planner',
    everyone: 200,
    call: async () => ({
      method: 'PUT',
      url: '/api/notifications/preferences',
      payload: { kinds: [{ kind: 'weekly_digest', inbox: true, email: false }] },
    }),
  },
};

/** A notice in sweep-planner's inbox; returns its id. */
async function notice(db: Db): Promise<number> {
  const row = await db
    .insertInto('notification')
    .values({
      userId: await userId(db, 'sweep-planner'),
      kind: 'review_approved',
      subject: 'SP-2024-2027/KAP-2',
      occasion: '2026-Q3#sweep',
      planCode: 'SP-2024-2027',
      priorityId: null,
      period: '2026-Q3',
      paramsJson: '{}',
      createdAt: TEST_NOW.toISOString(),
      inInbox: 1,
      readAt: null,
      mailState: 'none',
      mailAt: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const sweepFile = {
  fileName: 'sweep.csv',
  content: Buffer.from('KPI code,Period,Value\nD4-K3,2026-Q3,7\n').toString('base64'),
};

/** The sweep's users: a planner and a reviewer of ITU-D, a planner of R-TER only, a viewer and an admin. */
async function createSweepUsers(db: Db): Promise<void> {
  await createUser(db, {
    username: 'sweep-planner',
    role: 'planner',
    password: PASSWORD,
    sectors: ['ITU-D'],
  });
  await createUser(db, {
    username: 'sweep-reviewer',
    role: 'reviewer',
    password: PASSWORD,
    sectors: ['ITU-D'],
  });
  await createUser(db, {
    username: 'sweep-outsider',
    role: 'planner',
    password: PASSWORD,
    priorities: ['R-TER'],
  });
  await createUser(db, { username: 'sweep-viewer', role: 'viewer', password: PASSWORD });
  await createUser(db, { username: 'sweep-admin', role: 'admin', password: PASSWORD });
}

async function userId(db: Db, username: string) {
  return (
    await db.selectFrom('appUser').select('id').where('username', '=', username).executeTakeFirstOrThrow()
  ).id;
}

describe('the route table', () => {
  it('declares a known permission and scope source on every route, and the app serves each one', async () => {
    const ctx = await buildTestApp({ seed: false });
    for (const [name, route] of Object.entries(api)) {
      expect(PERMISSIONS, name).toContain(route.auth.permission);
      expect(['kpi', 'kpi-code', 'review', 'service', 'none'], name).toContain(route.auth.scope);
      expect(
        ctx.anonymous.hasRoute({ method: route.method, url: route.url }),
        `${route.method} ${route.url}`,
      ).toBe(true);
    }
    await ctx.close();
  });

  it('lists every write route in this sweep', () => {
    const writes = Object.entries(api).filter(
      ([, r]) => r.method !== 'GET' && r.auth.permission !== 'public',
    );
    expect(writes.map(([name]) => name).sort()).toEqual(Object.keys(WRITES).sort());
  });

  it('lists every route scoped by a KPI code in the sweep of KPI codes', () => {
    const byCode = Object.entries(api).filter(([, r]) => r.auth.scope === 'kpi-code');
    expect(byCode.map(([name]) => name).sort()).toEqual(Object.keys(KPI_CODE_READS).sort());
  });
});

/** For every route whose scope is the KPI named by `:plan` and `:code`: its address for a plan and a code. */
const KPI_CODE_READS: Record<string, (plan: string, code: string) => string> = {
  getKpiByCode: (plan, code) => `/api/plans/${plan}/kpis/${code}`,
};

describe.each(Object.entries(KPI_CODE_READS))('%s (scope source kpi-code)', (_name, url) => {
  it("refuses drafts of a KPI outside the reader's scope (403 out_of_scope), found by plan and code in any case, and leaves unknown ones to the handler's 404", async () => {
    const ctx = await buildTestApp();
    await createSweepUsers(ctx.db);
    try {
      const plan = 'SP-2024-2027';
      const code = 'D2-K3'; // owned by an ITU-D priority
      const drafts = (kpiCode: string, planCode = plan) => `${url(planCode, kpiCode)}?include=unapproved`;
      const answer = async (app: typeof ctx.app, address: string) => {
        const res = await app.inject({ method: 'GET', url: address });
        return {
          status: res.statusCode,
          code: res.statusCode === 200 ? null : res.json<{ code: string }>().code,
        };
      };
      const planner = await ctx.signIn('sweep-planner', PASSWORD);
      const outsider = await ctx.signIn('sweep-outsider', PASSWORD);
      const viewer = await ctx.signIn('sweep-viewer', PASSWORD);

      expect(await answer(ctx.anonymous, url(plan, code))).toEqual({ status: 401, code: 'not_signed_in' });
      expect(await answer(planner, drafts(code))).toEqual({ status: 200, code: null });
      expect(await answer(outsider, url(plan, code)), 'approved figures').toEqual({
        status: 200,
        code: null,
      });
      for (const kpiCode of [code, code.toLowerCase()]) {
        expect(await answer(outsider, drafts(kpiCode)), kpiCode).toEqual({
          status: 403,
          code: 'out_of_scope',
        });
      }
      // a role that may not see drafts is refused before the KPI is looked for
      expect(await answer(viewer, drafts('NOPE-K9'))).toEqual({ status: 403, code: 'forbidden' });
      expect(await answer(outsider, drafts('NOPE-K9'))).toEqual({ status: 404, code: 'not_found' });
      expect(await answer(outsider, drafts(code, 'SP-1900-1903'))).toEqual({
        status: 404,
        code: 'not_found',
      });
    } finally {
      await ctx.close();
    }
  });
});

describe.each(Object.entries(WRITES))(
  '%s',
  (name, { role, call, readOnly, everyone, outsiderCellStatus }) => {
    it(`answers 401 without credentials, 403 to a viewer and to a planner outside its scope, and works for a ${role}`, async () => {
      const ctx = await buildTestApp();
      await createSweepUsers(ctx.db);
      try {
        const request = await call(ctx.db);
        const route = api[name as keyof typeof api];
        expect(route.method).toBe(request.method);

        expect((await ctx.anonymous.inject(request)).statusCode, 'no credentials').toBe(401);
        const viewer = await ctx.signIn('sweep-viewer', PASSWORD);
        expect((await viewer.inject(request)).statusCode, 'viewer').toBe(everyone ?? 403);
        const outsider = await ctx.signIn('sweep-outsider', PASSWORD);
        const outsiderAnswer = await outsider.inject(request);
        if (outsiderCellStatus === undefined) {
          expect(outsiderAnswer.statusCode, 'planner outside the scope').toBe(everyone ?? 403);
        } else {
          const { results } = outsiderAnswer.json<{ results: Array<{ status: number }> }>();
          expect(
            results.map((r) => r.status),
            'planner outside the scope',
          ).toEqual([outsiderCellStatus]);
        }

        const allowed = await ctx.signIn(`sweep-${role}`, PASSWORD);
        const res = await allowed.inject(request);
        expect(res.statusCode, res.body).toBeGreaterThanOrEqual(200);
        expect(res.statusCode, res.body).toBeLessThan(300);
        const audit = await ctx.db
          .selectFrom('auditLog')
          .select('actor')
          .orderBy('id', 'desc')
          .executeTakeFirstOrThrow();
        if (!readOnly) expect(audit.actor, 'the audit log names the actor').toBe(`sweep-${role}`);
      } finally {
        await ctx.close();
      }
    });
  },
);

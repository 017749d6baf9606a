// The database as Kysely sees it (camelCase through CamelCasePlugin; snake_case in SQL).
// Booleans are integers 0/1 and timestamps ISO-8601 text, so SQLite and PostgreSQL store them alike.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface PlanTable {
  id: Generated<number>;
  code: string;
  name: string;
  description: string | null;
  startYear: number;
  endYear: number;
  status: string;
  thresholdOnTrack: Generated<number>;
  thresholdAtRisk: Generated<number>;
  reportingDeadlineDays: Generated<number>;
  /** The highest residual risk score the plan accepts (likelihood x impact, 1-25). */
  riskAppetite: Generated<number>;
  /** Days after a quarter's reporting deadline by which its review is decided. */
  reviewDeadlineDays: Generated<number>;
  createdAt: string;
  /** The plan this one was drafted from ("New plan from this one"), or null. */
  createdFromPlanId: number | null;
  activatedAt: string | null;
  closedAt: string | null;
}

interface Provenance {
  sourceStatus: string;
  sourceUrl: string | null;
}

/** Set when a framework import retired the item: kept for the values and history that stand on it. */
interface Retirable {
  retiredAt: string | null;
}

export interface GoalTable extends Provenance, Retirable {
  id: Generated<number>;
  planId: number;
  code: string;
  name: string;
  description: string | null;
  sortOrder: Generated<number>;
}

export interface TargetTable extends Provenance, Retirable {
  id: Generated<number>;
  planId: number;
  goalId: number;
  code: string;
  name: string;
  description: string | null;
  value: number | null;
  unit: string;
  direction: string;
  deadlineYear: number;
  baselineValue: number | null;
  baselineYear: number | null;
  indicator: string | null;
  sortOrder: Generated<number>;
}

export interface SectorTable {
  id: Generated<number>;
  code: string;
  name: string;
  sortOrder: Generated<number>;
}

export interface RegionTable extends SectorTable, Retirable {}

export interface ThematicPriorityTable extends Provenance, Retirable {
  id: Generated<number>;
  planId: number;
  sectorId: number;
  code: string;
  name: string;
  description: string | null;
  sortOrder: Generated<number>;
}

export interface OutcomeTable extends Provenance, Retirable {
  id: Generated<number>;
  priorityId: number;
  code: string;
  name: string;
  description: string | null;
  sortOrder: Generated<number>;
}

export interface IntersectoralThemeTable extends Provenance, Retirable {
  id: Generated<number>;
  code: string;
  name: string;
  description: string | null;
}

export interface KpiTable extends Provenance {
  id: Generated<number>;
  planId: number;
  ownerPriorityId: number;
  code: string;
  name: string;
  definition: string | null;
  unit: string;
  direction: string;
  aggregation: string;
  frequency: string;
  baselineValue: number | null;
  baselinePeriod: string | null;
  tolerance: Generated<number>;
  weight: Generated<number>;
  dataSource: string | null;
  ownerUnit: string | null;
  byRegion: Generated<number>;
  active: Generated<number>;
  /** The data revision at which the KPI's definition, targets, links or values last changed. */
  revision: Generated<number>;
  createdAt: string;
  updatedAt: string;
  /** The KPI of the previous plan this one continues (copied by "New plan from this one"), or null. */
  continuesKpiId: number | null;
}

/** The organisation's units as a tree: Sectors and the General Secretariat, bureaux, departments, offices. */
export interface OrgUnitTable extends Retirable {
  id: Generated<number>;
  code: string;
  parentId: number | null;
  kind: string;
  name: string;
  sortOrder: Generated<number>;
}

/** A product or service delivered under a thematic priority (the level below outcomes). */
export interface OutputTable extends Provenance, Retirable {
  id: Generated<number>;
  planId: number;
  priorityId: number;
  code: string;
  name: string;
  description: string | null;
  sortOrder: Generated<number>;
}

export interface EnablerTable extends Provenance, Retirable {
  id: Generated<number>;
  planId: number;
  code: string;
  name: string;
  description: string | null;
  sortOrder: Generated<number>;
}

export interface KpiOutputTable {
  kpiId: number;
  outputId: number;
}

export interface KpiOutcomeTable {
  kpiId: number;
  outcomeId: number;
}

export interface KpiTargetTable {
  kpiId: number;
  targetId: number;
}

export interface KpiThemeTable {
  kpiId: number;
  themeId: number;
}

export interface TranslationTable {
  entity: string;
  entityId: number;
  field: string;
  language: string;
  text: string;
  updatedAt: string;
  /** 'unofficial' (written for the project, shown marked) until an administrator confirms it */
  status: Generated<TranslationStatus>;
}

export type TranslationStatus = 'unofficial' | 'confirmed';

export interface KpiAnnualTargetTable {
  id: Generated<number>;
  kpiId: number;
  year: number;
  value: number;
}

export interface KpiTargetRevisionTable {
  id: Generated<number>;
  kpiId: number;
  year: number;
  oldValue: number | null;
  newValue: number;
  reason: string;
  revisedBy: number | null;
  revisedAt: string;
}

/** A framework target's value or deadline changed in an active plan, with its reason (migration 0021). */
export interface TargetRevisionTable {
  id: Generated<number>;
  targetId: number;
  oldValue: number | null;
  newValue: number | null;
  oldDeadlineYear: number;
  newDeadlineYear: number;
  reason: string;
  revisedBy: number | null;
  revisedAt: string;
}

export interface KpiValueTable {
  id: Generated<number>;
  kpiId: number;
  period: string;
  regionId: number | null;
  value: number | null;
  noDataReason: string | null;
  note: string | null;
  evidenceUrl: string | null;
  state: Generated<string>;
  version: Generated<number>;
  returnComment: string | null;
  enteredBy: number | null;
  enteredAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
}

export interface QuarterlyReviewTable {
  id: Generated<number>;
  priorityId: number;
  period: string;
  status: Generated<string>;
  rating: string | null;
  achievements: string | null;
  challenges: string | null;
  improvements: string | null;
  comment: string | null;
  submittedBy: number | null;
  submittedAt: string | null;
  decidedBy: number | null;
  decidedAt: string | null;
  version: Generated<number>;
  updatedAt: string;
}

export interface ReviewActionItemTable {
  id: Generated<number>;
  priorityId: number;
  openedPeriod: string;
  description: string;
  owner: string;
  dueDate: string | null;
  status: Generated<string>;
  closedPeriod: string | null;
  updatedAt: string;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  displayName: string;
  email: string | null;
  role: string;
  passwordHash: string | null;
  language: Generated<string>;
  active: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface UserScopeTable {
  id: Generated<number>;
  userId: number;
  sectorId: number | null;
  priorityId: number | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actorId: number | null;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  beforeJson: string | null;
  afterJson: string | null;
  reason: string | null;
}

export interface StatisticIndicatorTable {
  id: Generated<number>;
  code: string;
  name: string;
  unit: string;
  direction: string;
}

export interface StatisticTable {
  id: Generated<number>;
  indicatorId: number;
  area: string;
  year: number;
  value: number;
  unit: string;
  edition: Generated<string>;
  sourceUrl: string | null;
  sourceStatus: string;
}

export interface SessionTable {
  idHash: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface ApiTokenTable {
  id: Generated<number>;
  userId: number;
  name: string;
  tokenHash: string;
  createdBy: number | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Sign-in throttle counters: `kind` account (address ''), address (username '') or pair. */
export interface SignInThrottleTable {
  kind: string;
  username: string;
  address: string;
  failures: number;
  lastFailureAt: string | null;
  trustedAt: string | null;
}

/** One notice to one user; (userId, kind, subject, occasion) is unique: an event is recorded once. */
export interface NotificationTable {
  id: Generated<number>;
  userId: number;
  kind: string;
  subject: string;
  occasion: string;
  planCode: string;
  priorityId: number | null;
  period: string | null;
  paramsJson: string;
  createdAt: string;
  inInbox: number;
  readAt: string | null;
  mailState: string;
  mailAttempts: Generated<number>;
  mailAt: string | null;
}

export interface NotificationPreferenceTable {
  userId: number;
  kind: string;
  inbox: number;
  email: number;
}

/** Columns shared by a plan's default value rules and a KPI's override (null: not set). */
interface ValueRuleColumns {
  minValue: number | null;
  maxValue: number | null;
  integerOnly: number | null;
  maxChangeShare: number | null;
  maxTargetMultiple: number | null;
  regionsAddUp: number | null;
}

export interface PlanEntryRuleTable extends ValueRuleColumns {
  id: Generated<number>;
  planId: number;
  requireAchievements: number;
  requireChallenges: number;
  requireImprovements: number;
  noteAtRisk: number;
  noteOffTrack: number;
  noteNoData: number;
  version: number;
  updatedAt: string;
}

export interface KpiEntryRuleTable extends ValueRuleColumns {
  id: Generated<number>;
  kpiId: number;
  updatedAt: string;
}

export interface DataRevisionTable {
  id: number;
  revision: number;
}

export interface RiskTable {
  id: Generated<number>;
  planId: number;
  code: string;
  title: string;
  description: string | null;
  category: string;
  sectorId: number;
  focalPoint: string | null;
  treatment: string;
  version: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface RiskPriorityTable {
  riskId: number;
  priorityId: number;
}

export interface RiskOutcomeTable {
  riskId: number;
  outcomeId: number;
}

export interface RiskKpiTable {
  riskId: number;
  kpiId: number;
}

export interface RiskActionTable {
  id: Generated<number>;
  riskId: number;
  description: string;
  owner: string;
  dueDate: string | null;
  status: string;
  sortOrder: number;
}

export interface RiskAssessmentTable {
  id: Generated<number>;
  riskId: number;
  period: string;
  inherentLikelihood: number;
  inherentImpact: number;
  residualLikelihood: number;
  residualImpact: number;
  note: string | null;
  /** draft until a reviewer confirms it; only confirmed assessments are published. */
  state: string;
  assessedBy: number | null;
  assessedAt: string;
  confirmedBy: number | null;
  confirmedAt: string | null;
}

export interface RecommendationTable {
  id: Generated<number>;
  planId: number;
  body: string;
  reportRef: string;
  reportDate: string;
  number: string;
  text: string;
  addressee: string;
  priority: string;
  sectorId: number;
  version: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface RecommendationPriorityTable {
  recommendationId: number;
  priorityId: number;
}

export interface RecommendationKpiTable {
  recommendationId: number;
  kpiId: number;
}

export interface RecommendationRiskTable {
  recommendationId: number;
  riskId: number;
}

export interface RecommendationStateTable {
  id: Generated<number>;
  recommendationId: number;
  acceptance: string;
  implementation: string;
  targetDate: string | null;
  /** JSON array of evidence links */
  evidence: string;
  note: string | null;
  /** draft until a reviewer of the responsible unit confirms it; only confirmed states are published. */
  state: string;
  proposedBy: number | null;
  proposedAt: string;
  confirmedBy: number | null;
  confirmedAt: string | null;
}

export interface CommitmentTable {
  id: Generated<number>;
  planId: number;
  code: string;
  source: string;
  sourceName: string;
  sourceYear: number;
  /** JSON object of the title per language (English always) */
  title: string;
  sectorId: number;
  reach: string;
  horizon: string;
  pillar: string;
  dueDate: string | null;
  version: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface CommitmentPriorityTable {
  commitmentId: number;
  priorityId: number;
}

export interface CommitmentKpiTable {
  commitmentId: number;
  kpiId: number;
}

export interface CommitmentRiskTable {
  commitmentId: number;
  riskId: number;
}

export interface CommitmentProgressTable {
  id: Generated<number>;
  commitmentId: number;
  period: string;
  status: string;
  note: string | null;
  /** draft until a reviewer of the owner unit confirms it; only confirmed progress is published. */
  state: string;
  proposedBy: number | null;
  proposedAt: string;
  confirmedBy: number | null;
  confirmedAt: string | null;
}

export interface MouTable {
  id: Generated<number>;
  planId: number;
  code: string;
  partner: string;
  type: string;
  signedDate: string;
  expiryDate: string | null;
  financialAmount: number | null;
  currency: string | null;
  strategicImplications: string | null;
  sectorId: number;
  regionId: number | null;
  status: string;
  /** draft until a reviewer of the owner unit confirms it; only confirmed MoUs are published. */
  state: string;
  proposedBy: number | null;
  confirmedBy: number | null;
  confirmedAt: string | null;
  /** JSON of the MoU as last confirmed (null until first confirmed) */
  published: string | null;
  version: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface ThemeCoordinatorTable {
  themeId: number;
  userId: number;
}

export interface ThemeFocalPointTable {
  themeId: number;
  /** A Sector code or a regional office, `RO-<region code>`. */
  unit: string;
  userId: number;
}

export interface ActivityTable {
  id: Generated<number>;
  code: string;
  kind: string;
  unit: string;
  regionId: number | null;
  startDate: string;
  endDate: string;
  /** JSON array of partner names */
  partners: string;
  sourceStatus: string;
  version: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface MouPriorityTable {
  mouId: number;
  priorityId: number;
}

export interface MouThemeTable {
  mouId: number;
  themeId: number;
}

export interface ActivityTextTable {
  activityId: number;
  language: string;
  title: string;
  description: string | null;
}

export interface ActivityThemeTable {
  activityId: number;
  themeId: number;
}

export interface ActivityParticipantTable {
  activityId: number;
  unit: string;
}

export interface RadarDecisionTable {
  id: Generated<number>;
  themeId: number;
  /** 'activity:<id>' or 'kpi:<id>', the smaller key first */
  itemA: string;
  itemB: string;
  decision: string;
  note: string;
  decidedBy: number | null;
  decidedAt: string;
}

export interface ResolutionTable {
  id: Generated<number>;
  /** PP, WTDC, WTSA, RA, WRC or other */
  conference: string;
  number: string;
  /** e.g. 'Rev. Bucharest, 2022' */
  revision: string | null;
  sourceStatus: string;
  version: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface ResolutionTitleTable {
  resolutionId: number;
  language: string;
  title: string;
}

export interface ResolutionEntityTable {
  resolutionId: number;
  /** ITU-R, ITU-T, ITU-D or GS */
  sector: string;
  entity: string;
}

export interface ResolutionThemeTable {
  resolutionId: number;
  themeId: number;
}

export interface ResolutionPriorityTable {
  resolutionId: number;
  priorityId: number;
}

export interface Database {
  dataRevision: DataRevisionTable;
  session: SessionTable;
  apiToken: ApiTokenTable;
  signInThrottle: SignInThrottleTable;
  notification: NotificationTable;
  notificationPreference: NotificationPreferenceTable;
  plan: PlanTable;
  goal: GoalTable;
  target: TargetTable;
  sector: SectorTable;
  region: RegionTable;
  thematicPriority: ThematicPriorityTable;
  outcome: OutcomeTable;
  intersectoralTheme: IntersectoralThemeTable;
  kpi: KpiTable;
  orgUnit: OrgUnitTable;
  output: OutputTable;
  enabler: EnablerTable;
  kpiOutput: KpiOutputTable;
  kpiOutcome: KpiOutcomeTable;
  kpiTarget: KpiTargetTable;
  kpiTheme: KpiThemeTable;
  translation: TranslationTable;
  kpiAnnualTarget: KpiAnnualTargetTable;
  kpiTargetRevision: KpiTargetRevisionTable;
  targetRevision: TargetRevisionTable;
  kpiValue: KpiValueTable;
  quarterlyReview: QuarterlyReviewTable;
  reviewActionItem: ReviewActionItemTable;
  appUser: AppUserTable;
  userScope: UserScopeTable;
  auditLog: AuditLogTable;
  statisticIndicator: StatisticIndicatorTable;
  statistic: StatisticTable;
  planEntryRule: PlanEntryRuleTable;
  kpiEntryRule: KpiEntryRuleTable;
  risk: RiskTable;
  riskPriority: RiskPriorityTable;
  riskOutcome: RiskOutcomeTable;
  riskKpi: RiskKpiTable;
  riskAction: RiskActionTable;
  riskAssessment: RiskAssessmentTable;
  recommendation: RecommendationTable;
  recommendationPriority: RecommendationPriorityTable;
  recommendationKpi: RecommendationKpiTable;
  recommendationRisk: RecommendationRiskTable;
  recommendationState: RecommendationStateTable;
  commitment: CommitmentTable;
  commitmentPriority: CommitmentPriorityTable;
  commitmentKpi: CommitmentKpiTable;
  commitmentRisk: CommitmentRiskTable;
  commitmentProgress: CommitmentProgressTable;
  mou: MouTable;
  mouPriority: MouPriorityTable;
  mouTheme: MouThemeTable;
  themeCoordinator: ThemeCoordinatorTable;
  themeFocalPoint: ThemeFocalPointTable;
  activity: ActivityTable;
  activityText: ActivityTextTable;
  activityTheme: ActivityThemeTable;
  activityParticipant: ActivityParticipantTable;
  radarDecision: RadarDecisionTable;
  resolution: ResolutionTable;
  resolutionTitle: ResolutionTitleTable;
  resolutionEntity: ResolutionEntityTable;
  resolutionTheme: ResolutionThemeTable;
  resolutionPriority: ResolutionPriorityTable;
}

export type PlanRow = Selectable<PlanTable>;
export type KpiRow = Selectable<KpiTable>;
export type AppUserRow = Selectable<AppUserTable>;
export type NewKpiValue = Insertable<KpiValueTable>;
export type KpiValueUpdate = Updateable<KpiValueTable>;
export type AuditLogInsert = Insertable<AuditLogTable>;
/** Tables whose rows carry translatable names (the `entity` column of `translation`). */
export type TranslatableEntity =
  | 'plan'
  | 'goal'
  | 'target'
  | 'sector'
  | 'region'
  | 'thematic_priority'
  | 'outcome'
  | 'kpi'
  | 'intersectoral_theme'
  | 'statistic_indicator'
  | 'org_unit'
  | 'output'
  | 'enabler';

// The registers' part of the annual report: the risk heat map and top risks, the oversight recommendations'
// rates and overdue list, and the commitments' statuses. Confirmed states only, whoever reads the report:
// it is the published one.
import { Type, type Static } from 'typebox';
import { Nullable } from './common.ts';
import { CommitmentListSchema } from './commitments.ts';
import { RecommendationRatesSchema } from './recommendations.ts';
import { RiskHeatMapSchema, RiskSummarySchema } from './risks.ts';

export const ReportRegistersSchema = Type.Object(
  {
    risks: Type.Object({
      heatMap: RiskHeatMapSchema,
      top: Type.Array(RiskSummarySchema, {
        description: 'The highest confirmed residual scores of the plan, highest first (at most 5)',
      }),
    }),
    recommendations: RecommendationRatesSchema,
    commitments: Type.Object({
      counts: CommitmentListSchema.properties.counts,
      items: CommitmentListSchema.properties.items,
    }),
  },
  {
    description:
      'The risk register, the oversight recommendations and the commitments as last confirmed (never a draft, ' +
      'whoever reads), at the time of reading',
  },
);
export type ReportRegisters = Static<typeof ReportRegistersSchema>;

/** A Sector's registers at the retreat: confirmed states only, as the annual report. */
export const SectorRegistersSchema = Type.Object({
  sector: Type.String({ description: 'Sector (owner and responsible unit) code' }),
  risksAboveAppetite: Type.Integer({
    description: "Risks whose latest confirmed residual score is above the plan's appetite",
  }),
  topRisk: Nullable(
    Type.Object({
      code: Type.String(),
      title: Type.String(),
      score: Type.Integer({ description: 'Confirmed residual score' }),
      withinAppetite: Type.Boolean(),
    }),
  ),
  recommendationsOpen: Type.Integer({ description: 'Open by their confirmed state' }),
  recommendationsOverdue: Type.Integer({
    description: 'Open past their target date, by their confirmed state',
  }),
});
export type SectorRegisters = Static<typeof SectorRegistersSchema>;

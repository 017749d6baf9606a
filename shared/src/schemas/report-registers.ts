// The registers' part of the annual report: the risk heat map and top risks, the oversight recommendations'
// rates and overdue list, and the commitments' statuses. Confirmed states only, whoever reads the report:
// it is the published one.
import { Type, type Static } from 'typebox';
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

// The outlook's verdicts in the plan's status colours and shapes, and counted per Sector for the chart.
import type { Status } from '@rbm/shared';
import type { Outlook, OutlookVerdictCode } from '@rbm/shared/schemas';

export const VERDICTS: readonly OutlookVerdictCode[] = [
  'on_course',
  'later',
  'away',
  'no_forecast',
  'no_target',
];

/** A verdict drawn as the status it amounts to: on course is on track, later at risk, away off track. */
export const VERDICT_STATUS: Readonly<Record<OutlookVerdictCode, Status>> = {
  on_course: 'on_track',
  later: 'at_risk',
  away: 'off_track',
  no_forecast: 'no_data',
  no_target: 'not_due',
};

export interface SectorVerdicts {
  sector: string;
  total: number;
  counts: Record<OutlookVerdictCode, number>;
}

/** Each Sector's KPIs counted by verdict, Sectors in the order they first appear (framework order). */
export function verdictsBySector(rows: Outlook['rows']): SectorVerdicts[] {
  const bySector = new Map<string, SectorVerdicts>();
  for (const row of rows) {
    let entry = bySector.get(row.sector);
    if (!entry) {
      entry = {
        sector: row.sector,
        total: 0,
        counts: { on_course: 0, later: 0, away: 0, no_forecast: 0, no_target: 0 },
      };
      bySector.set(row.sector, entry);
    }
    entry.total += 1;
    entry.counts[row.verdict] += 1;
  }
  return [...bySector.values()];
}

// The roll-up table the report and the retreat share: its figures per row, and a rank column only when
// a row is ranked.
import { render, screen, within } from '@testing-library/react';
import type { RollUpFigures } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import { RollUpTable } from './RollUpTable.tsx';

const rollUp = (score: number | null, kpiCount: number): RollUpFigures => ({
  score,
  status: score === null ? 'no_data' : 'on_track',
  counts: { achieved: 0, on_track: kpiCount, at_risk: 0, off_track: 0, no_data: 0, not_due: 0 },
  completeness: 1,
  timeliness: 0.5,
  kpiCount,
  ratedCount: kpiCount,
  dueCount: kpiCount,
  reportedCount: kpiCount,
});

const headers = {
  group: 'Sector',
  status: 'Status',
  score: 'Score',
  completeness: 'Completeness',
  timeliness: 'Timeliness',
  kpis: 'KPIs',
  rank: 'Rank',
  notRanked: 'not ranked',
};

describe('RollUpTable', () => {
  it("shows each group's figures, named by its caption", () => {
    render(
      <RollUpTable
        rows={[{ code: 'ITU-D', name: 'Development', rollUp: rollUp(0.8, 12) }]}
        headers={headers}
        caption="Sectors"
        tableClassName="report-table"
        scrollClassName="table-scroll"
      />,
    );
    const table = screen.getByRole('table', { name: 'Sectors' });
    expect(screen.getByRole('region', { name: 'Sectors' })).toHaveClass('table-scroll');
    expect(within(table).queryByRole('columnheader', { name: 'Rank' })).toBeNull();
    const row = within(table).getByRole('row', { name: /ITU-D Development/ });
    expect(row).toHaveAttribute('data-code', 'ITU-D');
    expect([...row.querySelectorAll('[data-figure]')].map((c) => c.textContent)).toEqual([
      '80%',
      '100%',
      '50%',
      '12',
    ]);
  });

  it('adds a rank column when a row has a rank, saying so for a group not ranked', () => {
    render(
      <RollUpTable
        rows={[
          { code: 'AFR', name: 'Africa', rollUp: rollUp(0.9, 3), rank: 1 },
          { code: 'EUR', name: 'Europe', rollUp: rollUp(null, 1), rank: null },
        ]}
        headers={headers}
        caption="Regions"
        captionHidden
        tableClassName="present-table"
        scrollClassName="present-scroll"
      />,
    );
    const table = screen.getByRole('table', { name: 'Regions' });
    expect(within(table).getByRole('columnheader', { name: 'Rank' })).toBeInTheDocument();
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('td')?.textContent);
    expect(cells).toEqual(['1', 'not ranked']);
  });
});

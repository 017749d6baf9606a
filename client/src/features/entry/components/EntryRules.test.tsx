// The plan's entry rules in the grid: a KPI's hard limit refuses a value in its cell, a number with more
// digits than the database keeps is refused, a warning shows in the value cell, and the submit panel
// lists what is missing with a way to each place to fix it.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { EntryKpi, EntrySheet, PlanEntryRules } from '@rbm/shared/schemas';
import { fakeApi, json } from '../../../test/fake-api.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { EntryView } from './EntryView.tsx';

const stored = (value: number) => ({
  valueId: 5,
  value,
  noDataReason: null,
  note: null,
  evidenceUrl: null,
  state: 'draft' as const,
  version: 1,
  returnComment: null,
});

const kpi: EntryKpi = {
  id: 1,
  code: 'K1',
  name: { text: 'Centres opened', language: 'en' },
  unit: 'count',
  direction: 'increase',
  aggregation: 'last',
  frequency: 'quarterly',
  tolerance: 0.05,
  byRegion: true,
  baseline: { value: 0, period: '2023' },
  annualTargets: [
    { year: 2026, value: 48 },
    { year: 2027, value: 60 },
  ],
  yearTarget: 48,
  expected: 40,
  lastQuarter: { period: '2026-Q2', value: 40 },
  due: true,
  actuals: [{ period: '2026-Q2', value: 40 }],
  total: stored(44),
  regional: [
    { region: 'AFR', value: stored(30) },
    { region: 'AMS', value: null },
  ],
};

const sheet: EntrySheet = {
  plan: {
    code: 'SP',
    startYear: 2024,
    endYear: 2027,
    thresholds: { onTrack: 0.9, atRisk: 0.6 },
    reportingDeadlineDays: 15,
  },
  priority: { code: 'KAP-2', name: { text: 'Digital transformation', language: 'en' } },
  sector: { code: 'ITU-D', name: { text: 'Development', language: 'en' } },
  period: '2026-Q3',
  asOf: '2026-11-23T09:00:00Z',
  review: { status: 'open', version: 1, dueDate: '2026-10-15', comment: null },
  editable: true,
  lock: null,
  regions: [
    { code: 'AFR', name: { text: 'Africa', language: 'en' } },
    { code: 'AMS', name: { text: 'Americas', language: 'en' } },
  ],
  outcomes: [{ code: 'O1', name: { text: 'Connectivity', language: 'en' }, kpis: [kpi] }],
};

const none = {
  min: null,
  max: null,
  integer: null,
  maxChangeShare: null,
  maxTargetMultiple: null,
  regionsAddUp: null,
};
const rules: PlanEntryRules = {
  plan: 'SP',
  version: 1,
  completeness: { requiredNarratives: ['achievements'], noteRequiredFor: [] },
  defaults: { ...none, regionsAddUp: true },
  kpis: [{ kpiId: 1, code: 'K1', settings: { ...none, max: 48 } }],
};

const row = () => screen.getByRole('row', { name: /K1/ });
const valueCell = () => within(row()).getAllByRole('gridcell')[5] as HTMLElement;

function serve() {
  return fakeApi({
    'GET /api/plans/SP/entry-rules': () => json(200, rules),
    'GET /api/entry/KAP-2/2026-Q3/findings': () =>
      json(200, {
        period: '2026-Q3',
        missing: [{ code: 'narrative_required', narrative: 'achievements' }],
        warnings: [],
      }),
  });
}

describe('entry rules in the grid', () => {
  it("refuses a value above the KPI's maximum and one with more than 15 significant digits", async () => {
    const api = serve();
    renderWithProviders(<EntryView sheet={sheet} />);
    const user = userEvent.setup();
    await waitFor(() => expect(api.callsTo('GET /api/plans/SP/entry-rules')).toHaveLength(1));
    await screen.findByText(/Write the narrative/);
    await user.click(valueCell());
    await user.keyboard('49{Enter}');
    expect(valueCell()).toHaveAttribute('aria-invalid', 'true');
    expect(valueCell()).toHaveAccessibleDescription(
      'This value is above the highest value set for this KPI.',
    );
    await user.click(valueCell());
    await user.keyboard('{Control>}a{/Control}123456789012345678901234567890{Enter}');
    expect(valueCell()).toHaveAccessibleDescription(/more than 15 significant digits/);
    // shown as typed, never with its digits lost
    expect(valueCell()).toHaveTextContent('123456789012345678901234567890');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(api.calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  });

  it('warns in the cell when the regions exceed the total, and lists what is missing before submitting', async () => {
    serve();
    renderWithProviders(
      <EntryView
        sheet={{
          ...sheet,
          outcomes: [
            {
              ...sheet.outcomes[0]!,
              kpis: [{ ...kpi, regional: [kpi.regional[0]!, { region: 'AMS', value: stored(45) }] }],
            },
          ],
        }}
      />,
    );
    const narrative = await screen.findByRole('link', { name: 'Write the narrative “Achievements”' });
    expect(narrative).toHaveAttribute('href', '/plans/SP/reviews/KAP-2/2026-Q3#narrative-achievements');
    expect(valueCell()).toHaveAccessibleDescription(/The regions add up to 75, not to the total of 44/);
    const fix = screen.getByRole('button', { name: /K1: fix the value or explain it in a note/ });
    await userEvent.setup().click(fix);
    expect(document.activeElement).toHaveClass('col-note');
    expect(screen.getByRole('button', { name: 'Submit the quarter' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { EntryKpi, EntrySheet, KpiValue } from '@rbm/shared/schemas';
import { fakeApi, json, problem } from '../../../test/fake-api.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { EntryView } from './EntryView.tsx';

const kpi = (overrides: Partial<EntryKpi>): EntryKpi => ({
  id: 1,
  code: 'K1',
  name: { text: 'Schools connected', language: 'en' },
  unit: 'percent',
  direction: 'increase',
  aggregation: 'last',
  frequency: 'quarterly',
  tolerance: 0.05,
  byRegion: false,
  baseline: { value: 0, period: '2023' },
  annualTargets: [
    { year: 2026, value: 75 },
    { year: 2027, value: 100 },
  ],
  yearTarget: 75,
  expected: 68,
  lastQuarter: { period: '2026-Q2', value: 60 },
  due: true,
  actuals: [{ period: '2026-Q2', value: 60 }],
  total: {
    valueId: 5,
    value: 45,
    noDataReason: null,
    note: null,
    evidenceUrl: null,
    state: 'draft',
    version: 1,
    returnComment: null,
  },
  regional: [],
  ...overrides,
});

const sheet = (kpis: EntryKpi[]): EntrySheet => ({
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
  regions: [],
  outcomes: [{ code: 'O1', name: { text: 'Connectivity', language: 'en' }, kpis }],
});

const saved = (value: number, version: number): KpiValue => ({
  id: 5,
  kpiId: 1,
  kpiCode: 'K1',
  period: '2026-Q3',
  region: null,
  value,
  noDataReason: null,
  note: null,
  evidenceUrl: null,
  state: 'draft',
  version,
  returnComment: null,
  enteredBy: 'planner',
  enteredAt: '2026-11-23T09:00:00Z',
  submittedAt: null,
  approvedAt: null,
  assessment: null,
});

const valueCell = () =>
  within(screen.getByRole('row', { name: /K1/ })).getAllByRole('gridcell')[5] as HTMLElement;

describe('EntryView', () => {
  it('types a value, shows the live status and saves it with the loaded version', async () => {
    const api = fakeApi({ 'PUT /api/kpis/1/values/2026-Q3': () => json(200, saved(70, 2)) });
    renderWithProviders(<EntryView sheet={sheet([kpi({})])} />);
    const user = userEvent.setup();
    await user.click(valueCell());
    await user.keyboard('70{Enter}');
    expect(within(screen.getByRole('row', { name: /K1/ })).getByText('On track')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('All changes saved'));
    expect(api.callsTo('PUT /api/kpis/1/values/2026-Q3')[0]?.body).toEqual({
      value: 70,
      note: null,
      evidenceUrl: null,
      version: 1,
    });
  });

  it('saves a value still waiting for its pause when the grid goes away (the Back button)', async () => {
    const api = fakeApi({ 'PUT /api/kpis/1/values/2026-Q3': () => json(200, saved(64, 2)) });
    const view = renderWithProviders(<EntryView sheet={sheet([kpi({})])} />);
    const user = userEvent.setup();
    await user.click(valueCell());
    await user.keyboard('64{Enter}');
    expect(api.callsTo('PUT /api/kpis/1/values/2026-Q3')).toHaveLength(0);
    view.unmount();
    await waitFor(() => expect(api.callsTo('PUT /api/kpis/1/values/2026-Q3')).toHaveLength(1));
    expect(api.callsTo('PUT /api/kpis/1/values/2026-Q3')[0]?.body).toMatchObject({ value: 64, version: 1 });
  });

  it('shows a bad value error beside the cell and does not save it', async () => {
    const api = fakeApi({});
    renderWithProviders(<EntryView sheet={sheet([kpi({})])} />);
    const user = userEvent.setup();
    await user.click(valueCell());
    await user.keyboard('150{Enter}');
    expect(valueCell()).toHaveAttribute('aria-invalid', 'true');
    expect(valueCell()).toHaveAccessibleDescription('A percentage goes from 0 to 100.');
    await new Promise((resolve) => setTimeout(resolve, 800));
    // nothing is written (the grid only reads the plan's entry rules and findings)
    expect(api.calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  });

  it('on a conflict shows both values and keeps mine with the new version', async () => {
    let puts = 0;
    const theirs = kpi({ total: { ...kpi({}).total!, value: 30, version: 2 } });
    const api = fakeApi({
      'PUT /api/kpis/1/values/2026-Q3': () =>
        ++puts === 1 ? problem(409, 'version_conflict') : json(200, saved(25, 3)),
      'GET /api/entry/KAP-2/2026-Q3': () => json(200, sheet([theirs])),
    });
    renderWithProviders(<EntryView sheet={sheet([kpi({})])} />);
    const user = userEvent.setup();
    await user.click(valueCell());
    await user.keyboard('25{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Yours: 25% · theirs: 30%');
    await user.click(within(alert).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(api.callsTo('PUT /api/kpis/1/values/2026-Q3')).toHaveLength(2));
    expect(api.callsTo('PUT /api/kpis/1/values/2026-Q3')[1]?.body).toMatchObject({ value: 25, version: 2 });
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('undoes the last edit with Ctrl+Z and saves the previous value', async () => {
    const api = fakeApi({
      'PUT /api/kpis/1/values/2026-Q3': (call) => json(200, saved((call.body as { value: number }).value, 2)),
    });
    renderWithProviders(<EntryView sheet={sheet([kpi({})])} />);
    const user = userEvent.setup();
    await user.click(valueCell());
    await user.keyboard('80{Enter}');
    await user.click(valueCell());
    await user.keyboard('{Control>}z{/Control}');
    expect(valueCell()).toHaveTextContent('45%');
    await waitFor(() =>
      expect(api.callsTo('PUT /api/kpis/1/values/2026-Q3').at(-1)?.body).toMatchObject({ value: 45 }),
    );
  });

  it('never says all saved while a cell is refused, rates the saved value, and Escape brings it back', async () => {
    const api = fakeApi({
      'PUT /api/kpis/2/values/2026-Q3': () => json(200, { ...saved(50, 2), id: 6, kpiId: 2, kpiCode: 'K2' }),
    });
    const second = kpi({ id: 2, code: 'K2', total: { ...kpi({}).total!, valueId: 6 } });
    renderWithProviders(<EntryView sheet={sheet([kpi({}), second])} />);
    const user = userEvent.setup();
    const row = () => within(screen.getByRole('row', { name: /K1/ }));
    const statusBefore = row().getAllByRole('gridcell')[9]?.textContent;
    await user.click(valueCell());
    await user.keyboard('-5{Enter}');
    await user.click(within(screen.getByRole('row', { name: /K2/ })).getAllByRole('gridcell')[5]!);
    await user.keyboard('50{Enter}');
    await waitFor(() => expect(api.callsTo('PUT /api/kpis/2/values/2026-Q3')).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 cell not saved'));
    expect(screen.getByRole('status')).not.toHaveTextContent('All changes saved');
    // The live status is the saved 45%'s, not -5's.
    expect(row().getAllByRole('gridcell')[9]?.textContent).toBe(statusBefore);

    await user.click(valueCell());
    await user.keyboard('{Escape}');
    expect(valueCell()).toHaveTextContent('45%');
    expect(valueCell()).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('status')).toHaveTextContent('All changes saved');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(api.callsTo('PUT /api/kpis/1/values/2026-Q3')).toHaveLength(0);
  });

  it('Escape while editing a refused cell drops the typing and brings back the saved value', async () => {
    fakeApi({});
    renderWithProviders(<EntryView sheet={sheet([kpi({})])} />);
    const user = userEvent.setup();
    await user.click(valueCell());
    await user.keyboard('abc{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('1 cell not saved');
    await user.dblClick(valueCell());
    await user.keyboard('d{Escape}');
    expect(valueCell()).toHaveTextContent('45%');
    expect(screen.getByRole('status')).not.toHaveTextContent('not saved');
  });

  it('saves a pasted block in one batch request and shows each refused cell with its error', async () => {
    const total = (version: number) => ({ ...kpi({}).total!, version });
    const kpis = [1, 2, 3].map((id) =>
      kpi({ id, code: `K${id}`, name: { text: `Indicator ${id}`, language: 'en' }, total: total(id) }),
    );
    const api = fakeApi({
      'POST /api/values/batch': () =>
        json(200, {
          results: [
            { index: 0, status: 200, value: { ...saved(61, 2), kpiId: 1 } },
            {
              index: 1,
              status: 422,
              problem: {
                code: 'below_minimum',
                title: 'Unprocessable Entity',
                detail: 'The value must be at least 65',
                errors: [{ field: 'body.value', code: 'below_minimum', message: 'must be at least 65' }],
              },
            },
            { index: 2, status: 200, value: { ...saved(63, 4), id: 7, kpiId: 3, kpiCode: 'K3' } },
          ],
        }),
    });
    renderWithProviders(<EntryView sheet={sheet(kpis)} />);
    const user = userEvent.setup();
    await user.click(valueCell());
    await user.paste('61\n62\n63');
    const refused = () => within(screen.getByRole('row', { name: /K2/ })).getAllByRole('gridcell')[5];
    await waitFor(() => expect(refused()).toHaveAttribute('aria-invalid', 'true'));
    expect(api.calls.filter((c) => c.method !== 'GET')).toHaveLength(1);
    expect(api.callsTo('POST /api/values/batch')[0]?.body).toEqual({
      cells: [1, 2, 3].map((id) => ({
        kpiId: id,
        period: '2026-Q3',
        value: 60 + id,
        note: null,
        evidenceUrl: null,
        version: id,
      })),
    });
    expect(refused()).toHaveTextContent('62');
    expect(screen.getByRole('status')).toHaveTextContent('Could not save');
    for (const saved of ['K1', 'K3']) {
      const cell = within(screen.getByRole('row', { name: new RegExp(saved) })).getAllByRole('gridcell')[5];
      expect(cell).not.toHaveAttribute('aria-invalid', 'true');
    }
    expect(valueCell()).toHaveTextContent('61%');
  });
});

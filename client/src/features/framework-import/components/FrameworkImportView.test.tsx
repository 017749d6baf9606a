// The framework import's states a user meets: bad rows block the import, a stale preview is said and
// previewed again with the focus on the way out, and the result is announced with links to the plan.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FrameworkImportPreview } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../../../test/fake-api.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { FrameworkImportView } from './FrameworkImportView.tsx';

const counts = { new: 0, changed: 1, retired: 0, unchanged: 20, bad: 0 };
const preview = (over: Partial<FrameworkImportPreview> = {}): FrameworkImportPreview => ({
  format: 'json',
  plan: 'AG-1',
  onto: 'existing',
  token: 'token-1',
  counts,
  items: [
    {
      level: 'goals',
      code: 'G1',
      change: 'changed',
      fields: ['name'],
      values: [{ field: 'name', before: '{"en":"Old"}', after: '{"en":"New"}' }],
    },
  ],
  problems: [],
  ...over,
});

/** A file whose bytes jsdom can read (its File may lack arrayBuffer). */
function aFile(name: string): File {
  const file = new File(['{}'], name, { type: 'application/json' });
  Object.defineProperty(file, 'arrayBuffer', { value: async () => new TextEncoder().encode('{}').buffer });
  return file;
}

describe('FrameworkImportView', () => {
  it('lists each bad row with its sheet, row, column and reason, and keeps Import disabled', async () => {
    fakeApi({
      'POST /api/frameworks/import/preview': () =>
        json(
          200,
          preview({
            counts: { ...counts, bad: 1 },
            problems: [
              {
                level: 'kpis',
                code: 'K1',
                row: 3,
                column: 'outcomes',
                reason: 'unknown_link',
                message: 'O9 is not a code of Outcomes in this plan',
              },
            ],
          }),
        ),
    });
    renderWithProviders(<FrameworkImportView />);
    await userEvent
      .setup()
      .upload(screen.getByLabelText('Framework file (XLSX or JSON)'), aFile('plan.json'));
    const bad = await screen.findByRole('table', { name: /^Bad rows/ });
    expect(within(bad).getAllByRole('row')[1]).toHaveTextContent(
      'kpis3outcomesK1The link names a code that is not in this plan.O9 is not a code of Outcomes in this plan',
    );
    expect(screen.getByRole('button', { name: 'Import AG-1' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Import AG-1' })).toHaveAccessibleDescription(
      'Correct the bad rows and choose the file again: nothing can be imported while one is left.',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Preview of plan.json: 0 new, 1 changed, 0 retired, 20 unchanged, 1 bad rows.',
    );
  });

  it('says a stale preview, previews again from the button it focuses, then announces the import', async () => {
    let previews = 0;
    let confirms = 0;
    const api = fakeApi({
      'POST /api/frameworks/import/preview': () => {
        previews += 1;
        return json(200, preview({ token: `token-${previews}` }));
      },
      'POST /api/frameworks/import': () => {
        confirms += 1;
        return confirms === 1
          ? problem(409, 'import_stale')
          : json(200, { plan: 'AG-1', counts: { ...counts, changed: 1 } });
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<FrameworkImportView />);
    await user.upload(screen.getByLabelText('Framework file (XLSX or JSON)'), aFile('plan.json'));
    const goals = await screen.findByRole('table', { name: 'Goals: 0 new, 1 changed, 0 retired' });
    expect(within(goals).getAllByRole('row')[1]).toHaveTextContent('name {"en":"Old"} →becomes {"en":"New"}');

    await user.click(screen.getByRole('button', { name: 'Import AG-1' }));
    const again = await screen.findByRole('button', { name: 'Preview the file again' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The file or the stored framework changed since this preview',
    );
    await waitFor(() => expect(again).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Import AG-1' })).toBeDisabled();

    await user.click(again);
    await waitFor(() => expect(previews).toBe(2));
    await user.click(await screen.findByRole('button', { name: 'Import AG-1' }));
    const heading = await screen.findByRole('heading', { name: 'AG-1 imported' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('status')).toHaveTextContent('Imported AG-1: 0 new, 1 changed, 0 retired.');
    expect(screen.getByRole('link', { name: 'Open the framework of AG-1' })).toHaveAttribute(
      'href',
      '/plans/AG-1/framework',
    );
    const sent = api.calls.filter((c) => c.path === '/api/frameworks/import').map((c) => c.body);
    expect(sent).toEqual([
      { fileName: 'plan.json', content: 'e30=', token: 'token-1' },
      { fileName: 'plan.json', content: 'e30=', token: 'token-2' },
    ]);
  });
});

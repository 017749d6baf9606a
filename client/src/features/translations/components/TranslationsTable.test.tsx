import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TranslationItem } from '@rbm/shared/schemas';
import { fakeApi, json, problem } from '../../../test/fake-api.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { TranslationsTable } from './TranslationsTable.tsx';

const kpiName: TranslationItem = {
  entity: 'kpi',
  entityId: 7,
  code: 'D1-K1',
  field: 'name',
  english: 'Countries with a national broadband plan',
  language: 'fr',
  text: null,
  status: null,
  updatedAt: null,
};
const definition: TranslationItem = {
  ...kpiName,
  field: 'definition',
  english: 'Share of Member States with a plan.',
  text: 'Part des États Membres.',
  status: 'unofficial',
  updatedAt: '2026-11-01T10:00:00Z',
};

describe('TranslationsTable', () => {
  it('saves a name with Enter, announces it, and labels the input with the language and the item', async () => {
    const api = fakeApi({
      'PUT /api/translations/kpi/7/name/fr': (call) =>
        json(200, {
          ...kpiName,
          text: (call.body as { text: string }).text.trim(),
          updatedAt: '2026-11-23T09:00:00Z',
        }),
    });
    renderWithProviders(<TranslationsTable items={[kpiName, definition]} language="fr" />);
    const input = screen.getByLabelText('French translation of D1-K1 name');
    expect(input).toHaveAttribute('lang', 'fr');
    await userEvent.type(input, ' Pays dotés d’un plan national{Enter}');
    await waitFor(() => expect(screen.getAllByRole('status')[0]).toHaveTextContent('Saved'));
    expect(api.calls.at(-1)).toMatchObject({
      method: 'PUT',
      body: { text: ' Pays dotés d’un plan national' },
    });
  });

  it('shows the API failure beside the field, announced, and keeps the draft', async () => {
    fakeApi({
      'PUT /api/translations/kpi/7/definition/fr': () =>
        problem(422, 'text_too_long', {
          errors: [{ field: 'body.text', code: 'invalid_maxLength', message: 'too long' }],
        }),
    });
    renderWithProviders(<TranslationsTable items={[kpiName, definition]} language="fr" />);
    const textarea = screen.getByLabelText('French translation of D1-K1 definition');
    await userEvent.type(textarea, ' Suite.');
    const row = textarea.closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByRole('button', { name: /Save/ }));
    expect(await within(row).findByRole('alert')).toHaveTextContent('This is too long.');
    expect(textarea).toHaveAttribute('aria-invalid', 'true');
    expect(textarea).toHaveValue('Part des États Membres. Suite.');
  });

  it('refuses a line break in a name before sending, and Escape puts the saved text back', async () => {
    const api = fakeApi({});
    renderWithProviders(
      <TranslationsTable items={[definition, { ...kpiName, text: 'Pays' }]} language="fr" />,
    );
    const input = screen.getByLabelText('French translation of D1-K1 name');
    await userEvent.clear(input);
    await userEvent.paste('deux\nlignes');
    // a pasted line break (and a control character) in a name is refused before anything is sent
    await userEvent.type(input, '\u0007{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Remove the control characters');
    expect(api.calls).toHaveLength(0);
    await userEvent.type(input, '{Escape}');
    expect(input).toHaveValue('Pays');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers to remove a translation when the text is emptied', async () => {
    const api = fakeApi({
      'PUT /api/translations/kpi/7/definition/fr': () =>
        json(200, { ...definition, text: null, updatedAt: null }),
    });
    renderWithProviders(<TranslationsTable items={[definition]} language="fr" />);
    await userEvent.clear(screen.getByLabelText('French translation of D1-K1 definition'));
    await userEvent.click(screen.getByRole('button', { name: /Remove/ }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Removed: the English shows'));
    expect(api.calls.at(-1)?.body).toEqual({ text: '' });
  });

  it('confirms an unofficial translation with one button, which then says it is confirmed', async () => {
    const api = fakeApi({
      'POST /api/translations/kpi/7/definition/fr/confirm': () =>
        json(200, { ...definition, status: 'confirmed' }),
    });
    renderWithProviders(<TranslationsTable items={[definition]} language="fr" />);
    expect(screen.getByText('Unofficial translation')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm D1-K1 definition' }));
    expect(await screen.findByText('Confirmed: no longer marked unofficial')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Confirm/ })).toBeNull();
    expect(api.calls.at(-1)).toMatchObject({ method: 'POST' });
  });
});

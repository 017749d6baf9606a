import { fireEvent, screen } from '@testing-library/react';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render.tsx';
import { useAddressFilters } from './address-filters.ts';

interface Filters {
  conference: string | null;
  sector: string | null;
}
const read = (params: URLSearchParams): Filters => ({
  conference: params.get('conference'),
  sector: params.get('sector'),
});
const write = (filters: Filters) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== null) params.set(key, value);
  return params;
};

function Filters() {
  const [filters, change] = useAddressFilters(read, write);
  const location = useLocation();
  return (
    <>
      <output aria-label="address">{location.search}</output>
      <output aria-label="filters">{JSON.stringify(filters)}</output>
      {/* two choices before the first has rendered, as a quick hand on a busy machine makes them */}
      <button
        onClick={() => {
          change({ conference: 'WTDC' });
          change({ sector: 'ITU-T' });
        }}
      >
        both
      </button>
      <button onClick={() => change({ conference: null })}>clear conference</button>
    </>
  );
}

describe('filters kept in the address', () => {
  it('keeps a first choice when a second comes before it has rendered', () => {
    renderWithProviders(<Filters />, { route: '/resolutions?theme=ACC' });
    fireEvent.click(screen.getByRole('button', { name: 'both' }));
    expect(screen.getByLabelText('address').textContent).toBe('?conference=WTDC&sector=ITU-T');
    expect(JSON.parse(screen.getByLabelText('filters').textContent!)).toEqual({
      conference: 'WTDC',
      sector: 'ITU-T',
    });
  });

  it('starts from the address as it is, and lets a filter be cleared', () => {
    renderWithProviders(<Filters />, { route: '/resolutions?conference=PP&sector=ITU-R' });
    expect(JSON.parse(screen.getByLabelText('filters').textContent!)).toEqual({
      conference: 'PP',
      sector: 'ITU-R',
    });
    fireEvent.click(screen.getByRole('button', { name: 'clear conference' }));
    expect(screen.getByLabelText('address').textContent).toBe('?sector=ITU-R');
  });
});
